import { describe, expect, it } from 'vitest';
import { meetingParties, reachedAtMeeting } from './meeting.js';
import { fixtureDoc, fixtureSentence } from './testing.js';

describe('arrangements reached at a meeting', () => {
  it('tells a reached agreement at a meeting from other sentences', () => {
    expect(reachedAtMeeting('At their summit in Hanoi, a deal was reached on fishing rights.')).toBe(true);
    expect(reachedAtMeeting('The deal was signed in Hanoi.')).toBe(false);
  });

  it('takes the entities a plural role stands for', () => {
    const text = 'President Ana Ruiz and President Tomas Vega met. During the presidents’ May 2 meeting, an agreement was reached.';
    const doc = fixtureDoc(text, [
      { text: 'Ana Ruiz', type: 'PER', roles: ['President of Peru'] },
      { text: 'Tomas Vega', type: 'PER', roles: ['President of Chile'] },
    ]);
    const st = fixtureSentence(text, [{ text: 'Ana Ruiz', type: 'PER' }, { text: 'Tomas Vega', type: 'PER' }]);
    expect(meetingParties(st, doc.layers.entities).map((p) => p.entity)).toEqual(['e0', 'e1']);
  });

  it('takes people named at the meeting noun, and nobody when fewer than two', () => {
    const st = fixtureSentence('After Ruiz’s meeting with Vega, an arrangement was reached.', [{ text: 'Ruiz’s', type: 'PER' }, { text: 'Vega', type: 'PER' }]);
    expect(meetingParties(st, []).map((p) => st.text.slice(p.start!, p.end!))).toEqual(['Ruiz’s', 'Vega']);
    const one = fixtureSentence('At the meeting, Vega said a deal was reached.', [{ text: 'Vega', type: 'PER' }]);
    expect(meetingParties(one, [])).toEqual([]);
  });
});
