/**
 * The conformance suite every Store back end must pass, through the interface only. A back end's test
 * file calls `runContract({ name, newStore })` with a factory of fresh, empty stores.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash, createDocument } from '../core/document.js';
import type { ErrorCode } from '../core/errors.js';
import type { DatelineDocument } from '../core/schema.js';
import type { Store } from './store.js';
import { makeTestDocument } from './testing.js';

export interface ContractOptions {
  name: string;
  /** A fresh, empty store. The suite closes it. */
  newStore: () => Promise<Store>;
  /**
   * Optional: makes the next puts into `store` fail half-way, after the document row is written but
   * before its annotations are; returns a function that undoes it. Without it, the mid-write test is skipped.
   */
  breakWrites?: (store: Store) => Promise<() => Promise<void>>;
}

export const TEXTS = [
  'Council approves budget\n\nThe city council approved a budget of 12 million on Tuesday. Roads come first!\n\nThe mayor said schools follow next year.',
  'Flood warning in the valley\n\nRivers rose overnight after heavy rain, the weather service said.\n\nResidents were told to move cars away from the banks.',
  'Zürich café reopens 🎉\n\nThe café near the lake reopened, its owner told Reuters via https://example.com/news/1 on Monday.',
];

export async function expectCode(p: Promise<unknown>, code: ErrorCode): Promise<void> {
  await expect(p).rejects.toMatchObject({ name: 'DatelineError', code });
}

/** Two texts whose ids share their first 6 hex characters (found by trying, deterministically). */
export function collidingTexts(): [string, string] {
  const seen = new Map<string, string>();
  for (let i = 0; ; i++) {
    const text = `Collision candidate ${i}\n\nSome words here.`;
    const prefix = contentHash(text).slice(0, 6);
    const other = seen.get(prefix);
    if (other !== undefined) return [other, text];
    seen.set(prefix, text);
  }
}

