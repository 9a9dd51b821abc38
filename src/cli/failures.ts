/**
 * The one place where the CLI turns failures into messages and exit codes.
 *   0  everything given was processed
 *   1  some inputs were rejected (each named on stderr with the reason); the others were processed
 *   2  usage error: a bad option or argument (commander reports it)
 *   3  configuration or store error (a DatelineError: its code and message are printed)
 *   4  internal error (a bug: please report it with the input that caused it)
 */
import { isDatelineError, type InputRejection } from '../core/errors.js';

export const EXIT = { ok: 0, rejected: 1, usage: 2, config: 3, internal: 4 } as const;

export function printRejection(r: InputRejection): void {
  process.stderr.write(`dateline: ${r.source}: ${r.message} [${r.reason}]${r.hint ? `\n  hint: ${r.hint}` : ''}\n`);
}

/** Prints an error thrown by a command and returns the exit code for it. */
export function exitCodeFor(e: unknown): number {
  if (isDatelineError(e)) {
    process.stderr.write(`dateline: error ${e.code}: ${e.message}\n`);
    return e.code === 'E_CONFIG' ? EXIT.usage : e.code === 'E_INTERNAL' ? EXIT.internal : EXIT.config;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  process.stderr.write(`dateline: internal error: ${err.stack ?? err.message}\nThis is a bug in Dateline; please report it with the input that caused it.\n`);
  return EXIT.internal;
}
