import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRecord, readJsonl, splitLines, countJsonl } from './jsonl.js';
import type { InputResult } from './types.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function collect(gen: AsyncIterable<InputResult>): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

describe('parseRecord', () => {
  it('accepts a text record with hints, ignoring unknown fields', () => {
    const line = JSON.stringify({ text: 'Body\n', url: 'https://e.com/a', published: '2024-05-01', outlet: 'E', title: 'T', id: 'a1', extra: [1] });
    const r = parseRecord(line, 'f.jsonl:1', Buffer.byteLength(line));
    expect(r).toEqual({
      ok: true,
      input: {
        name: 'f.jsonl:1',
        mediaType: 'text/plain',
        encoding: 'utf-8',
        bytes: Buffer.byteLength(line),
        content: 'Body\n',
        hints: { url: 'https://e.com/a', published: '2024-05-01', outlet: 'E', title: 'T', id: 'a1' },
      },
    });
  });

  it('accepts an html record as text/html and a numeric id as a string', () => {
    const r = parseRecord('{"html":"<p>Hi</p>","id":7}', 'f.jsonl:2', 26);
    expect(r.ok && r.input).toMatchObject({ mediaType: 'text/html', content: '<p>Hi</p>', hints: { id: '7' } });
  });

  const bad: Array<[string, string, string]> = [
    ['{"text": "a", ', 'malformed-jsonl', 'not valid JSON'],
    ['[1,2]', 'malformed-jsonl', 'an array, not a JSON object'],
    ['"just a string"', 'malformed-jsonl', 'string, not a JSON object'],
    ['{"text":"a","html":"<p>b</p>"}', 'malformed-jsonl', 'both "text" and "html"'],
    ['{"url":"https://e.com"}', 'malformed-jsonl', 'neither "text" nor "html"'],
    ['{"text":42}', 'malformed-jsonl', '"text" must be a string, not number'],
    ['{"text":"a","published":20240501,"url":{}}', 'malformed-jsonl', '"url" must be a string, not object; "published" must be a string, not number'],
    ['{"text":""}', 'empty', '"text" is an empty string'],
    ['{"html":"  \\n "}', 'empty', '"html" holds only whitespace'],
  ];
  for (const [line, reason, message] of bad) {
    it(`rejects ${line} (${reason})`, () => {
      const r = parseRecord(line, 'f.jsonl:9', line.length);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.rejection.source).toBe('f.jsonl:9');
        expect(r.rejection.reason).toBe(reason);
        expect(r.rejection.message).toContain('f.jsonl:9');
        expect(r.rejection.message).toContain(message);
        expect(r.rejection.hint).toBeTruthy();
      }
    });
  }
});

describe('splitLines', () => {
  async function* chunks(...parts: string[]): AsyncGenerator<Buffer> {
    for (const p of parts) yield Buffer.from(p, 'utf8');
  }

  it('joins lines split across chunks, strips \\r and the BOM, skips blank lines, numbers lines from 1', async () => {
    const lines = [];
    for await (const l of splitLines(chunks('\ufeffab', 'c\r\n\n  \r\nд', 'е\nlast'), 100)) lines.push(l);
    expect(lines.map((l) => [l.number, l.bytes?.toString('utf8'), l.length])).toEqual([
      [1, 'abc', 3],
      [4, 'де', 4],
      [5, 'last', 4],
    ]);
  });

  it('drops a line longer than maxBytes while streaming and reports its length', async () => {
    const lines = [];
    for await (const l of splitLines(chunks('short\n', 'x'.repeat(50), 'y'.repeat(50), '\nok'), 60)) lines.push(l);
    expect(lines.map((l) => [l.number, l.bytes?.toString(), l.length])).toEqual([
      [1, 'short', 5],
      [2, undefined, 100],
      [3, 'ok', 2],
    ]);
  });

  it('streams: takes the first lines of an endless source without reading it all', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      for (;;) {
        pulled++;
        yield Buffer.from('{"text":"a"}\n'.repeat(10));
      }
    }
    const got = [];
    for await (const l of splitLines(endless(), 1000)) {
      got.push(l);
      if (got.length === 25) break;
    }
    expect(got).toHaveLength(25);
    expect(pulled).toBe(3);
  });
});

