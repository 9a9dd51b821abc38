import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DatelineError } from '../core/errors.js';
import { countInputs, readInputs } from './read.js';
import type { InputResult, ReadOptions } from './types.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let n = 0;
function dir(): string {
  const d = path.join(root, `case${++n}`);
  fs.mkdirSync(d);
  return d;
}

async function read(args: string[], options?: ReadOptions): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const r of readInputs(args, options)) out.push(r);
  return out;
}

function summary(results: InputResult[], base: string): string[] {
  return results.map((r) =>
    r.ok
      ? `${path.relative(base, r.input.name)} ${r.input.mediaType} ${r.input.encoding}`
      : `${path.relative(base, r.rejection.source)} !${r.rejection.reason}`,
  );
}

const isRoot = process.getuid?.() === 0;

describe('readInputs: files', () => {
  it('reads a UTF-8 text file untouched (CRLF and spaces kept)', async () => {
    const d = dir();
    const file = path.join(d, 'a.txt');
    const text = 'Title\r\n\r\n  Body with  two spaces.\r\n';
    fs.writeFileSync(file, '\ufeff' + text);
    const [r, ...rest] = await read([file]);
    expect(rest).toEqual([]);
    expect(r).toEqual({
      ok: true,
      input: { name: file, mediaType: 'text/plain', encoding: 'utf-8', bytes: Buffer.byteLength('\ufeff' + text), content: text, hints: {} },
    });
  });

  it('reads windows-1251 and UTF-16 files', async () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'ru.txt'), Uint8Array.of(0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0)); // "Привет, мир"
    fs.writeFileSync(path.join(d, 'u16.txt'), Buffer.from('\ufeffHello', 'utf16le'));
    const results = await read([d]);
    expect(results.map((r) => r.ok && [r.input.content, r.input.encoding])).toEqual([
      ['Привет, мир', 'windows-1251'],
      ['Hello', 'utf-16le'],
    ]);
  });

  it('reads truncated HTML in a .txt and an extension-less file as text/html', async () => {
    const d = dir();
    const cut = '<!DOCTYPE html>\n<html><head><title>Story</title></head><body><p>The minister said the talks were';
    fs.writeFileSync(path.join(d, 'page.txt'), cut);
    fs.writeFileSync(path.join(d, 'page'), '<div><p>One</p><p>Two');
    fs.writeFileSync(path.join(d, 'plain.md'), '# Heading\n\nNot <p> markup really.');
    const results = await read([d]);
    expect(summary(results, d)).toEqual(['page text/html utf-8', 'page.txt text/html utf-8', 'plain.md text/plain utf-8']);
    expect(results[1]?.ok && results[1].input.content).toBe(cut);
  });

  it('rejects empty, whitespace-only, binary and PNG files, naming each', async () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'empty.txt'), '');
    fs.writeFileSync(path.join(d, 'spaces.txt'), '  \n\t \r\n');
    fs.writeFileSync(path.join(d, 'random.dat'), Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256));
    const png = path.join(d, 'image.png');
    fs.writeFileSync(png, Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13));
    const results = await read([d, png]); // the .png is skipped in the folder, but read when named
    expect(summary(results, d)).toEqual(['empty.txt !empty', 'random.dat !binary', 'spaces.txt !empty', 'image.png !binary']);
    const last = results[3];
    expect(!last?.ok && last?.rejection.message).toBe(`${png} is a PNG image, not text`);
  });

  it('rejects a file larger than maxBytes, naming size and limit', async () => {
    const d = dir();
    const file = path.join(d, 'big.txt');
    fs.writeFileSync(file, 'word '.repeat(300)); // 1500 bytes
    const [r] = await read([file], { maxBytes: 1024 });
    expect(r).toMatchObject({ ok: false, rejection: { source: file, reason: 'too-large' } });
    if (r && !r.ok) {
      expect(r.rejection.message).toBe(`${file} is 1.5 KiB, over the 1 KiB limit`);
      expect(r.rejection.hint).toContain('--max-bytes');
    }
    const [fits] = await read([file], { maxBytes: 1500 });
    expect(fits?.ok).toBe(true);
  });

  it('rejects a sparse 100 MB file quickly, from its size, without reading it', async () => {
    const d = dir();
    const file = path.join(d, 'huge.txt');
    fs.writeFileSync(file, 'start');
    fs.truncateSync(file, 100 * 1024 * 1024);
    const started = performance.now();
    const [r] = await read([file]); // default limit: 20 MiB
    expect(performance.now() - started).toBeLessThan(500);
    expect(r).toMatchObject({ ok: false, rejection: { reason: 'too-large', message: `${file} is 100 MiB, over the 20 MiB limit` } });
  });

  it('gunzips .gz files and judges them by their inner extension; a gzip bomb is too-large', async () => {
    const d = dir();
    const html = '<h1>Title</h1>\nNot sniffable as HTML on its own.';
    fs.writeFileSync(path.join(d, 'story.html.gz'), gzipSync(html));
    fs.writeFileSync(path.join(d, 'story.txt.gz'), gzipSync('Plain story.'));
    fs.writeFileSync(path.join(d, 'zeros.txt.gz'), gzipSync(Buffer.alloc(5000, 0x61)));
    fs.writeFileSync(path.join(d, 'corrupt.txt.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 9, 9, 9]));
    const results = await read([d], { maxBytes: 4096 });
    expect(summary(results, d)).toEqual([
      'corrupt.txt.gz !unreadable',
      'story.html.gz text/html utf-8',
      'story.txt.gz text/plain utf-8',
      'zeros.txt.gz !too-large',
    ]);
    expect(results[1]?.ok && results[1].input).toMatchObject({ content: html, bytes: Buffer.byteLength(html) });
  });

  it('rejects a named .json file as unsupported', async () => {
    const d = dir();
    const file = path.join(d, 'articles.json');
    fs.writeFileSync(file, '[{"text":"a"}]');
    const [r] = await read([file]);
    expect(r).toMatchObject({ ok: false, rejection: { source: file, reason: 'unsupported' } });
    expect(!r?.ok && r?.rejection.hint).toContain('JSONL');
  });

  it('throws E_CONFIG for bad options, not for bad input', async () => {
    await expect(read([], { maxBytes: 0 })).rejects.toThrow(DatelineError);
    await expect(read([], { encoding: 'klingon' })).rejects.toThrow(/unknown encoding/);
    const d = dir();
    fs.writeFileSync(path.join(d, 'k.txt'), Uint8Array.of(0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4));
    const [r] = await read([d], { encoding: 'koi8-r' });
    expect(r?.ok && [r.input.content, r.input.encoding]).toEqual(['Привет', 'koi8-r']);
  });
});

