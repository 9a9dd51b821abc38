import type { Zone } from '../../../core/schema.js';
import { CLAUSE_END as ENDS_SENTENCE, LOWER_START as STARTS_LOWER } from '../patterns.js';


/**
 * A body paragraph that ends without sentence punctuation, followed (after debris or blank lines) by a
 * body paragraph that starts in lowercase, is one paragraph split in two ("… citing the agreement on
 * Belarus’" + pasted URLs + "legal portal."). The second is marked as continuing the first; the clean
 * view then joins them with a space. Returns new zones; the input is not mutated.
 */
export function markContinuations(zones: readonly Zone[]): Zone[] {
  let lastBody: Zone | undefined;
  return zones.map((z) => {
    if (z.kind !== 'body') return z;
    const prev = lastBody;
    lastBody = z;
    if (prev && !ENDS_SENTENCE.test(prev.text) && STARTS_LOWER.test(z.text)) {
      const joined = { ...z, continues: prev.continues ?? prev.id };
      lastBody = joined;
      return joined;
    }
    return z;
  });
}
