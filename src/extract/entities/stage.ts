/**
 * The `entities` stage: names found by the statistical tagger (`tagger/`, CoNLL-2003 types) on the tokens of
 * each body sentence, then clustered into entities with canonical names, roles, aliases, demonyms and
 * descriptions (`cluster/`). Every mention is a span of the original text inside a body sentence; one that
 * would reach outside the body (a caption, a teaser) is refused, never searched for again.
 */
import type { Entity, Mention, Token } from '../../core/schema.js';
import { withLayers } from '../../core/document.js';
import { textSpan } from '../../core/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { clusterEntities, type NameMention } from './cluster/index.js';
import { bioSpans, loadNerModel, tagDocument, type NerModel } from './tagger/index.js';

let model: NerModel | undefined;
/** The committed weights, loaded once on first use (a missing or corrupt file is a coded error then). */
function defaultModel(): NerModel {
  return (model ??= loadNerModel());
}

/** Names of a document: the tagger's BIO spans over each sentence's tokens, as character spans. */
export function findNames(text: string, tokens: readonly Token[], tagger: NerModel): NameMention[] {
  const bySentence: Token[][] = [];
  for (const t of tokens) (bySentence[t.sentence] ??= []).push(t);
  const sentences = bySentence.filter((s) => s !== undefined);
  const tags = tagDocument(tagger, sentences.map((s) => s.map((t) => text.slice(t.start, t.end))));
  const names: NameMention[] = [];
  sentences.forEach((toks, i) => {
    for (const span of bioSpans(tags[i]!)) {
      // "the Russian National Guard", "the West": the article belongs to an organisation's or place's name as
      // written (CoNLL leaves it out); the canonical name drops it again unless by convention ("the West")
      const the = span.start > 0 && (span.type === 'ORG' || span.type === 'LOC') && /^the$/i.test(text.slice(toks[span.start - 1]!.start, toks[span.start - 1]!.end));
      names.push({ start: toks[the ? span.start - 1 : span.start]!.start, end: toks[span.end - 1]!.end, type: span.type });
    }
  });
  return names;
}

/** Body ranges a mention must lie in: each sentence, or each piece of a sentence that debris split. */
function bodyRanges(sentences: readonly { start: number; end: number; parts?: { start: number; end: number }[] }[]): { start: number; end: number }[] {
  return sentences.flatMap((s) => s.parts ?? [{ start: s.start, end: s.end }]);
}

export function makeEntitiesStage(tagger: () => NerModel = defaultModel): Stage {
  return {
    name: 'entities',
    requires: ['sentences', 'tokens'],
    produces: ['mentions', 'entities'],
    run(doc) {
      const ranges = bodyRanges(doc.layers.sentences);
      if (!doc.layers.tokens.length) return withLayers(doc, { mentions: [], entities: [] });
      const names = findNames(doc.text, doc.layers.tokens, tagger());
      const inBody = (m: { start: number; end: number }) => ranges.some((r) => m.start >= r.start && m.end <= r.end);
      const clusters = clusterEntities(doc.text, names.filter(inBody), ranges)
        .map((e) => ({ ...e, mentions: e.mentions.filter(inBody) }))
        .filter((e) => e.mentions.length > 0)
        .map((e, i) => ({ ...e, id: `e${i + 1}` }));
      // mention ids in text order
      const all = clusters.flatMap((e) => e.mentions.map((m) => ({ m, entity: e.id }))).sort((a, b) => a.m.start - b.m.start || a.m.end - b.m.end);
      const mentions: Mention[] = all.map(({ m, entity }, i) => ({ id: `m${i}`, ...textSpan(doc.text, m.start, m.end), entity, kind: m.kind }));
      const idsOf = new Map<string, string[]>();
      for (const m of mentions) (idsOf.get(m.entity) ?? idsOf.set(m.entity, []).get(m.entity)!).push(m.id);
      const entities: Entity[] = clusters.map((e) => {
        // the mention the canonical name comes from: the longest name, else the first mention
        const named = e.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias');
        const from = (named.length ? named : e.mentions).reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
        return { id: e.id, ...textSpan(doc.text, from.start, from.end), canonical: e.canonical, type: e.type, roles: e.roles, mentions: idsOf.get(e.id) ?? [] };
      });
      return withLayers(doc, { mentions, entities });
    },
  };
}

export const entitiesStage: Stage = makeEntitiesStage();
