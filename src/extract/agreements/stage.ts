/**
 * The `agreements` stage: agreements the body speaks of — kind, parties, signing date and place, entry into
 * force, duration, scope, who reported it and what the report cites — read sentence by sentence from the
 * text and the `timex`, `mentions` and `entities` layers, with the phrases that refer to each one again
 * ("the agreement", "it"), and linked to the AGREE event of `events` when that layer has one (it may be empty).
 * See README.md in this folder.
 */
import type { Agreement, DatelineDocument } from '../../core/schema.js';
import { withLayers } from '../../core/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { readAgreements } from './coref.js';
import { toAgreement } from './draft.js';
import { linkEvents } from './events.js';
import { hasAgreementNoun } from './nouns.js';
import { sentenceText, typedMentions } from './text.js';

export function findAgreements(doc: DatelineDocument): Agreement[] {
  const { sentences } = doc.layers;
  const first = sentences.findIndex((s) => hasAgreementNoun(s.clean));
  if (first < 0) return [];
  const mentions = typedMentions(doc);
  const views = sentences.slice(first).map((_, i) => sentenceText(doc, first + i, mentions));
  const drafts = readAgreements(views, doc.text, doc.layers.entities);
  const sentenceIndex = new Map(sentences.map((s, i) => [s.id, i]));
  return linkEvents(drafts, doc.layers.events ?? [], sentenceIndex).map((d, i) => toAgreement(d, `a${i}`));
}

export const agreementsStage: Stage = {
  name: 'agreements',
  requires: ['sentences', 'timex', 'mentions', 'entities', 'events'],
  produces: ['agreements'],
  run(doc) {
    return withLayers(doc, { agreements: findAgreements(doc) });
  },
};
