import { textSpan } from '../../core/span.js';
import { bodyView } from '../../clean/view.js';
import type { Stage } from '../../pipeline/stage.js';
import { detectLanguage } from './language.js';
import { findOutlet } from './outlet.js';
import { findPublished } from './published.js';
import { normaliseGivenDate } from './dates.js';

/** Title, language, outlet, URL and publication date. */
export const metadataStage: Stage = {
  name: 'metadata',
  requires: ['zones', 'links'],
  produces: ['metadata.title', 'metadata.language', 'metadata.outlet', 'metadata.published'],
  run(doc) {
    const body = bodyView(doc);
    const titleZone = doc.layers.zones.find((z) => z.kind === 'title');
    const title = titleZone ? textSpan(doc.text, titleZone.start, titleZone.end) : null;
    const givenTitle = doc.input.title ?? doc.input.htmlMeta?.title;
    const metadata = {
      title,
      ...(givenTitle && givenTitle !== title?.text ? { titleFromInput: givenTitle } : {}),
      language: detectLanguage(body.view.text || doc.text),
      outlet: findOutlet(doc),
      url: doc.input.url ?? doc.input.htmlMeta?.url ?? null,
      published: findPublished(doc, body),
    };
    const warnings = [...doc.warnings];
    const given = [['published', doc.input.published], ['--published', doc.input.publishedOverride], ['HTML date', doc.input.htmlMeta?.published]] as const;
    for (const [field, value] of given) {
      if (value && !normaliseGivenDate(value)) warnings.push({ stage: 'metadata', message: `${field} "${value}" is not a date; ignored` });
    }
    return { ...doc, metadata, warnings };
  },
};