describe('readJsonl', () => {
  it('yields good lines and typed rejections for bad ones, naming file:LINE', async () => {
    const file = path.join(tmp, 'mixed.jsonl');
    fs.writeFileSync(
      file,
      [
        JSON.stringify({ text: 'Good text line.', url: 'https://e.com/1' }),
        '{not json',
        '',
        JSON.stringify({ text: 'a', html: '<p>b</p>' }),
        JSON.stringify({ html: '<p>An HTML article.</p>', published: '2024-01-02' }),
      ].join('\n') + '\n',
    );
    const results = await collect(readJsonl(file, file, 1024));
    expect(results).toHaveLength(4);
    expect(results[0]).toMatchObject({ ok: true, input: { name: `${file}:1`, mediaType: 'text/plain', content: 'Good text line.', hints: { url: 'https://e.com/1' } } });
    expect(results[1]).toMatchObject({ ok: false, rejection: { source: `${file}:2`, reason: 'malformed-jsonl' } });
    expect(results[2]).toMatchObject({ ok: false, rejection: { source: `${file}:4`, reason: 'malformed-jsonl' } });
    expect(results[3]).toMatchObject({ ok: true, input: { name: `${file}:5`, mediaType: 'text/html', content: '<p>An HTML article.</p>', hints: { published: '2024-01-02' } } });
    expect(await countJsonl(file)).toBe(4);
  });

  it('rejects a line over maxBytes as too-large and one with bad UTF-8 as encoding; others come through', async () => {
    const file = path.join(tmp, 'limits.jsonl');
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(`${JSON.stringify({ text: 'x'.repeat(500) })}\n`),
        Buffer.from('{"text":"caf'),
        Buffer.from([0xe9]),
        Buffer.from('"}\n{"text":"fine"}'),
      ]),
    );
    const results = await collect(readJsonl(file, 'limits.jsonl', 100));
    expect(results.map((r) => (r.ok ? r.input.content : `${r.rejection.source} ${r.rejection.reason}`))).toEqual([
      'limits.jsonl:1 too-large',
      'limits.jsonl:2 encoding',
      'fine',
    ]);
    const tooLarge = results[0];
    expect(!tooLarge?.ok && tooLarge?.rejection.hint).toContain('--max-bytes');
  });

  it('reads gzipped JSONL as a stream', async () => {
    const file = path.join(tmp, 'records.jsonl.gz');
    fs.writeFileSync(file, gzipSync('{"text":"one"}\n{"text":"two"}\n'));
    const results = await collect(readJsonl(file, file, 1024));
    expect(results.map((r) => r.ok && r.input.content)).toEqual(['one', 'two']);
    expect(await countJsonl(file)).toBe(2);
  });

  it('reports an empty JSONL file once, and an unreadable one as unreadable', async () => {
    const empty = path.join(tmp, 'empty.jsonl');
    fs.writeFileSync(empty, '\n\n  \n');
    expect(await collect(readJsonl(empty, empty, 1024))).toMatchObject([{ ok: false, rejection: { source: empty, reason: 'empty' } }]);
    expect(await countJsonl(empty)).toBe(1);
    const dir = path.join(tmp, 'dir.jsonl');
    fs.mkdirSync(dir);
    const r = await collect(readJsonl(dir, dir, 1024));
    expect(r).toMatchObject([{ ok: false, rejection: { source: dir, reason: 'unreadable' } }]);
    expect(!r[0]?.ok && r[0]?.rejection.message).toContain('EISDIR');
  });

  it('reports corrupt gzip as unreadable', async () => {
    const file = path.join(tmp, 'bad.jsonl.gz');
    fs.writeFileSync(file, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7]));
    const r = await collect(readJsonl(file, file, 1024));
    expect(r).toMatchObject([{ ok: false, rejection: { source: file, reason: 'unreadable' } }]);
    expect(!r[0]?.ok && r[0]?.rejection.message).toContain('gzip');
  });
});
