import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash } from '../core/document.js';
import { readInputs, type InputResult } from '../input/index.js';
import { analyseAll, htmlId, plainTextId, workerScript, type Outcome } from './pool.js';
import { processInput } from './process.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CITIES = ['Berlin', 'Paris', 'Madrid', 'Vienna', 'Warsaw', 'Lisbon', 'Prague', 'Dublin'];

export function article(i: number): string {
  const city = CITIES[i % CITIES.length]!;
  return (
    `${city} council approves plan ${i}\n\n` +
    `The city council of ${city} approved a transport plan worth ${i + 2} million euros on Tuesday, the mayor said.\n\n` +
    `"This is a good day for ${city}," Mayor Anna Weber told reporters on March ${(i % 27) + 1}, 2024. ` +
    `Opposition leader Mark Levi said the vote was rushed and that his party would appeal to the court in ${CITIES[(i + 3) % CITIES.length]}.\n\n` +
    `Work is to begin next year and end in 20${26 + (i % 5)}.`
  );
}

const HTML = `<!doctype html><html><head><title>Budget approved | Wire</title><meta property="og:site_name" content="Wire"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Council approves budget</h1>
${Array.from({ length: 6 }, (_, i) => `<p>The council of district ${i} approved the budget on Tuesday, Mayor Anna Weber said in a statement to reporters in Berlin.</p>`).join('\n')}
</article><footer>Copyright Wire</footer></body></html>`;

const folder = join(dir, 'corpus');
{
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder);
  for (let i = 0; i < 7; i++) writeFileSync(join(folder, `a${i}.txt`), article(i));
  writeFileSync(join(folder, 'b-page.html'), HTML);
  writeFileSync(join(folder, 'c-empty.txt'), '');
  writeFileSync(join(folder, 'd-records.jsonl'), `${JSON.stringify({ text: article(100), published: '2024-03-02' })}\n${JSON.stringify({ text: article(101) })}\n`);
}

const key = (o: Outcome): string => (o.kind === 'rejected' ? o.rejection.source : o.name);

async function collect(workers: number, isStored?: (id: string) => Promise<boolean>, inputs: AsyncIterable<InputResult> = readInputs([folder])) {
  const out = new Map<string, Outcome>();
  await analyseAll(inputs, { workers, ...(isStored ? { isStored } : {}) }, (o) => {
    expect(out.has(key(o))).toBe(false);
    out.set(key(o), o);
  });
  return out;
}

describe('analysis pool', () => {
  it('gives, with 2 workers, the same documents as the in-process path (ids, layers, everything)', async () => {
    const one = await collect(0);
    const two = await collect(2);
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    expect(one.size).toBe(11);
    for (const [name, o] of one) {
      expect(two.get(name), name).toEqual(o);
    }
    const kinds = [...one.values()].map((o) => o.kind);
    expect(kinds.filter((k) => k === 'processed')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'rejected')).toHaveLength(1);
    const page = one.get(join(folder, 'b-page.html'));
    expect(page).toMatchObject({ kind: 'processed', raw: { mediaType: 'text/html', content: HTML } });
    // and the same as processInput called directly
    for await (const r of readInputs([folder])) {
      if (!r.ok) continue;
      const p = processInput(r.input);
      const o = two.get(r.input.name)!;
      if (p.ok) expect(o.kind === 'processed' && o.doc, r.input.name).toEqual(p.doc);
      else expect(o).toEqual({ kind: 'rejected', rejection: p.rejection });
    }
  });

  it('computes, before the pipeline, the id the pipeline gives (plain text, JSONL, HTML)', async () => {
    for await (const r of readInputs([folder])) {
      if (!r.ok) continue;
      const p = processInput(r.input);
      if (!p.ok) {
        expect(plainTextId(r.input)).toBeUndefined();
        continue;
      }
      const id = r.input.mediaType === 'text/html' ? htmlId(r.input) : plainTextId(r.input);
      expect(id, r.input.name).toBe(p.doc.id);
    }
  });

  it.each([0, 1, 2])('skips inputs already stored before analysing them (%i worker thread(s)), HTML too', async (workers) => {
    const all = await collect(0);
    const stored = new Set<string>();
    for (const [name, o] of all) if (o.kind === 'processed' && (name.endsWith('a1.txt') || name.endsWith('.html') || name.endsWith(':2'))) stored.add(o.doc.id);
    expect(stored.size).toBe(3);
    const asked: string[] = [];
    const again = await collect(workers, async (id) => {
      asked.push(id);
      return stored.has(id);
    });
    const skipped = [...again.values()].filter((o) => o.kind === 'skipped');
    expect(skipped.map((o) => (o as { id: string }).id).sort()).toEqual([...stored].sort());
    expect([...again.values()].filter((o) => o.kind === 'processed')).toHaveLength(7);
    expect(asked.sort()).toEqual([...all.values()].flatMap((o) => (o.kind === 'processed' ? [o.doc.id] : [])).sort());
  });

  it('reads at most 2 × workers inputs ahead of the outcomes handled', async () => {
    let pulled = 0;
    let handled = 0;
    let maxAhead = 0;
    async function* inputs(): AsyncGenerator<InputResult> {
      for (let i = 0; i < 24; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - handled);
        const text = article(i);
        yield { ok: true, input: { name: `n${i}`, mediaType: 'text/plain', encoding: 'utf-8', bytes: text.length, content: text, hints: {} } };
      }
    }
    const seen: string[] = [];
    await analyseAll(inputs(), { workers: 2 }, async (o) => {
      await new Promise((r) => setTimeout(r, 2)); // a slow store
      seen.push(key(o));
      handled++;
    });
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
    expect(maxAhead).toBeLessThanOrEqual(4);
  });

  it('stops, stops its workers and throws the first error of onOutcome', async () => {
    let calls = 0;
    let pulled = 0;
    async function* inputs(): AsyncGenerator<InputResult> {
      for (let i = 0; i < 50; i++) {
        pulled++;
        yield { ok: true, input: { name: `n${i}`, mediaType: 'text/plain', encoding: 'utf-8', bytes: 10, content: article(i), hints: {} } };
      }
    }
    await expect(
      analyseAll(inputs(), { workers: 2 }, () => {
        if (++calls === 3) throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(calls).toBe(3);
    expect(pulled).toBeLessThan(50);
  });

  it('passes an error of isStored through as the run error', async () => {
    const failing = async () => {
      throw new Error('store gone');
    };
    await expect(collect(2, failing)).rejects.toThrow('store gone');
    await expect(collect(1, failing)).rejects.toThrow('store gone');
  });

  it('starts the compiled worker beside the compiled pool, and the TypeScript one through tsx', () => {
    const compiled = workerScript('file:///opt/app/dist/pipeline/pool.js');
    expect(compiled).toEqual({ kind: 'file', url: new URL('file:///opt/app/dist/pipeline/pool-worker.js') });
    const source = workerScript(new URL('./pool.ts', import.meta.url).href);
    expect(source.kind).toBe('eval');
    if (source.kind === 'eval') {
      expect(source.target).toBe(new URL('./pool-worker.ts', import.meta.url).href);
      expect(source.code).toMatch(/tsx\/dist\/esm\/api\/index\.mjs/);
    }
    expect(contentHash('x')).toHaveLength(64);
  });
});
