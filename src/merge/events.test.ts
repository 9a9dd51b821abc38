import { describe, expect, it } from 'vitest';
import { sameHappening, typePoints, type EventView } from './events.js';

const view = (over: Partial<EventView>): EventView => ({
  doc: 'd1', event: 'v0', type: 'AGREE', stem: 'sign', span: { start: 0, end: 6, text: 'signed' },
  time: { value: '', precision: 'unknown' }, place: null, placeName: null, participants: [], factuality: 'asserted', ...over,
});
const ng = { key: 'org-ng', name: 'National Guard', role: 'agent' as const };
const mvd = { key: 'org-mvd', name: 'MVD', role: 'agent' as const };
const day = (value: string) => ({ value, precision: 'day' as const });

describe('sameHappening', () => {
  it('joins the same signing told twice, on the same day', () => {
    const d = sameHappening(view({ participants: [ng, mvd], time: day('2020-11-19'), place: 'loc-minsk' }), view({ doc: 'd2', participants: [ng, mvd], time: day('2020-11-19'), place: 'loc-minsk' }));
    expect(d).toMatchObject({ same: true, veto: false, conflicts: [], dates: 'same-day' });
    expect(d.score).toBe(6);
  });

  it('takes a month as compatible with a day in it', () => {
    const d = sameHappening(view({ participants: [ng], time: { value: '2020-11', precision: 'month' } }), view({ participants: [ng], time: day('2020-11-19') }));
    expect(d).toMatchObject({ same: true, dates: 'compatible' });
  });

  it('flags different days as a time conflict only when everything else matches strongly', () => {
    const strong = sameHappening(view({ participants: [ng, mvd], time: day('2020-11-19') }), view({ participants: [ng, mvd], time: day('2020-11-20') }));
    expect(strong).toMatchObject({ same: true, conflicts: ['time'], dates: 'disjoint' });
    const weak = sameHappening(view({ participants: [ng], time: day('2020-11-19') }), view({ participants: [ng], time: day('2020-11-20') }));
    expect(weak).toMatchObject({ same: false, veto: true });
  });

  it('asks more of an undated pair, less within one story', () => {
    const a = view({ participants: [] });
    const b = view({ doc: 'd2' });
    expect(sameHappening(a, b).same).toBe(false); // type + trigger = 2 < 3
    expect(sameHappening(a, b, { sameStory: true }).same).toBe(true); // type + trigger×2 = 3 ≥ 2
    expect(sameHappening(view({ type: 'OCCUR', stem: 'x' }), view({ type: 'OCCUR', stem: 'x' }), { sameStory: true }).same).toBe(true);
    expect(sameHappening(view({ type: 'OCCUR', stem: 'x' }), view({ type: 'OCCUR', stem: 'y' }), { sameStory: true }).same).toBe(false);
  });

  it('does not join incompatible types, nor two events of one day with nothing else in common', () => {
    expect(sameHappening(view({ type: 'AGREE' }), view({ type: 'ARREST' }))).toMatchObject({ same: false, veto: true });
    expect(sameHappening(view({ type: 'OCCUR', stem: 'a', time: day('2020-11-19') }), view({ type: 'OCCUR', stem: 'b', time: day('2020-11-19') })).same).toBe(false);
    expect(typePoints('STATEMENT', 'REPORT')).toBe(0.5);
    expect(typePoints('OCCUR', 'ARREST')).toBe(0);
  });

  it('counts different places and participants against, and a weak (inherited) date as unknown', () => {
    const d = sameHappening(view({ participants: [ng], place: 'loc-minsk', time: day('2020-11-19') }), view({ participants: [mvd], place: 'loc-moscow', time: day('2020-11-19') }));
    expect(d.same).toBe(false);
    expect(d.score).toBe(1 + 1 - 1 - 1 + 1);
    const weak = sameHappening(view({ participants: [ng, mvd], time: day('2020-11-19') }), view({ participants: [ng, mvd], time: { ...day('2020-11-20'), weak: true } }));
    expect(weak).toMatchObject({ same: true, veto: false, dates: 'unknown', conflicts: [] });
  });
});
