import { describe, expect, it } from 'vitest';
import { eventsOf, one } from './test-helpers.js';

describe('place', () => {
  it('takes a LOC mention after in/at/near', () => {
    expect(one(eventsOf('Chancellor Angela Merkel met Emmanuel Macron in Paris on March 3.'), 'met').place).toBe('Paris');
    expect(one(eventsOf('Protesters rallied in Madrid.'), 'rallied').place).toBe('Madrid');
  });

  it('skips filler words: "in the city of X"', () => {
    expect(one(eventsOf('Markets rose. The accord "made in the city of Geneva" takes effect.'), 'made').place).toBe('Geneva');
  });

  it('takes a place in a fronted adverbial before the trigger', () => {
    expect(one(eventsOf('In Kyiv, the two presidents signed a declaration.'), 'signed').place).toBe('Kyiv');
  });

  it('gives no place for a demonym, a non-location, or a place inside a condition', () => {
    expect(one(eventsOf('Troops were deployed near the Polish border.'), 'deployed').place).toBeNull();
    expect(one(eventsOf('Troops will be deployed in case rebels in Chad attack.'), 'deployed').place).toBeNull();
  });

  it('does not carry a place past the next verb trigger', () => {
    const es = eventsOf('Police arrested three protesters in Lyon on Tuesday.');
    expect(one(es, 'arrested').place).toBe('Lyon');
  });
});
