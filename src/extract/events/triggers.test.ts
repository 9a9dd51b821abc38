import { describe, expect, it } from 'vitest';
import { eventsOf } from './test-helpers.js';

const types = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.trigger}`);

describe('triggers', () => {
  it('reads verbs in every inflection', () => {
    expect(types('The two sides meet often. They met again. Both were meeting daily.')).toEqual(['CONSULT:meet', 'CONSULT:met', 'CONSULT:meeting']);
    expect(types('The mayor resigns. The judge resigned. The coach is resigning.')).toEqual(['RESIGN:resigns', 'RESIGN:resigned', 'RESIGN:resigning']);
    expect(types('Rebels withdrew from the hills.')).toEqual(['RETREAT:withdrew']);
  });

  it('reads phrasal verbs with their particle', () => {
    expect(types('The chairman stepped down.')).toEqual(['RESIGN:stepped down']);
    expect(types('Crowds are calling for new elections.').slice(0, 1)).toEqual(['REQUEST:calling for']);
  });

  it('reads nouns and their plurals', () => {
    expect(types('The summit was short.')).toEqual(['CONSULT:summit']);
    expect(types('The bombings shocked the town.')).toEqual(['ASSAULT:bombings']);
  });

  it('puts a light-verb event on the verb: "signed a deal", "a deal was reached", "the accord made in"', () => {
    expect(types('The firms signed a supply deal.')).toEqual(['AGREE:signed']);
    expect(types('After long talks a ceasefire was reached.')).toEqual(['CONSULT:talks', 'AGREE:reached']);
    expect(types('The accord "made in the capital" takes effect.')).toEqual(['AGREE:made']);
  });

  it('gives speech verbs with a content of their own a STATEMENT, and no trigger of the table for "said" (speech.ts makes it a STATEMENT only with a resolved speaker)', () => {
    expect(types('The ministry announced that schools would close.')).toEqual(['STATEMENT:announced']);
    expect(types('The ministry said that schools were closed.')).toEqual([]);
  });

  it('types the words of each family', () => {
    expect(types('The council elected a new mayor.')).toEqual(['ELECTION:elected']);
    expect(types('The court ordered a recount.')).toEqual(['ORDER:ordered']);
    expect(types('Officers arrested the suspect.')).toEqual(['ARREST:arrested']);
    expect(types('Prosecutors accused the banker of fraud.')).toEqual(['ACCUSE:accused']);
    expect(types('The board appointed a new chief.')).toEqual(['APPOINT:appointed']);
    expect(types('The group acquired a rival.')).toEqual(['ACQUIRE:acquired']);
    expect(types('The army deployed tanks.')).toEqual(['MOBILIZE:deployed']);
    expect(types('The unions threatened a strike.')).toEqual(['THREATEN:threatened']);
    expect(types('Voters rejected the plan.')).toEqual(['REJECT:rejected']);
    expect(types('The agencies will cooperate closely.')).toEqual(['COOPERATE:cooperate']);
    expect(types('The state news agency reported the result.')).toEqual(['REPORT:reported']);
  });

  it('reads a form that is both noun and verb as a noun after a determiner', () => {
    const [e] = eventsOf('The attack killed two.');
    expect(e!.event.rule).toBe('noun');
  });
});