describe('readInputs: folders', () => {
  it('walks recursively in sorted order, skipping hidden and non-article files silently', async () => {
    const d = dir();
    fs.mkdirSync(path.join(d, 'b-sub', 'deeper'), { recursive: true });
    fs.mkdirSync(path.join(d, '.git'));
    fs.mkdirSync(path.join(d, 'dir.txt')); // a folder named like a file is walked, not read
    fs.writeFileSync(path.join(d, '.git', 'HEAD.txt'), 'hidden');
    fs.writeFileSync(path.join(d, '.DS_Store'), 'hidden');
    fs.writeFileSync(path.join(d, 'c.txt'), 'C');
    fs.writeFileSync(path.join(d, 'a.txt'), 'A');
    fs.writeFileSync(path.join(d, 'B.html'), '<p>B</p>');
    fs.writeFileSync(path.join(d, 'b-sub', 'deeper', 'd.txt'), 'D');
    fs.writeFileSync(path.join(d, 'b-sub', 'photo.jpg'), Uint8Array.of(0xff, 0xd8, 0xff));
    fs.writeFileSync(path.join(d, 'b-sub', 'data.json'), '{}');
    fs.writeFileSync(path.join(d, 'b-sub', 'style.css'), 'p{}');
    fs.writeFileSync(path.join(d, 'b-sub', 'backup.tar.gz'), gzipSync('x'));
    fs.writeFileSync(path.join(d, 'dir.txt', 'e.txt'), 'E');
    fs.writeFileSync(path.join(d, 'README.md'), '# the folder'); // the folder's own documentation
    fs.writeFileSync(path.join(d, 'b-sub', 'LICENSE'), 'CC BY');
    const results = await read([d]);
    expect(summary(results, d)).toEqual([
      'B.html text/html utf-8',
      'a.txt text/plain utf-8',
      'b-sub/deeper/d.txt text/plain utf-8',
      'c.txt text/plain utf-8',
      'dir.txt/e.txt text/plain utf-8',
    ]);
    expect(await countInputs([d])).toBe(5);
  });

  it('reports a broken symlink as unreadable and carries on with the other files', async () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'a.txt'), 'A');
    fs.symlinkSync(path.join(d, 'missing.txt'), path.join(d, 'b-link.txt'));
    fs.writeFileSync(path.join(d, 'c.txt'), 'C');
    const results = await read([d]);
    expect(summary(results, d)).toEqual(['a.txt text/plain utf-8', 'b-link.txt !unreadable', 'c.txt text/plain utf-8']);
    const broken = results[1];
    expect(!broken?.ok && broken?.rejection.message).toContain('broken symbolic link');
    expect(await countInputs([d])).toBe(3);
  });

  it.skipIf(isRoot)('reports a chmod 000 file as unreadable (EACCES) and carries on (skipped as root: root reads it anyway)', async () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'a.txt'), 'A');
    fs.writeFileSync(path.join(d, 'b.txt'), 'B');
    fs.chmodSync(path.join(d, 'b.txt'), 0o000);
    const results = await read([d]);
    expect(summary(results, d)).toEqual(['a.txt text/plain utf-8', 'b.txt !unreadable']);
    expect(!results[1]?.ok && results[1]?.rejection.message).toContain('permission denied');
  });

  it('reports a path that does not exist, and keeps going', async () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'a.txt'), 'A');
    const missing = path.join(d, 'nope.txt');
    const results = await read([missing, path.join(d, 'a.txt')]);
    expect(results[0]).toMatchObject({ ok: false, rejection: { source: missing, reason: 'unreadable' } });
    expect(!results[0]?.ok && results[0]?.rejection.message).toContain('no such file or directory');
    expect(results[1]?.ok).toBe(true);
  });

  it('does not loop on a symlink to an ancestor folder', async () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'a.txt'), 'A');
    fs.symlinkSync(d, path.join(d, 'loop'));
    expect(summary(await read([d]), d)).toEqual(['a.txt text/plain utf-8']);
  });

  it('streams JSONL found in folders, one result per non-empty line, and counts them', async () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'a.txt'), 'A');
    fs.writeFileSync(path.join(d, 'b.jsonl'), '{"text":"one"}\n\n{"html":"<p>two</p>"}\n{oops}\n');
    fs.writeFileSync(path.join(d, 'c.ndjson'), '{"text":"three","id":"c1"}');
    const results = await read([d]);
    expect(summary(results, d)).toEqual([
      'a.txt text/plain utf-8',
      'b.jsonl:1 text/plain utf-8',
      'b.jsonl:3 text/html utf-8',
      'b.jsonl:4 !malformed-jsonl',
      'c.ndjson:1 text/plain utf-8',
    ]);
    expect(await countInputs([d])).toBe(results.length);
  });
});

