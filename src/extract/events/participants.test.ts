import { describe, expect, it } from 'vitest';
import { eventsOf, one } from './test-helpers.js';

describe('participants', () => {
  it('takes the subject of an active verb as agent and its object as patient', () => {
    const e = one(eventsOf('Investors cheered on Tuesday. Ukraine accused Russia of shelling a school.'), 'accused');
    expect(e.agents).toEqual(['Ukraine']);
    expect(e.patients).toEqual(['Russia']);
  });

  it('reads the passive: subject is the patient, "by X" the agent', () => {
    const e = one(eventsOf('Investors praised the plan. Tesla, which was sued by regulators, declined to comment.'), 'sued');
    expect(e.patients).toEqual(['Tesla']);
    expect(e.agents).toEqual([]);
    const s = one(eventsOf('The company said the deal was signed by Siemens and Alstom.'), 'signed');
    expect(s.agents).toEqual(['Siemens', 'Alstom']);
  });

  it('gives both sides of "between X and Y" and "X met with Y" as agents of symmetric events', () => {
    expect(one(eventsOf('Talks between Russia and Ukraine resumed.'), 'Talks').agents).toEqual(['Russia', 'Ukraine']);
    expect(one(eventsOf('Chancellor Angela Merkel met Emmanuel Macron in Paris on March 3.'), 'met').agents).toEqual(['Angela Merkel', 'Emmanuel Macron']);
  });

  it('takes coordinated subjects together', () => {
    expect(one(eventsOf('Germany and France signed a trade agreement in Berlin on Monday.'), 'signed').agents).toEqual(['Germany', 'France']);
  });

  it('does not take a name after a preposition as subject', () => {
    expect(one(eventsOf('Officials from Kenya and Uganda met with delegates.'), 'met').agents).toEqual([]);
  });

  it('shares the agent of a verb coordinated with "and"', () => {
    const es = eventsOf('Markets fell. Iran has condemned the strike and has threatened retaliation.');
    expect(one(es, 'condemned').agents).toEqual(['Iran']);
    expect(one(es, 'threatened').agents).toEqual(['Iran']);
  });

  it('takes the possessor of a noun trigger as agent ("X\'s request") and "of X" after it by the row', () => {
    expect(one(eventsOf('Troops arrived at Macron\'s request.'), 'request').agents).toEqual(['Macron']);
    expect(one(eventsOf('The arrest of Navalny drew criticism from Amnesty International.'), 'criticism').agents).toEqual(['Amnesty International']);
  });

  it('gives argument spans that are mention spans with their entity', () => {
    const e = one(eventsOf('The European Union imposed sanctions on Iran and Syria.'), 'imposed');
    expect(e.agents).toEqual(['European Union']);
    expect(e.patients).toEqual(['Iran', 'Syria']);
    for (const p of e.event.participants) expect(p.entity).toMatch(/^e\d+$/);
  });
});
