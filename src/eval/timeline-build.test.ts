import { describe, expect, it } from 'vitest';
import type { DatelineEvent, Entity, Mention } from '../core/schema.js';
import { buildTimeline, eventId, nameWords, namesTarget, orderEvents, targetEvents, timelineDate, type CatToken, type TimelineDoc } from './timeline-build.js';

/** Tokens of a text split on spaces, all in sentence `sentence`, as spans. */
function tokens(text: string, sentence = '3'): CatToken[] {
  const out: CatToken[] = [];
  for (const m of text.matchAll(/\S+/g)) out.push({ start: m.index!, end: m.index! + m[0].length, sentence, text: m[0] });
  return out;
}

const span = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

/** The " . "-delimited piece of the text that holds the trigger (the event's clause). */
function piece(text: string, trigger: string) {
  const at = text.indexOf(trigger);
  const start = text.lastIndexOf(' . ', at) + 1 && text.lastIndexOf(' . ', at) + 3;
  const end = text.indexOf(' . ', at) < 0 ? text.length : text.indexOf(' . ', at);
  return { start, end, text: text.slice(start, end) };
}

function event(text: string, trigger: string, participant: string, value: string, extra: Partial<DatelineEvent> = {}, entity: string | null = null): DatelineEvent {
  return {
    id: `v${trigger}`,
    ...span(text, trigger),
    type: 'STATEMENT',
    evidence: piece(text, trigger),
    sentence: 's0',
    participants: [{ ...span(text, participant), entity, role: 'agent' }],
    place: null,
    time: { value, precision: value.length === 10 ? 'day' : 'unknown', timex: null, rule: 'test', reason: 'test' },
    factuality: 'asserted',
    rule: 'test',
    ...extra,
  };
}

describe('nameWords / namesTarget', () => {
  it('normalises underscores, case, possessives, punctuation and a leading "the"', () => {
    expect(nameWords('Apple_Inc.')).toEqual(['apple', 'inc']);
    expect(nameWords("The Beatles' Apple Corps’s")).toEqual(['beatles', 'apple', 'corps']);
  });

  it('matches the whole name, a longer name holding it, the name without a company designator, a person’s surname', () => {
    expect(namesTarget('Steve Jobs', 'Steve_Jobs')).toBe(true);
    expect(namesTarget('Apple CEO Steve Jobs', 'Steve_Jobs')).toBe(true);
    expect(namesTarget('Apple', 'Apple_Inc.')).toBe(true);
    expect(namesTarget('Jobs', 'Steve_Jobs', 'PER')).toBe(true);
    expect(namesTarget('Apple Corps', 'Beatles Apple Corps')).toBe(true);
  });

  it('does not match a part that names something else', () => {
    expect(namesTarget('Jobs', 'Steve_Jobs', 'ORG')).toBe(false);
    expect(namesTarget('Jobs', 'Steve_Jobs')).toBe(false);
    expect(namesTarget('iPhone', 'iPhone 4')).toBe(false);
    expect(namesTarget('iPhone 3G', 'iPhone 4')).toBe(false);
    expect(namesTarget('Apple', 'Beatles Apple Corps')).toBe(false);
    expect(namesTarget('Corps', 'Beatles Apple Corps')).toBe(false);
    expect(namesTarget('Beatles Apple', 'Beatles Apple Corps')).toBe(false);
    expect(namesTarget('', 'Apple')).toBe(false);
  });
});

describe('timelineDate', () => {
  it('keeps the longest calendar-date prefix, else XXXX-XX-XX', () => {
    expect(timelineDate('2010-06-07')).toBe('2010-06-07');
    expect(timelineDate('2010-06')).toBe('2010-06');
    expect(timelineDate('1976')).toBe('1976');
    expect(timelineDate('2020-08-09/..')).toBe('2020-08-09');
    expect(timelineDate('2020-W47')).toBe('2020');
    expect(timelineDate('2010-06-07T14:00')).toBe('2010-06-07');
    expect(timelineDate('')).toBe('XXXX-XX-XX');
    expect(timelineDate('PRESENT_REF')).toBe('XXXX-XX-XX');
    expect(timelineDate('XXXX-WXX-5')).toBe('XXXX-XX-XX');
    expect(timelineDate('19760')).toBe('XXXX-XX-XX');
  });
});

describe('eventId', () => {
  const text = 'Jobs took off the Court case';
  const toks = tokens(text);
  it('joins the overlapped tokens’ words with _ in lower case, with the first token’s sentence', () => {
    expect(eventId('4954', toks, text.indexOf('Court'), text.length)).toBe('4954-3-court_case');
    expect(eventId('4954', toks, text.indexOf('took') + 1, text.indexOf('took') + 2)).toBe('4954-3-took');
  });
  it('is null when the span overlaps no token', () => {
    expect(eventId('4954', toks, 4, 5)).toBeNull();
  });
});

