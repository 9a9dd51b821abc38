import { describe, expect, it } from 'vitest';
import { clusterViews } from './cluster.js';
import type { EventView } from './events.js';

const view = (event: string, over: Partial<EventView>): EventView => ({
  doc: 'd', event, type: 'OCCUR', stem: 'x', span: { start: 0, end: 1, text: 'x' },
  time: { value: '', precision: 'unknown' }, place: null, placeName: null, participants: [], factuality: 'asserted', ...over,
});
const p = (key: string) => ({ key, name: key, role: 'agent' as const });

describe('clusterViews', () => {
  it('groups same-story mentions by trigger, in order', () => {
    const vs = [view('a', { stem: 'arrest' }), view('b', { stem: 'charg' }), view('c', { stem: 'arrest' }), view('d', { stem: 'charg' }), view('e', { stem: 'flee' })];
    expect(clusterViews(vs, { sameStory: true })).toEqual([[0, 2], [1, 3], [4]]);
    expect(clusterViews(vs)).toEqual([[0], [1], [2], [3], [4]]);
  });

  it('does not chain two disjoint dates together through an undated mention', () => {
    const day = (value: string) => ({ value, precision: 'day' as const });
    const vs = [
      view('a', { type: 'ASSAULT', stem: 'shoot', participants: [p('x')], time: day('2020-01-01') }),
      view('b', { type: 'ASSAULT', stem: 'shoot', participants: [p('x')] }),
      view('c', { type: 'ASSAULT', stem: 'shoot', participants: [p('x')], time: day('2020-03-01') }),
    ];
    const groups = clusterViews(vs);
    expect(groups).toHaveLength(2);
    expect(groups.flat().sort()).toEqual([0, 1, 2]);
  });

  it('handles no input', () => {
    expect(clusterViews([])).toEqual([]);
  });
});
