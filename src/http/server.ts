/**
 * The listener: serves an app (app.ts) on a host and port with @hono/node-server. Binds 127.0.0.1 unless
 * told otherwise; port 0 picks a free port (tests).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { DatelineError } from '../core/errors.js';

export interface RunningServer {
  /** e.g. http://127.0.0.1:8080 (no trailing slash). */
  url: string;
  port: number;
  server: Server;
  /** Stops accepting connections and closes idle ones; resolves when the server is closed. */
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';

export function urlFor(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' ? (host === '::' ? '[::1]' : '127.0.0.1') : host.includes(':') ? `[${host}]` : host;
  return `http://${h}:${port}`;
}

export function startServer(app: Hono, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? 8080;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }) as Server;
    const onError = (e: NodeJS.ErrnoException) => {
      reject(
        new DatelineError(
          'E_CONFIG',
          e.code === 'EADDRINUSE'
            ? `cannot listen on ${host}:${port}: the port is in use (choose another with --port)`
            : `cannot listen on ${host}:${port}: ${e.message}`,
          { host, port, code: e.code },
        ),
      );
    };
    server.once('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: urlFor(host, actual),
        port: actual,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}
