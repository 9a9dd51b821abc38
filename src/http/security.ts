/**
 * Headers on every response, and the bearer token that write endpoints require when one is configured.
 * Article content is untrusted: the API answers JSON (or text/plain, text/csv for the original text and
 * exports), never HTML built from content; nosniff keeps browsers from reading those as anything else.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpProblem } from './errors.js';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Sets {@link SECURITY_HEADERS} on every response, error responses included. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
};

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time comparison (of sha256 digests, so the lengths do not leak either). */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Requires `Authorization: Bearer <token>` on every method but GET/HEAD/OPTIONS when `token` is set.
 * Runs before the body is read.
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token || c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!m) throw new HttpProblem('E_UNAUTHORIZED', 'this server requires a token for writes: send Authorization: Bearer <token> (the DATELINE_TOKEN it was started with)');
    if (!tokenMatches(m[1] ?? '', token)) throw new HttpProblem('E_UNAUTHORIZED', 'the bearer token is not the one this server was started with');
    return next();
  };
}
