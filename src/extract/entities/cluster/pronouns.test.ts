import { describe, expect, it } from 'vitest';
import { processInput } from '../../../pipeline/process.js';
import { findPronouns } from './pronouns.js';

const mentionsOf = (text: string) => {
  const p = processInput({ name: 't.txt', mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length, content: text, hints: { published: '2011-10-06' } });
  if (!p.ok) throw new Error(p.rejection.message);
  const { entities, mentions } = p.doc.layers;
  return (canonical: string) => {
    const e = entities.find((x) => x.canonical === canonical);
    return e ? mentions.filter((m) => m.entity === e.id).map((m) => `${m.text}:${m.kind}`) : [];
  };
};

describe('personal pronouns', () => {
  it('finds he/him/his/himself/she/her/hers/herself as whole words only', () => {
    const text = 'He saw her. She thanked him and his aide; hers was late. Herself, himself. Hello, there, the hero, He-Man.';
    expect(findPronouns(text).map((p) => text.slice(p.start, p.end))).toEqual(['He', 'her', 'She', 'him', 'his', 'hers', 'Herself', 'himself']);
  });
  it('links a pronoun to the person mentioned last before it', () => {
    const of = mentionsOf('Jobs update\n\nSteve Jobs founded Apple in 1976. He returned to the company in 1996 and his products sold well.\n\nMary Barra said she was wrong.');
    expect(of('Steve Jobs')).toEqual(['Steve Jobs:name', 'He:pronoun', 'his:pronoun']);
    expect(of('Mary Barra')).toEqual(['Mary Barra:name', 'she:pronoun']);
  });
  it('leaves a pronoun with no person before it unlinked', () => {
    const of = mentionsOf('Apple update\n\nIn his first speech, Steve Jobs praised Apple.');
    expect(of('Steve Jobs')).toEqual(['Steve Jobs:name']);
  });
});
