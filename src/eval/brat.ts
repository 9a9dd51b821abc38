/**
 * BRAT standoff (`.ann`) reader for attribution annotations in the PolNeAR layout: text-bound annotations
 * `T1\tSource 89 106\tThe New York Post` (discontinuous spans as `start end;start end`) and events
 * `E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1` that link them. Pure: parses strings, no I/O.
 */
import { DatelineError } from '../core/errors.js';

export interface BratSpan {
  start: number;
  end: number;
}

/** A text-bound annotation: its label, its pieces (one unless discontinuous) and the text BRAT wrote. */
export interface BratTextBound {
  id: string;
  label: string;
  spans: BratSpan[];
  text: string;
}

/** An event: its trigger and its role → text-bound id arguments. */
export interface BratEvent {
  id: string;
  label: string;
  trigger: string;
  args: Record<string, string>;
}

export interface BratAnnotations {
  textBounds: Map<string, BratTextBound>;
  events: BratEvent[];
}

const ANNOTATION_LINE = /^[A-Z]\d+\t/;
const SPANS = /^\d+ \d+(?:;\d+ \d+)*$/;

/**
 * Parses one `.ann` file; `name` is only used in error messages. Lines other than T and E annotations are
 * ignored, and so are lines that continue the text field of the annotation above (a span across a line break).
 */
export function parseBrat(ann: string, name = 'ann'): BratAnnotations {
  const textBounds = new Map<string, BratTextBound>();
  const events: BratEvent[] = [];
  ann.split(/\r?\n/).forEach((line, i) => {
    if (!ANNOTATION_LINE.test(line)) return;
    const [id = '', middle = '', text = ''] = line.split('\t');
    if (id.startsWith('T')) {
      const sp = middle.indexOf(' ');
      const label = middle.slice(0, sp);
      const offsets = middle.slice(sp + 1);
      if (sp < 0 || !SPANS.test(offsets)) throw new DatelineError('E_EVAL_DATA', `${name}:${i + 1}: malformed text-bound annotation`);
      const spans = offsets.split(';').map((p) => {
        const [s, e] = p.split(' ').map(Number) as [number, number];
        return { start: s, end: e };
      });
      textBounds.set(id, { id, label, spans, text });
    } else if (id.startsWith('E')) {
      const [head = '', ...rest] = middle.trim().split(/\s+/);
      const [label = '', trigger = ''] = head.split(':');
      const args: Record<string, string> = {};
      for (const a of rest) {
        const [role = '', ref = ''] = a.split(':');
        if (role && ref) args[role] = ref;
      }
      events.push({ id, label, trigger, args });
    }
  });
  return { textBounds, events };
}

/** One attribution relation with its parts resolved to spans (empty arrays when a part is missing). */
export interface BratAttribution {
  id: string;
  content: BratSpan[];
  cue: BratSpan[];
  source: BratSpan[];
}

/**
 * The attribution events of a parsed file (label `Attribution`), with Content / Cue / Source resolved.
 * Events without a content are skipped: there is nothing to score.
 */
export function attributions(a: BratAnnotations): BratAttribution[] {
  const spansOf = (ref: string | undefined) => (ref ? (a.textBounds.get(ref)?.spans ?? []) : []);
  const out: BratAttribution[] = [];
  for (const e of a.events) {
    if (e.label !== 'Attribution') continue;
    const content = spansOf(e.args.Content);
    if (!content.length) continue;
    out.push({ id: e.id, content, cue: spansOf(e.args.Cue), source: spansOf(e.args.Source) });
  }
  return out;
}
