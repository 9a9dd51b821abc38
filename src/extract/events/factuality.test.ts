import { describe, expect, it } from 'vitest';
import { eventsOf, one } from './test-helpers.js';

const fact = (text: string, trigger: string) => one(eventsOf(text), trigger).factuality;

describe('factuality', () => {
  it('asserted by default', () => {
    expect(fact('The two leaders met on Monday.', 'met')).toBe('asserted');
  });

  it('negated: not, never, no', () => {
    expect(fact('The two leaders did not meet.', 'meet')).toBe('negated');
    expect(fact("The rebels haven't withdrawn.", 'withdrawn')).toBe('negated');
    expect(fact('The general never resigned.', 'resigned')).toBe('negated');
    expect(fact('No agreement was signed.', 'signed')).toBe('asserted'); // "no" negates nouns only
    expect(fact('There were no protests.', 'protests')).toBe('negated');
  });

  it('future: will, to, plans to, directives', () => {
    expect(fact('The leaders will meet in June.', 'meet')).toBe('future');
    expect(fact('The firm plans to acquire a rival.', 'acquire')).toBe('future');
    expect(fact('Troops are to be withdrawn.', 'withdrawn')).toBe('future');
    expect(fact('The governor ordered negotiations to begin.', 'negotiations')).toBe('future');
  });

  it('hypothetical: if, in case, could, would, may', () => {
    expect(fact('If talks fail, the army could attack.', 'talks')).toBe('hypothetical');
    expect(fact('If talks fail, the army could attack.', 'attack')).toBe('hypothetical');
    expect(fact('The reserve is ready to be deployed in case of unrest.', 'deployed')).toBe('hypothetical');
    expect(fact('The union may strike and may protest.', 'protest')).toBe('hypothetical');
  });

  it('"will not be used until …" is not asserted', () => {
    expect(fact('The force will not be deployed until talks fail.', 'deployed')).toBe('negated');
    expect(fact('The force will not be deployed until talks fail.', 'talks')).toBe('hypothetical');
  });

  it('a capitalised "May" is a month, not a modal', () => {
    expect(fact('Voters backed the plan in the May election.', 'election')).toBe('asserted');
  });
});