describe('readInputs: stdin', () => {
  async function* from(...chunks: Array<string | Uint8Array>): AsyncGenerator<string | Uint8Array> {
    yield* chunks;
  }

  it('reads stdin, named "stdin", and sniffs its media type', async () => {
    const [r] = await read(['-'], { stdin: from('<!doctype html>', Buffer.from('<p>Привет</p>')) });
    expect(r).toEqual({
      ok: true,
      input: { name: 'stdin', mediaType: 'text/html', encoding: 'utf-8', bytes: Buffer.byteLength('<!doctype html><p>Привет</p>'), content: '<!doctype html><p>Привет</p>', hints: {} },
    });
    const [gz] = await read(['-'], { stdin: from(gzipSync('zipped text')) });
    expect(gz?.ok && gz.input.content).toBe('zipped text');
  });

  it('stops reading stdin past maxBytes', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled++;
        yield Buffer.alloc(1024, 0x61);
      }
    }
    const [r] = await read(['-'], { maxBytes: 4096, stdin: endless() });
    expect(r).toMatchObject({ ok: false, rejection: { source: 'stdin', reason: 'too-large' } });
    expect(!r?.ok && r?.rejection.message).toBe('stdin is more than 4 KiB, over the 4 KiB limit');
    expect(pulled).toBe(5);
  });

  it('countInputs is undefined with stdin', async () => {
    expect(await countInputs(['-'])).toBeUndefined();
  });
});
