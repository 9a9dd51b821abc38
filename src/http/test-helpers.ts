/** Helpers for the HTTP tests: a temporary SQLite store and the bundled example articles. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../store/index.js';

export const EXAMPLE = 'examples/moscow-times-rosgvardia-belarus.txt';
export const EXAMPLES = [EXAMPLE, 'examples/wikinews-apple-executive-leaves-company.txt', 'examples/wikinews-cisco-sues-apple.txt'];
export const readExample = (path = EXAMPLE) => readFileSync(path, 'utf8');

export function tempDir(prefix = 'dateline-http-'): { file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { file: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

let n = 0;
export async function tempStore(dir: { file: (name: string) => string }): Promise<Store> {
  return openStore(dir.file(`s${++n}.db`));
}