export function runContract({ name, newStore, breakWrites }: ContractOptions): void {
  describe(`Store contract: ${name}`, () => {
    const open: Store[] = [];
    const fresh = async (): Promise<Store> => {
      const s = await newStore();
      open.push(s);
      return s;
    };
    afterEach(async () => {
      for (const s of open.splice(0)) await s.close();
    });

    it('returns a stored document deep-equal to the one put', async () => {
      const store = await fresh();
      for (const text of TEXTS) {
        const doc = makeTestDocument(text);
        expect(doc.layers.tokens.length).toBeGreaterThan(5);
        expect(await store.put(doc)).toEqual({ id: doc.id, created: true });
        expect(await store.get(doc.id)).toEqual(doc);
      }
      expect(await store.count()).toBe(TEXTS.length);
    });

    it('keeps a bare document (no layers, nothing found) and one with extra keys and lone surrogates exactly', async () => {
      const store = await fresh();
      const bare = createDocument({ text: 'Just text.', source: { name: 'stdin', mediaType: 'text/plain', encoding: 'utf-8', bytes: 10 } });
      const odd = makeTestDocument('Odd \uD800 text\n\nA lone surrogate \uDC00 sits here, and a \u0000 nul.');
      const withExtras = { ...odd, future: { field: [1, 2] }, source: { ...odd.source, path: '/x' } } as DatelineDocument;
      withExtras.layers.tokens[0] = { ...withExtras.layers.tokens[0]!, lemma: 'odd' } as DatelineDocument['layers']['tokens'][number];
      for (const doc of [bare, withExtras]) {
        await store.put(doc);
        expect(await store.get(doc.id)).toEqual(doc);
      }
    });

    it('is idempotent by content hash: a second put changes nothing', async () => {
      const store = await fresh();
      const doc = makeTestDocument(TEXTS[0]!);
      await store.put(doc);
      const before = await store.list();
      await new Promise((r) => setTimeout(r, 5));
      const renamed = { ...doc, source: { ...doc.source, name: 'other.txt' } };
      expect(await store.put(renamed, { content: '<p>x</p>', mediaType: 'text/html' })).toEqual({ id: doc.id, created: false });
      expect(await store.count()).toBe(1);
      expect(await store.list()).toEqual(before);
      expect(await store.get(doc.id)).toEqual(doc);
      expect(await store.getRaw(doc.id)).toBeNull();
    });

    it('lists newest first, with summaries, limit and offset', async () => {
      const store = await fresh();
      const docs = TEXTS.map((t, i) => makeTestDocument(t, `file${i}.txt`));
      for (const d of docs) await store.put(d);
      const all = await store.list();
      expect(all.map((s) => s.id)).toEqual(docs.map((d) => d.id).reverse());
      expect(all[2]).toMatchObject({
        id: docs[0]!.id,
        source: 'file0.txt',
        title: 'Council approves budget',
        published: '2024-03-01',
        outlet: 'Test Wire',
        language: 'en',
        chars: TEXTS[0]!.length,
      });
      expect(Number.isNaN(Date.parse(all[0]!.ingestedAt))).toBe(false);
      expect((await store.list({ limit: 2 })).map((s) => s.id)).toEqual([docs[2]!.id, docs[1]!.id]);
      expect((await store.list({ limit: 1, offset: 1 })).map((s) => s.id)).toEqual([docs[1]!.id]);
      expect(await store.list({ offset: 3 })).toEqual([]);
      expect(await store.list({ limit: 0 })).toEqual([]);
      await expectCode(store.list({ limit: -1 }), 'E_CONFIG');
      await expectCode(store.list({ offset: 1.5 }), 'E_CONFIG');
    });

    it('searches the words of the text, and only them', async () => {
      const store = await fresh();
      const docs = TEXTS.map((t) => makeTestDocument(t));
      for (const d of docs) await store.put(d);
      const ids = async (search: string) => (await store.list({ search })).map((s) => s.id);
      expect(await ids('rivers')).toEqual([docs[1]!.id]);
      expect(await ids('MAYOR schools')).toEqual([docs[0]!.id]);
      expect(await ids('valley')).toEqual([docs[1]!.id]); // a title word
      expect(await ids('cafe')).toEqual([docs[2]!.id]); // diacritics folded
      expect(await ids('the')).toHaveLength(3);
      expect(await store.list({ search: 'the', limit: 1, offset: 1 })).toHaveLength(1);
      expect(await ids('elephant')).toEqual([]);
      expect(await ids('mayor elephant')).toEqual([]);
      expect(await ids('   ')).toHaveLength(3); // blank: no filter
    });

    it('folds case and accents in the search string as in the text, in any script', async () => {
      const store = await fresh();
      const docs = [...TEXTS, 'Лукашенко в Минске\n\nΟ Δήμαρχος της Αθήνας μίλησε. Президент встретился с Ñandú.'].map((t) => makeTestDocument(t));
      for (const d of docs) await store.put(d);
      const ids = async (search: string) => (await store.list({ search })).map((s) => s.id);
      for (const search of ['ZÜRICH', 'Café', 'cafe\u0301', 'zurich CAFE reuters']) expect(await ids(search), search).toEqual([docs[2]!.id]);
      for (const search of ['минске', 'ЛУКАШЕНКО', 'δήμαρχος', 'nandu', 'ÑANDÚ']) expect(await ids(search), search).toEqual([docs[3]!.id]);
      expect(await ids('zurich rivers')).toEqual([]);
    });

    it('takes hostile search strings as plain words', async () => {
      const store = await fresh();
      for (const t of TEXTS) await store.put(makeTestDocument(t));
      const hostile = ['"; DROP TABLE documents; --', 'AND OR NEAR(', '"', '*', 'NOT', "'", 'title:council', 'rivers OR', '(', '""""', '\\', '%_', 'NEAR(the rain, 2)'];
      for (const search of hostile) {
        const found = await store.list({ search });
        expect(found.length, search).toBeLessThan(TEXTS.length);
      }
      expect(await store.count()).toBe(TEXTS.length);
      expect((await store.list({ search: '"rose overnight"' })).length).toBe(1);
    });

    it('returns null for an unknown id, and accepts a unique prefix of 6+ hex characters', async () => {
      const store = await fresh();
      const doc = makeTestDocument(TEXTS[0]!);
      await store.put(doc);
      expect(await store.get('0'.repeat(64))).toBeNull();
      expect(await store.get('no-such-id')).toBeNull();
      expect(await store.getRaw('0'.repeat(64))).toBeNull();
      expect(await store.get(doc.id.slice(0, 8))).toEqual(doc);
      expect(await store.get(doc.id.slice(0, 6).toUpperCase())).toEqual(doc);
      expect(await store.get(doc.id.slice(0, 5))).toBeNull();
      const [a, b] = collidingTexts();
      const da = makeTestDocument(a);
      await store.put(da);
      await store.put(makeTestDocument(b));
      await expectCode(store.get(da.id.slice(0, 6)), 'E_CONFIG');
      expect(await store.get(da.id)).toEqual(da);
    });

    it('has: true exactly for the full id of a stored document (no prefixes, no case folding)', async () => {
      const store = await fresh();
      const doc = makeTestDocument(TEXTS[0]!);
      expect(await store.has(doc.id)).toBe(false);
      await store.put(doc);
      expect(await store.has(doc.id)).toBe(true);
      expect(await store.has(contentHash(TEXTS[0]!))).toBe(true);
      expect(await store.has(doc.id.slice(0, 12))).toBe(false);
      expect(await store.has(doc.id.toUpperCase())).toBe(false);
      expect(await store.has(contentHash(TEXTS[1]!))).toBe(false);
      expect(await store.has('')).toBe(false);
      expect(await store.has("' OR 1=1 --")).toBe(false);
      await store.close();
      await expectCode(store.has(doc.id), 'E_STORE');
    });

    it('refuses a misaligned span or a schema violation, storing nothing', async () => {
      const store = await fresh();
      const doc = makeTestDocument(TEXTS[0]!);
      const zones = [{ ...doc.layers.zones[0]!, text: 'not the slice' }, ...doc.layers.zones.slice(1)];
      await expectCode(store.put({ ...doc, layers: { ...doc.layers, zones } }), 'E_SPAN_MISALIGNED');
      const tokens = [...doc.layers.tokens, { start: 5, end: 99_999, sentence: 0, kind: 'word' }];
      await expectCode(store.put({ ...doc, layers: { ...doc.layers, tokens } }), 'E_SPAN_MISALIGNED');
      await expectCode(store.put({ ...doc, schema: 'dateline/document@0' } as unknown as DatelineDocument), 'E_SCHEMA');
      await expectCode(store.put({ ...doc, id: '0'.repeat(64) }), 'E_SCHEMA');
      await expectCode(store.put({ ...doc, layers: undefined } as unknown as DatelineDocument), 'E_SCHEMA');
      await expectCode(store.put(null as unknown as DatelineDocument), 'E_SCHEMA');
      const badToken = (t: object) => ({ ...doc, layers: { ...doc.layers, tokens: [...doc.layers.tokens, t] } }) as DatelineDocument;
      await expectCode(store.put(badToken({ start: 1, end: 2, sentence: -1, kind: 'word' })), 'E_SCHEMA');
      await expectCode(store.put(badToken({ start: 1, end: 2, sentence: 0 })), 'E_SCHEMA');
      await expectCode(store.put(badToken({ start: 3, end: 2, sentence: 0, kind: 'word' })), 'E_SPAN_MISALIGNED');
      expect(await store.count()).toBe(0);
      expect(await store.get(doc.id)).toBeNull();
      expect(await store.list({ search: 'mayor' })).toEqual([]);
    });

    it('leaves earlier documents intact when a put fails', async () => {
      const store = await fresh();
      const first = makeTestDocument(TEXTS[0]!);
      await store.put(first, { content: '<h1>Council</h1>', mediaType: 'text/html' });
      const bad = makeTestDocument(TEXTS[1]!);
      const sentences = bad.layers.sentences.map((s, i) => (i === 1 ? { ...s, end: s.end + 1 } : s));
      await expectCode(store.put({ ...bad, layers: { ...bad.layers, sentences } }), 'E_SPAN_MISALIGNED');
      expect(await store.count()).toBe(1);
      expect(await store.get(first.id)).toEqual(first);
      expect(await store.getRaw(first.id)).toEqual({ content: '<h1>Council</h1>', mediaType: 'text/html' });
      expect(await store.put(bad)).toEqual({ id: bad.id, created: true });
    });

    it.skipIf(!breakWrites)('rolls back a put that fails half-way', async () => {
      const store = await fresh();
      const first = makeTestDocument(TEXTS[0]!);
      await store.put(first);
      const second = makeTestDocument(TEXTS[1]!);
      const undo = await breakWrites!(store);
      await expectCode(store.put(second, { content: '<p>rivers</p>', mediaType: 'text/html' }), 'E_STORE');
      expect(await store.count()).toBe(1);
      expect(await store.has(second.id)).toBe(false);
      expect(await store.get(second.id)).toBeNull();
      expect(await store.getRaw(second.id)).toBeNull();
      expect(await store.list({ search: 'rivers' })).toEqual([]);
      expect(await store.get(first.id)).toEqual(first);
      await undo();
      expect(await store.put(second)).toEqual({ id: second.id, created: true });
      expect(await store.get(second.id)).toEqual(second);
      expect((await store.list({ search: 'rivers' })).map((s) => s.id)).toEqual([second.id]);
    });

    it('keeps the raw input of an HTML document', async () => {
      const store = await fresh();
      const doc = makeTestDocument(TEXTS[2]!);
      const html = '<html><body><h1>Zürich café reopens 🎉</h1><p>The café …</p></body></html>';
      await store.put(doc, { content: html, mediaType: 'text/html' });
      expect(await store.getRaw(doc.id)).toEqual({ content: html, mediaType: 'text/html' });
      expect(await store.getRaw(doc.id.slice(0, 10))).toEqual({ content: html, mediaType: 'text/html' });
      const odd = makeTestDocument(TEXTS[1]!);
      const oddRaw = { content: '<p>nul \u0000 and a lone \uD800 surrogate</p>', mediaType: 'text/html' };
      await store.put(odd, oddRaw);
      expect(await store.getRaw(odd.id)).toEqual(oddRaw);
      const plain = makeTestDocument(TEXTS[0]!);
      await store.put(plain);
      expect(await store.getRaw(plain.id)).toBeNull();
    });

    it('refuses calls after close with E_STORE', async () => {
      const store = await fresh();
      await store.close();
      await store.close();
      await expectCode(store.count(), 'E_STORE');
      await expectCode(store.put(makeTestDocument(TEXTS[0]!)), 'E_STORE');
    });
  });
}
