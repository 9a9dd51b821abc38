import type { DatelineDocument, Layers } from '../core/schema.js';

/**
 * The layer a key section is scored against, or null after a FAIL line when the document lacks it (an older
 * document, or a pipeline without the stage): the section then scores 0 of `wanted`.
 */
export function scoredLayer<K extends keyof Layers>(doc: DatelineDocument, name: K, wanted: number, lines: string[]): Layers[K] | null {
  const layer = (doc.layers as Partial<Layers>)[name];
  if (layer) return layer;
  lines.push(`  FAIL ${name}: the document has no ${name} layer (the ${name} stage did not run), 0 of ${wanted}`);
  return null;
}
