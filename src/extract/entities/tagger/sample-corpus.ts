/**
 * A tiny self-written, templated corpus for the tagger's tests (no external data): invented people,
 * places, organisations and events in a few sentence patterns.
 */
import type { TrainDocument } from './train.js';

const PEOPLE = [['Mara', 'Velkin'], ['Tobias', 'Orlund'], ['Ines', 'Carrow'], ['Leo', 'Brandt'], ['Sana', 'Qadir']];
const PLACES = ['Norvale', 'Kessport', 'Lindau', 'Ostrava', 'Merrow'];
const ORGS = [['Halcyon', 'Bank'], ['Greyfield', 'Council'], ['Vantor', 'Motors'], ['Delmont', 'University'], ['Arcline', 'Group']];
const EVENTS = [['Summer', 'Games'], ['Harbour', 'Festival'], ['Winter', 'Cup']];

type Tagged = [string, string][];

const person = (p: readonly string[]): Tagged => p.map((w, i) => [w, i ? 'I-PER' : 'B-PER']);
const one = (w: string, type: string): Tagged => [[w, `B-${type}`]];
const multi = (ws: readonly string[], type: string): Tagged => ws.map((w, i) => [w, `${i ? 'I' : 'B'}-${type}`]);
const words = (s: string): Tagged => s.split(' ').map((w) => [w, 'O']);

function sentence(parts: Tagged[]): { tokens: string[]; tags: string[] } {
  const flat = parts.flat();
  return { tokens: flat.map((p) => p[0]), tags: flat.map((p) => p[1]) };
}

/** Documents of three or four sentences each. */
export function sampleCorpus(): TrainDocument[] {
  return PEOPLE.map((p, i) => {
    const place = PLACES[i]!;
    const org = ORGS[i]!;
    const ev = EVENTS[i % EVENTS.length]!;
    return [
      sentence([person(p), words('visited'), one(place, 'LOC'), words('on Monday .')]),
      sentence([words('The'), multi(org, 'ORG'), words('said'), one(p[1]!, 'PER'), words('would attend the'), multi(ev, 'MISC'), words('.')]),
      sentence([words('Officials in'), one(place, 'LOC'), words('welcomed the decision by'), multi(org, 'ORG'), words('.')]),
      sentence([one(p[1]!, 'PER'), words('told reporters that the city of'), one(PLACES[(i + 1) % PLACES.length]!, 'LOC'), words('was next .')]),
    ];
  });
}
