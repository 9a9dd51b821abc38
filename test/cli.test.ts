/** The CLI end to end, as a user runs it: real processes, real files, exit codes and messages. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, truncateSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentSchema, spanViolations, type DatelineDocument } from '../src/index.js';

const ROOT = new URL('..', import.meta.url).pathname;
const EXAMPLE = join(ROOT, 'examples', 'moscow-times-rosgvardia-belarus.txt');

function dateline(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    encoding: 'utf8',
    input,
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'dateline-cli-'));

describe('dateline CLI', () => {
  it('extract prints a fact sheet with the inferred date and its evidence', () => {
    const r = dateline(['extract', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Published  2020-11-20  (inferred from the text)');
    expect(r.out).toContain('evidence');
    expect(r.out).toContain('[caption]');
    expect(r.out).toContain('source   https://www.interfax.ru/russia/741864');
  });

  it('extract --json emits schema-valid documents whose spans all slice back', () => {
    const r = dateline(['extract', '--json', EXAMPLE]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.out) as DatelineDocument[];
    expect(docs).toHaveLength(1);
    expect(DocumentSchema.safeParse(docs[0]).success).toBe(true);
    expect(spanViolations(docs[0]!)).toEqual([]);
  });

  it('reads stdin with -, and --published overrides the date', () => {
    const r = dateline(['extract', '--jsonl', '--published', '2021-01-02', '-'], 'The council met on Monday and approved the plan.\n');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out.trim()) as DatelineDocument;
    expect(doc.source.name).toBe('stdin');
    expect(doc.metadata.published).toMatchObject({ value: '2021-01-02', source: 'override' });
  });

  it('names each bad file and its problem, processes the rest, exits 1', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a-empty.txt'), '');
    writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7, 8, 0]));
    writeFileSync(join(dir, 'c-good.txt'), 'The mayor opened the new bridge on Tuesday, officials said.\n');
    writeFileSync(join(dir, 'd-broken.html'), '<html><head><script>var a = 1;</script></head><body><div');
    // valid UTF-8 text with one corrupted multi-byte sequence in the middle
    writeFileSync(join(dir, 'f-corrupt.txt'), Buffer.concat([Buffer.from('Café crème, naïve façade — “quoted” déjà vu. '), Buffer.from([0xc3, 0x28]), Buffer.from(' Plus de café, s’il vous plaît.')]));
    symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'g-broken-link.txt'));
    const huge = join(dir, 'e-huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 100 * 1024 * 1024);
    const r = dateline(['extract', '--jsonl', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/a-empty\.txt: .*\[empty\]/);
    expect(r.err).toMatch(/b-binary\.txt: .*\[binary\]/);
    expect(r.err).toMatch(/d-broken\.html: .*\[malformed-html\]/);
    expect(r.err).toMatch(/e-huge\.txt: .*\[too-large\]/);
    expect(r.err).toMatch(/f-corrupt\.txt: .*byte.*\[encoding\]/);
    expect(r.err).toMatch(/g-broken-link\.txt: .*\[unreadable\]/);
    expect(r.err).toContain('hint:');
    const docs = r.out.trim().split('\n').map((l) => JSON.parse(l) as DatelineDocument);
    expect(docs.map((d) => d.source.name)).toEqual([join(dir, 'c-good.txt')]);
  });

  it('decodes UTF-16 with BOM and windows-1251', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'u16.txt'), Buffer.from('\ufeffThe committee met on Friday and voted.', 'utf16le'));
    // "Привет, мир. Совет собрался в пятницу." in windows-1251
    const cp1251 = Buffer.from('CFF0E8E2E5F22C20ECE8F02E20D1EEE2E5F220F1EEE1F0E0EBF1FF20E220EFFFF2EDE8F6F32E', 'hex');
    writeFileSync(join(dir, 'ru.txt'), cp1251);
    const r = dateline(['extract', '--jsonl', dir]);
    expect(r.code).toBe(0);
    const docs = r.out.trim().split('\n').map((l) => JSON.parse(l) as DatelineDocument);
    expect(docs.map((d) => [d.source.encoding, d.text.trim()])).toEqual([
      ['windows-1251', 'Привет, мир. Совет собрался в пятницу.'],
      ['utf-16le', 'The committee met on Friday and voted.'],
    ]);
  });

  it('ingest stores once (idempotent), list and show read it back, bad input leaves the store intact', () => {
    const dir = tmp();
    const db = join(dir, 'test.db');
    const first = dateline(['ingest', '--db', db, EXAMPLE]);
    expect(first.code).toBe(0);
    expect(first.err).toContain('1 stored, 0 already');
    const again = dateline(['ingest', '--db', db, EXAMPLE]);
    expect(again.err).toContain('0 stored, 1 already');
    const before = dateline(['show', '--json', '--db', db, 'c83a78381c54']);
    expect(before.code).toBe(0);

    const more = join(dir, 'more');
    mkdirSync(more);
    writeFileSync(join(more, 'bad.txt'), Buffer.from([0, 0, 0, 1, 2, 3]));
    writeFileSync(join(more, 'good.txt'), 'Rail workers went on strike on Monday, the union said.\n');
    const mixed = dateline(['ingest', '--db', db, more]);
    expect(mixed.code).toBe(1);
    expect(mixed.err).toContain('bad.txt');
    expect(mixed.err).toContain('1 stored, 0 already');

    const list = dateline(['list', '--json', '--db', db]);
    expect((JSON.parse(list.out) as unknown[]).length).toBe(2);
    const after = dateline(['show', '--json', '--db', db, 'c83a78381c54']);
    expect(after.out).toBe(before.out);
    const doc = JSON.parse(after.out) as DatelineDocument;
    expect(doc.text).toBe(readFileSync(EXAMPLE, 'utf8'));
    const search = dateline(['list', '--db', db, '--search', 'strike']);
    expect(search.out).toContain('good.txt');
    expect(search.out).not.toContain('moscow');
  });

  it('timeline --merged shows the signing told by two articles as one happening with both sources', () => {
    const db = join(tmp(), 'merged.db');
    expect(dateline(['ingest', '--quiet', '--db', db, EXAMPLE, join(ROOT, 'test/fixtures/merge/second-report.txt')]).code).toBe(0);
    const r = dateline(['timeline', '--merged', '--format', 'json', '--db', db]);
    expect(r.code).toBe(0);
    const { events } = JSON.parse(r.out) as { events: { type: string; time: { value: string }; sources: { doc: string }[] }[] };
    const signing = events.filter((e) => e.type === 'AGREE' && e.time.value === '2020-11-19' && new Set(e.sources.map((x) => x.doc)).size === 2);
    expect(signing).toHaveLength(1);
    expect(r.err).toMatch(/told by more than one/);
  });

  it('show of an unknown id says how to find ids and exits 1', () => {
    const db = join(tmp(), 'empty.db');
    const r = dateline(['show', '--db', db, 'abcdef123456']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('dateline list');
  });

  it('--help teaches each command; usage errors exit 2', () => {
    const help = dateline(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Exit codes');
    for (const c of ['extract', 'ingest', 'show', 'list', 'demo']) expect(help.out).toContain(c);
    const ex = dateline(['extract', '--help']);
    expect(ex.out).toContain('Examples:');
    expect(dateline(['extract']).code).toBe(2);
    expect(dateline(['extract', '--nope', EXAMPLE]).code).toBe(2);
    const badDate = dateline(['extract', '--published', 'soon', EXAMPLE]);
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain('--published');
  });
});
