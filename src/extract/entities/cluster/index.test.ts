import { describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_NAMES } from './fixtures.test-data.js';
import { clusterEntities, type Entity, type NameType } from './index.js';
import { split, tag } from './test-helpers.js';

function run(text: string, spec: readonly (readonly [string, NameType])[]): Entity[] {
  return clusterEntities(text, tag(text, spec), split(text));
}
const find = (es: Entity[], canonical: string) => es.find((e) => e.canonical === canonical);
const texts = (e: Entity | undefined) => e?.mentions.map((m) => `${m.kind}:${m.text}`);

describe('clusterEntities', () => {
  it('puts names, roles, demonyms and descriptions of one person together', () => {
    const text =
      'Kazakhstan’s Astana-based President Kassym-Jomart Tokayev met Kyrgyz President Sadyr Japarov on Friday. ' +
      'Tokayev said the two countries would share water. The president also thanked Japarov.';
    const es = run(text, [['Kazakhstan’s', 'LOC'], ['Kassym-Jomart Tokayev', 'PER'], ['Kyrgyz', 'MISC'], ['Sadyr Japarov', 'PER'], ['Tokayev', 'PER'], ['Japarov', 'PER']]);
    const tokayev = find(es, 'Kassym-Jomart Tokayev');
    expect(tokayev?.roles).toEqual(['President of Kazakhstan']);
    // "The president" goes to the president mentioned last
    expect(texts(tokayev)).toEqual([
      'role:Kazakhstan’s Astana-based President', 'name:Kassym-Jomart Tokayev', 'name:Tokayev', 'description:The president',
    ]);
    expect(find(es, 'Sadyr Japarov')?.roles).toEqual(['President of Kyrgyzstan']);
    expect(texts(find(es, 'Kazakhstan'))).toEqual(['possessive:Kazakhstan’s']);
    expect(texts(find(es, 'Kyrgyzstan'))).toEqual(['demonym:Kyrgyz']);
  });

  it('joins a surname that comes before the full name, and numbers entities by first mention', () => {
    const text = 'Ruto arrived late. Later, William Ruto spoke to Safaricom staff. Ruto left.';
    const es = run(text, [['William Ruto', 'PER'], ['Ruto', 'PER'], ['Safaricom', 'ORG']]);
    expect(es.map((e) => [e.id, e.canonical])).toEqual([['e1', 'William Ruto'], ['e2', 'Safaricom']]);
    expect(es[0]!.mentions.map((m) => m.text)).toEqual(['Ruto', 'William Ruto', 'Ruto']);
  });

  it('gives a string tagged two ways its majority type', () => {
    const text = 'Mombasa grew. Mombasa signed a deal. Mombasa won.';
    const es = clusterEntities(text, [
      { start: 0, end: 7, type: 'LOC' }, { start: 14, end: 21, type: 'ORG' }, { start: 37, end: 44, type: 'ORG' },
    ], split(text));
    expect(es).toHaveLength(1);
    expect(es[0]!.type).toBe('ORG');
  });

  it('drops the determiner and possessive from canonicals, keeps them in mentions', () => {
    const text = 'The Kenyan National Guard said on Monday. The National Guard’s chief resigned. Sanctions by the West followed.';
    const es = run(text, [['The Kenyan National Guard', 'ORG'], ['The National Guard’s', 'ORG'], ['the West', 'LOC']]);
    expect(texts(find(es, 'Kenyan National Guard'))).toEqual(['name:The Kenyan National Guard', 'possessive:The National Guard’s']);
    expect(find(es, 'the West')?.type).toBe('LOC');
  });

  it('links acronyms defined in brackets, tagged or not, and by initials', () => {
    const text =
      'The Intergovernmental Authority on Development (IGAD) met in Djibouti. IGAD officials said talks would go on. ' +
      'The African Union said the AU would help.';
    const es = run(text, [['The Intergovernmental Authority on Development', 'ORG'], ['Djibouti', 'LOC'], ['The African Union', 'ORG'], ['AU', 'ORG']]);
    expect(texts(find(es, 'Intergovernmental Authority on Development'))).toEqual([
      'name:The Intergovernmental Authority on Development', 'acronym:IGAD', 'acronym:IGAD',
    ]);
    expect(texts(find(es, 'African Union'))).toEqual(['name:The African Union', 'acronym:AU']);
  });

  it('links demonyms to a country in the document or before a title, otherwise makes a NORP', () => {
    const withCountry = run('Peruvian farmers protested. Peru’s economy slowed.', [['Peruvian', 'MISC'], ['Peru’s', 'LOC']]);
    expect(texts(find(withCountry, 'Peru'))).toEqual(['demonym:Peruvian', 'possessive:Peru’s']);
    const alone = run('Peruvian farmers protested. Chileans watched.', [['Peruvian', 'MISC'], ['Chileans', 'MISC']]);
    expect(alone.map((e) => [e.type, e.canonical])).toEqual([['NORP', 'Peruvians'], ['NORP', 'Chileans']]);
  });

  it('gives news agencies their role and merges their aliases', () => {
    const text = 'The Associated Press reported the vote. AP said turnout was low, Reuters added.';
    const es = run(text, [['The Associated Press', 'ORG'], ['AP', 'ORG'], ['Reuters', 'ORG']]);
    expect(find(es, 'Associated Press')).toMatchObject({ type: 'ORG', roles: ['news agency'] });
    expect(texts(find(es, 'Associated Press'))).toEqual(['name:The Associated Press', 'alias:AP']);
    expect(find(es, 'Reuters')?.roles).toEqual(['news agency']);
  });

  it('makes one entity of one country’s institution however it is named', () => {
    const text = 'Latvia’s police force detained two men. The Latvian interior ministry said they were released.';
    const es = run(text, [['Latvia’s', 'LOC'], ['Latvian', 'MISC']]);
    const ministry = find(es, 'Ministry of Internal Affairs of Latvia');
    expect(texts(ministry)).toEqual(['description:Latvia’s police force', 'description:The Latvian interior ministry']);
    expect(texts(find(es, 'Latvia'))).toEqual(['possessive:Latvia’s', 'demonym:Latvian']);
  });

  it('resolves "the country" and "the opposition", and leaves descriptions without antecedent alone', () => {
    const text = 'Voters in Georgia went to the polls. The country has been divided. The opposition rejected the count. The company declined to comment.';
    const es = run(text, [['Georgia', 'LOC']]);
    expect(texts(find(es, 'Georgia'))).toEqual(['name:Georgia', 'description:The country']);
    expect(texts(find(es, 'Georgian opposition'))).toEqual(['description:The opposition']);
    expect(es.some((e) => e.mentions.some((m) => m.text === 'The company'))).toBe(false);
  });

  it('links "the former prime minister" only to a former prime minister', () => {
    const text = 'Former Italian Prime Minister Mario Draghi met Prime Minister Giorgia Meloni. The former prime minister praised her.';
    const es = run(text, [['Italian', 'MISC'], ['Mario Draghi', 'PER'], ['Giorgia Meloni', 'PER']]);
    expect(find(es, 'Mario Draghi')?.roles).toEqual(['former Prime Minister of Italy']);
    expect(texts(find(es, 'Mario Draghi'))).toContain('description:The former prime minister');
    expect(texts(find(es, 'Giorgia Meloni'))).toEqual(['role:Prime Minister', 'name:Giorgia Meloni']);
  });

  it('keeps every mention inside one sentence, with its exact text, and does not change its inputs', () => {
    const names = Object.freeze(tag(ARTICLE, ARTICLE_NAMES).map((n) => Object.freeze(n)));
    const sentences = Object.freeze(split(ARTICLE));
    const es = clusterEntities(ARTICLE, names, sentences);
    expect(es.length).toBeGreaterThan(30);
    for (const e of es) {
      for (const m of e.mentions) {
        expect(m.text).toBe(ARTICLE.slice(m.start, m.end));
        expect(sentences.some((s) => s.start <= m.start && m.end <= s.end)).toBe(true);
      }
      const starts = e.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    expect(es.map((e) => e.id)).toEqual(es.map((_, i) => `e${i + 1}`));
    const firsts = es.map((e) => e.mentions[0]!.start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it('refuses a tagged span that crosses a sentence boundary', () => {
    const text = 'He met Ruto. Ruto left.';
    const es = clusterEntities(text, [{ start: 7, end: 17, type: 'PER' }], split(text));
    expect(es).toEqual([]);
  });

  it('resolves the whole fixture article as expected', () => {
    const es = clusterEntities(ARTICLE, tag(ARTICLE, ARTICLE_NAMES), split(ARTICLE));
    expect(find(es, 'William Samoei Ruto')?.roles).toEqual(['President of Kenya']);
    expect(find(es, 'Yoweri Museveni')?.mentions.map((m) => m.text)).toContain('The longtime leader');
    expect(find(es, 'Wang Yi')?.roles).toEqual(['Foreign Minister of China']);
    expect(find(es, 'Marco Rubio')?.roles).toEqual(['United States Secretary of State']);
    expect(find(es, 'Peter Ndegwa')?.roles).toEqual(['CEO of Safaricom']);
    expect(texts(find(es, 'Safaricom'))).toEqual(['name:Safaricom', 'description:the company', 'description:The firm']);
    expect(texts(find(es, 'Ministry of Foreign Affairs of Germany'))).toEqual(['description:the German Foreign Office', 'description:Germany’s foreign ministry']);
    expect(find(es, 'Xinhua')?.roles).toEqual(['news agency']);
  });
});
