/**
 * Arguments → the files to read, in a deterministic order. Folders are walked recursively, entries sorted
 * by name (code-unit order, not locale), hidden files and folders and obviously non-article files skipped
 * silently. Problems (a missing path, a broken symlink, an unreadable folder) come back as rejections and
 * the walk goes on. File-system calls are synchronous (a thread-pool round trip per entry cost more than
 * the call), and a folder's regular files and subfolders are known from its listing without a stat each.
 */
import fs, { type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { rejection, type InputRejection } from '../core/errors.js';
import { innerExtension } from './sniff.js';

export type WalkEntry =
  | { kind: 'stdin' }
  /** `explicit`: named on the command line (read whatever it is), not found in a folder. */
  | { kind: 'file'; path: string; explicit: boolean }
  | { kind: 'problem'; rejection: InputRejection };

/**
 * Extensions skipped silently inside folders (also when gzipped: `x.json.gz`, `x.tar.gz`), and the folder's
 * own documentation (README, LICENSE …). Files named on the command line are always read.
 */
const SKIPPED_IN_FOLDERS = new Set(
  [
    // images
    'png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'ico', 'svg', 'heic', 'heif', 'avif', 'psd',
    // archives (a lone .gz is unwrapped and judged by what it holds)
    'zip', 'tar', 'tgz', 'tbz', 'tbz2', 'bz2', 'xz', 'txz', '7z', 'rar', 'zst', 'lz4', 'lzma',
    // JSON that is not JSONL, and web-page assets saved next to an article
    'json', 'css', 'js', 'mjs', 'cjs', 'map', 'woff', 'woff2', 'ttf', 'otf', 'eot',
    // office documents, media, executables, databases
    'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'epub', 'rtf',
    'mp3', 'mp4', 'm4a', 'wav', 'ogg', 'oga', 'opus', 'flac', 'aac', 'webm', 'mov', 'avi', 'mkv',
    'exe', 'dll', 'so', 'dylib', 'bin', 'o', 'a', 'class', 'jar', 'wasm', 'pyc',
    'sqlite', 'sqlite3', 'db', 'parquet',
  ].map((e) => `.${e}`),
);

/** A folder's own documentation (README.md, LICENSE, CITATION.cff …) is not an article of the folder. */
const FOLDER_DOCS = /^(?:readme|licen[cs]e|copying|notice|changelog|citation|authors|contributing)(?:\.[^.]+)?$/i;

export function isSkippedInFolder(fileName: string): boolean {
  return fileName.startsWith('.') || FOLDER_DOCS.test(fileName) || SKIPPED_IN_FOLDERS.has(innerExtension(fileName));
}

const OS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a component of the path is not a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

const OS_HINTS: Record<string, string> = {
  ENOENT: 'check the path',
  EACCES: "check the file's permissions",
  EPERM: "check the file's permissions",
  ELOOP: 'fix the symbolic link',
  EMFILE: 'raise the open-file limit (ulimit -n) or read fewer files at once',
};

/** The rejection for an OS error while reading `name`. Non-OS errors are bugs and are rethrown. */
export function unreadable(name: string, error: unknown): InputRejection {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !(error instanceof Error)) throw error;
  const what = OS_ERRORS[code] ?? error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
  return rejection(name, 'unreadable', `cannot read ${name}: ${what} (${code})`, OS_HINTS[code] ?? 'check that the file exists and can be read');
}

function brokenLink(name: string): InputRejection {
  return rejection(name, 'unreadable', `cannot read ${name}: broken symbolic link (its target does not exist)`, 'fix or remove the symbolic link');
}

/** stat that tells a broken symlink from a missing path. */
function statOrProblem(p: string): { stats: Stats } | { problem: InputRejection } {
  try {
    return { stats: fs.statSync(p) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      let link: Stats | undefined;
      try {
        link = fs.lstatSync(p);
      } catch {
        link = undefined;
      }
      if (link?.isSymbolicLink()) return { problem: brokenLink(p) };
    }
    return { problem: unreadable(p, error) };
  }
}

/** What a folder entry is: from the listing for files and folders, from stat (following links) otherwise. */
function entryKind(p: string, d: Dirent): 'dir' | 'file' | 'other' | { problem: InputRejection } {
  if (d.isFile()) return 'file';
  if (d.isDirectory()) return 'dir';
  if (!d.isSymbolicLink() && (d.isFIFO() || d.isSocket() || d.isBlockDevice() || d.isCharacterDevice())) return 'other';
  const found = statOrProblem(p);
  if ('problem' in found) return found;
  return found.stats.isDirectory() ? 'dir' : found.stats.isFile() ? 'file' : 'other';
}

async function* walkFolder(dir: string, seen: Set<string>): AsyncGenerator<WalkEntry> {
  let real: string;
  let entries: Dirent[];
  try {
    real = fs.realpathSync(dir);
    if (seen.has(real)) return; // a symlink loop, or the same folder named twice
    seen.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true }).filter((d) => !d.name.startsWith('.'));
  } catch (error) {
    yield { kind: 'problem', rejection: unreadable(dir, error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = entry.name;
    const p = path.join(dir, name);
    const kind = entryKind(p, entry);
    if (typeof kind === 'object') {
      yield { kind: 'problem', rejection: kind.problem };
    } else if (kind === 'dir') {
      yield* walkFolder(p, seen);
    } else if (kind === 'file' && !isSkippedInFolder(name)) {
      yield { kind: 'file', path: p, explicit: false };
    }
    // FIFOs, sockets and devices inside folders are skipped: reading them could block forever.
  }
}

/** The inputs named by `args`: files, folders (walked), `-` for stdin. */
export async function* walk(args: readonly string[]): AsyncGenerator<WalkEntry> {
  const seen = new Set<string>();
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    const found = statOrProblem(arg);
    if ('problem' in found) yield { kind: 'problem', rejection: found.problem };
    else if (found.stats.isDirectory()) yield* walkFolder(arg, seen);
    else yield { kind: 'file', path: arg, explicit: true };
  }
}