describe('targetEvents / buildTimeline', () => {
  const text = 'Apple CEO Steve Jobs unveiled iPhone 4 . Jobs said it ships soon . Jobs denied it . Cook left';
  const entity: Entity = { id: 'e1', ...span(text, 'Steve Jobs'), canonical: 'Steve Jobs', type: 'PER', roles: [], mentions: ['m1', 'm2'] };
  const jobs2 = text.indexOf('Jobs said');
  const mentions: Mention[] = [
    { id: 'm1', ...span(text, 'Steve Jobs'), entity: 'e1', kind: 'name' },
    { id: 'm2', start: jobs2, end: jobs2 + 4, text: 'Jobs', entity: 'e1', kind: 'alias' },
  ];
  const said = { start: jobs2, end: jobs2 + 4, text: 'Jobs', entity: 'e1', role: 'agent' as const };
  const doc: TimelineDoc = {
    docId: '16844',
    tokens: tokens(text),
    layers: {
      entities: [entity],
      mentions,
      events: [
        event(text, 'said', 'Jobs', '', { participants: [said] }),
        event(text, 'unveiled', 'Apple CEO Steve Jobs', '2010-06-07'),
        event(text, 'ships', 'it', '2010-06-24'),
        event(text, 'denied', 'Jobs', '2010-06-08', { factuality: 'negated' }, 'e1'),
        event(text, 'left', 'Cook', '2010-06-01'),
      ],
    },
  };

  it('keeps the events whose participants name the target, through the entity or their own words', () => {
    expect(targetEvents(doc, 'Steve_Jobs')).toEqual([
      { id: '16844-3-said', date: 'XXXX-XX-XX' },
      { id: '16844-3-unveiled', date: '2010-06-07' },
    ]);
    expect(targetEvents(doc, 'Tim_Cook')).toEqual([]);
    expect(targetEvents(doc, 'Cook')).toEqual([{ id: '16844-3-left', date: '2010-06-01' }]);
  });

  it('puts undated events on order 0 and ranks dated ones by date, a coarser date first, one event a line', () => {
    expect(
      orderEvents([
        { id: 'a', date: '2010-06-07' },
        { id: 'b', date: 'XXXX-XX-XX' },
        { id: 'c', date: '2010-06' },
        { id: 'd', date: '2010-06-07' },
        { id: 'a', date: '2011' },
      ]),
    ).toEqual([
      { order: 0, date: 'XXXX-XX-XX', events: ['b'] },
      { order: 1, date: '2010-06', events: ['c'] },
      { order: 2, date: '2010-06-07', events: ['a'] },
      { order: 2, date: '2010-06-07', events: ['d'] },
    ]);
  });

  it('builds the timeline over documents without touching them, and an empty one from empty layers', () => {
    const frozen = structuredClone(doc);
    const other: TimelineDoc = { docId: '17000', tokens: tokens('Steve Jobs resigned', '5'), layers: { events: [event('Steve Jobs resigned', 'resigned', 'Steve Jobs', '2011-08-24')] } };
    expect(buildTimeline('Steve_Jobs', [doc, other])).toEqual({
      entity: 'Steve Jobs',
      lines: [
        { order: 0, date: 'XXXX-XX-XX', events: ['16844-3-said'] },
        { order: 1, date: '2010-06-07', events: ['16844-3-unveiled'] },
        { order: 2, date: '2011-08-24', events: ['17000-5-resigned'] },
      ],
    });
    expect(doc).toEqual(frozen);
    expect(buildTimeline('Steve_Jobs', [{ docId: '1', tokens: [], layers: {} }])).toEqual({ entity: 'Steve Jobs', lines: [] });
  });
});

describe('clauseNames (targets that are not participants)', () => {
  it('finds the target words as a run in the evidence span', async () => {
    const { clauseNames } = await import('./timeline-build.js');
    const text = 'Jobs unveiled iPhone 4 , and the iTunes store opened .';
    const toks = tokens(text);
    expect(clauseNames(toks, { start: 0, end: text.indexOf(',') }, 'iPhone 4')).toBe(true);
    expect(clauseNames(toks, { start: 0, end: text.indexOf(',') }, 'iTunes_store')).toBe(false);
    expect(clauseNames(toks, { start: text.indexOf('the'), end: text.length }, 'iTunes store')).toBe(true);
  });
});
