import { describe, expect, it } from 'vitest';
import { withLayers } from '../core/document.js';
import { mergeEntities } from './entities.js';
import { eventViews } from './views.js';
import { handDoc } from './test-helpers.js';

describe('eventViews', () => {
  const text = 'The Guard signed an agreement. The agreement was made in Minsk on Nov. 19, 2020.';
  const base = handDoc(text, [
    { id: 'e1', type: 'ORG', canonical: 'National Guard', mentions: [['Guard', 'name']] },
    { id: 'e2', type: 'LOC', canonical: 'Minsk', mentions: [['Minsk', 'name']] },
  ], [{ id: 'v0', type: 'AGREE', trigger: 'signed', participants: ['Guard'] }]);
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const doc = withLayers(base, {
    agreements: [{
      id: 'a0', ...span('agreement'), kind: 'agreement', event: 'v0', mentions: [], parties: [{ ...span('Guard'), entity: 'e1' }],
      signedOn: { value: '2020-11-19', precision: 'day', timex: null, rule: 't', reason: 't', evidence: span('made in Minsk on Nov. 19, 2020') },
      signedAt: { ...span('Minsk'), entity: 'e2' }, inForce: null, duration: null, scope: [], reportedBy: [], citing: [],
    }],
  });

  it('maps entities to corpus ids and takes the agreement’s signing date and place', () => {
    const [v] = eventViews(doc, mergeEntities([doc]));
    expect(v).toMatchObject({
      doc: doc.id, event: 'v0', type: 'AGREE', stem: 'sign', span: span('signed'),
      time: { value: '2020-11-19', precision: 'day', weak: false }, place: 'loc-minsk', placeName: 'Minsk',
      participants: [{ key: 'org-national-guard', name: 'National Guard', role: 'agent' }],
    });
  });

  it('keys an argument without an entity by its words', () => {
    const plain = handDoc('Rebels attacked the town.', [], [{ id: 'v0', type: 'ASSAULT', trigger: 'attacked', participants: ['Rebels'] }]);
    expect(eventViews(plain, mergeEntities([plain]))[0]!.participants).toEqual([{ key: 'text:rebels', name: 'Rebels', role: 'agent' }]);
  });
});
