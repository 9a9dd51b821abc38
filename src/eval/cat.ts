/**
 * Reader for CAT XML (the MEANTIME layout; the SemEval-2015 TimeLine `corpus_trackA_CAT` /
 * `corpus_trackB_CAT` files use the same one): `<token t_id sentence number>` elements, then
 * `<Markables>` with `<TIMEX3 m_id type value functionInDocument …>` holding `<token_anchor t_id/>`s.
 *
 * CAT files carry tokens, not the original text, so the text is rebuilt as news text reads: tokens joined
 * by single spaces except before closing punctuation (`, . ; : ) % ! ?`, "'s", "n't") and after "(" or "$";
 * sentences separated by one "\n". The time tagger then runs on that text. (Joined by plain spaces,
 * "March 06 , 2008" is not a date a tagger reads whole: on MEANTIME apple strict extent F1 was 0.59 that
 * way and 0.90 detokenised, relaxed F1 unchanged.) Each TIMEX3 with token anchors becomes the span from the start of its first
 * anchored token to the end of its last one; TIMEX3 without anchors (e.g. `<TIMEX3 … />` in MEANTIME, which
 * stand for implicit times) are skipped. `dct` is the `YYYY-MM-DD` part of the value of the TIMEX3 with
 * `functionInDocument="CREATION_TIME"`; that TIMEX3 may have no anchors (then it is not gold), and when it
 * is anchored (MEANTIME anchors it to the date line, sentence 1) it is gold like any other, since its text
 * is in the rebuilt text.
 *
 * MEANTIME annotates only the first sentences of each article (title, date line and four body sentences:
 * every markable of `corpus_apple` lies in sentences 0–5), so `scope` ends with the last sentence that holds
 * a token anchor of any markable (TIMEX3, EVENT_MENTION, ENTITY_MENTION, SIGNAL, VALUE, …); the scorer
 * leaves system timexes after it out (none anchored at all: an empty scope). A file whose last sentence is
 * annotated gets no `scope`. Pure: no I/O.
 */
import { DatelineError } from '../core/errors.js';
import { datePart, decodeXml, xmlAttributes, type GoldTimex, type TimexDoc } from './timeml.js';

const TOKEN = /<token\b([^>]*?)(?:\/>|>([^<]*)<\/token>)/g;
const TIMEX = /<TIMEX3\b((?:"[^"]*"|'[^']*'|[^'">])*?)(?:\/>|>([\s\S]*?)<\/TIMEX3>)/g;
const ANCHOR = /<token_anchor\b[^>]*?\bt_id\s*=\s*["']([^"']*)["']/g;

/** No space between the text so far and the next token of the same sentence. */
function glued(before: string, token: string): boolean {
  return /^(?:[,.;:)%!?\]]|'s$|n't$|'$)/i.test(token) || /[($[]$/.test(before);
}

/** Reads one CAT XML document. Throws `E_EVAL_DATA` when it has no tokens or no creation-time TIMEX3. */
export function readCat(xml: string, name: string): TimexDoc {
  let text = '';
  let sentence: string | undefined;
  const spans = new Map<string, { start: number; end: number; sentence: number }>();
  const sentenceEnds: number[] = [];
  for (const m of xml.matchAll(TOKEN)) {
    const a = xmlAttributes(m[1]!);
    if (text.length && a.sentence !== sentence) sentenceEnds.push(text.length);
    const token = decodeXml(m[2] ?? '');
    if (text.length) text += a.sentence !== sentence ? '\n' : glued(text, token) ? '' : ' ';
    sentence = a.sentence;
    const start = text.length;
    text += token;
    if (a.t_id !== undefined) spans.set(a.t_id, { start, end: text.length, sentence: sentenceEnds.length });
  }
  if (!spans.size) throw new DatelineError('E_EVAL_DATA', `${name}: no <token t_id=…> elements (CAT XML expected)`);

  let dct: string | null = null;
  const gold: GoldTimex[] = [];
  for (const m of xml.matchAll(TIMEX)) {
    const a = xmlAttributes(m[1]!);
    if (a.functionInDocument === 'CREATION_TIME' && dct === null) {
      dct = datePart(a.value ?? '');
      if (!dct) throw new DatelineError('E_EVAL_DATA', `${name}: the CREATION_TIME TIMEX3 has no YYYY-MM-DD value (${JSON.stringify(a.value ?? '')})`);
    }
    const anchored = [...(m[2] ?? '').matchAll(ANCHOR)].map((x) => spans.get(x[1]!));
    if (anchored.some((s) => !s)) {
      throw new DatelineError('E_EVAL_DATA', `${name}: TIMEX3 m_id=${a.m_id ?? '?'} is anchored to a token that does not exist`);
    }
    if (!anchored.length) continue;
    const start = Math.min(...anchored.map((s) => s!.start));
    const end = Math.max(...anchored.map((s) => s!.end));
    if (!text.slice(start, end).trim()) continue;
    const t: GoldTimex = { start, end, text: text.slice(start, end), type: a.type ?? '', value: a.value ?? '' };
    if (a.mod) t.mod = a.mod;
    gold.push(t);
  }
  if (!dct) throw new DatelineError('E_EVAL_DATA', `${name}: no TIMEX3 with functionInDocument="CREATION_TIME" (the document creation time)`);
  gold.sort((x, y) => x.start - y.start || y.end - x.end);
  sentenceEnds.push(text.length);
  let last = -1; // token anchors only occur inside markables
  for (const m of xml.matchAll(ANCHOR)) last = Math.max(last, spans.get(m[1]!)?.sentence ?? -1);
  const scopeEnd = last < 0 ? 0 : sentenceEnds[last]!; // nothing anchored: nothing was annotated
  return scopeEnd < text.length ? { name, text, dct, gold, scope: { start: 0, end: scopeEnd } } : { name, text, dct, gold };
}
