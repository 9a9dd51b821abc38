import { describe, expect, it } from 'vitest';
import { nounForms, parseVerb, regularVerbForms } from './inflect.js';

describe('inflect', () => {
  it('makes regular verb forms, with e-drop, y → ied and doubling', () => {
    expect(regularVerbForms('sign')).toEqual({ third: ['signs'], past: ['signed'], ing: ['signing'] });
    expect(regularVerbForms('arrive')).toEqual({ third: ['arrives'], past: ['arrived'], ing: ['arriving'] });
    expect(regularVerbForms('deny').past).toEqual(['denied']);
    expect(regularVerbForms('ban').past).toContain('banned');
    expect(regularVerbForms('ban').ing).toContain('banning');
  });

  it('parses irregular, phrasal and -ed/-ing-only entries', () => {
    const meet = parseVerb('meet/met');
    expect([...meet.forms.keys()].sort()).toEqual(['meet', 'meeting', 'meets', 'met']);
    expect(meet.forms.get('met')).toBe(true);
    const take = parseVerb('take_over/took/taken');
    expect(take.particle).toBe('over');
    expect(take.forms.get('taken')).toBe(true);
    expect(take.forms.get('took')).toBe(false);
    const order = [...parseVerb('order!').forms.keys()];
    expect(order).toEqual(expect.arrayContaining(['ordered', 'ordering']));
    expect(order).not.toContain('order'); // "public order" is no ORDER
    expect(order).not.toContain('orders');
  });

  it('makes plurals', () => {
    expect(nounForms('summit')).toEqual(['summit', 'summits']);
    expect(nounForms('talks')).toEqual(['talks']);
    expect(nounForms('ceasefire')).toEqual(['ceasefire', 'ceasefires']);
    expect(nounForms('rally')).toEqual(['rally', 'rallies']);
  });
});
