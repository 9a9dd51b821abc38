import { describe, expect, it } from 'vitest';
import { analyse } from '../../index.js';

function published(text: string, extra: Parameters<typeof analyse>[0] extends infer T ? Partial<Exclude<T, string>> : never = {}, override?: string) {
  const r = analyse({ text, ...extra }, override ? { published: override } : {});
  if (!r.ok) throw new Error(r.rejection.message);
  return r.doc.metadata.published;
}

describe('publication date', () => {
  it('infers the report day from a weekday cue after the latest dated reference, with evidence', () => {
    const p = published('The pact was signed in Riga on March 3, 2021, officials said.\n\nThe ministry announced Friday that talks would continue.');
    expect(p?.value).toBe('2021-03-05');
    expect(p?.explicit).toBe(false);
    expect(p?.evidence.map((e) => e.text)).toEqual(['announced Friday', 'March 3, 2021']);
  });

  it('counts the anchor day itself when it is the named weekday', () => {
    // 2021-03-05 is a Friday
    expect(published('The deal was closed on March 5, 2021, the company said Friday.')?.value).toBe('2021-03-05');
  });

  it('falls back to the latest full date as a lower bound, and says so', () => {
    const p = published('Elections were held on 4 May 2019. A second round followed on 18 May 2019.');
    expect(p?.value).toBe('2019-05-18');
    expect(p?.reasoning).toContain('earliest');
  });

  it('ignores dates without a year and returns null when nothing dates the article', () => {
    expect(published('The vote on Aug. 9 was disputed, the opposition said Monday.')).toBeNull();
  });

  it('never takes a date from a related-article link or teaser', () => {
    const text = 'Parliament met on June 2, 2018, and passed the bill, the speaker said Tuesday.\n\nRead more: Parliament passes budget\nhttps://news.example.org/2025/10/24/parliament-passes-budget\n\nThe bill now goes to the president.';
    expect(published(text)?.value).toBe('2018-06-05');
  });

  it('prefers a date given with the input, then --published over everything', () => {
    const text = 'The summit opened on July 1, 2022, the host said Monday.';
    expect(published(text, { published: '2022-07-02' })).toMatchObject({ value: '2022-07-02', explicit: true, source: 'input' });
    expect(published(text, { published: '2022-07-02' }, '2022-07-09')).toMatchObject({ value: '2022-07-09', source: 'override' });
  });

  it('reads a wire dateline that states the date', () => {
    const p = published('KYIV, March 3, 2022 (Reuters) - Talks resumed on Thursday between the two delegations.');
    expect(p).toMatchObject({ value: '2022-03-03', explicit: true, source: 'dateline' });
  });

  it('takes a weekday before the verb, and leaves "last Friday" alone', () => {
    const base = 'The pact was signed on March 3, 2021. ';
    expect(published(`${base}Monday's statement, officials said, was clear.`)?.evidence.map((e) => e.text)).toEqual(["Monday's statement, officials said", 'March 3, 2021']);
    expect(published(`${base}She said last Friday that it was over.`)).toMatchObject({ value: '2021-03-03', evidence: [{ text: 'March 3, 2021' }] });
  });

  it('reads no day across a paragraph break ("Saturday, 26 February" over "1600 GMT")', () => {
    expect(published('France v Wales\n\nSaturday, 26 February\n\n1600 GMT\n\nThe two sides last met in Paris.')).toBeNull();
  });

  it('warns about a given date that is not a date, and infers instead', () => {
    const r = analyse({ text: 'The talks ended on May 2, 2020.', published: 'yesterday-ish' });
    expect(r.ok && r.doc.warnings.map((w) => w.message)).toEqual(['published "yesterday-ish" is not a date; ignored']);
    expect(r.ok && r.doc.metadata.published?.source).toBe('inferred');
  });
});
