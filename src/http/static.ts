/**
 * The web UI's static files (web/ at the package root): `/` is web/index.html, `/assets/<name>` the other
 * files of web/ (flat names only: no path ever reaches the file system, so no traversal). No build step:
 * plain HTML, one ES module, one stylesheet. The CSP (security.ts) allows scripts and styles from 'self'
 * only, so the files have no inline script or style; the UI builds its DOM with textContent, never HTML.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { notFound } from './errors.js';

/** web/ beside src/ (running from the sources) and beside dist/ (the built package): both are two levels up. */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
};

/** A file name /assets/ may serve: one path segment, lower-case letters, digits, dashes, one known extension. */
const ASSET = /^[a-z0-9][a-z0-9-]*\.(js|css|svg|png|ico)$/;

async function send(c: Context, name: string, type: string): Promise<Response> {
  let body: Buffer;
  try {
    body = await readFile(`${WEB_DIR}${name}`);
  } catch {
    throw notFound(`no asset ${JSON.stringify(name)}`);
  }
  return c.body(new Uint8Array(body), 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
}

/** GET / : the UI's page. */
export const serveIndex = (c: Context) => send(c, 'index.html', 'text/html; charset=utf-8');

/** GET /assets/:name : a file of web/ (never index.html, never a test or a path). */
export const serveAsset = (c: Context) => {
  const name = c.req.param('name') ?? '';
  const m = ASSET.exec(name);
  if (!m || name.endsWith('.test.js')) throw notFound(`no asset ${JSON.stringify(name)}`);
  return send(c, name, TYPES[m[1]!]!);
};
