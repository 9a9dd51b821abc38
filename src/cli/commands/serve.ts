import { Command, Option } from 'commander';
import { DatelineError } from '../../core/errors.js';
import { createApp, DEFAULT_HOST, DEFAULT_LIMITS, startServer } from '../../http/index.js';
import { openStore } from '../../store/index.js';
import { dbOption, parseBytes } from '../options.js';

const port = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new DatelineError('E_CONFIG', `--port "${v}" is not a port number (0–65535)`);
  return n;
};

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

export function serveCommand(): Command {
  return new Command('serve')
    .summary('serve the stored articles over an HTTP JSON API (OpenAPI at /api/openapi.json)')
    .description(
      'Serve the store over HTTP: POST /api/ingest, GET /api/articles, /api/entities, /api/events, /api/quotes, /api/agreements, ' +
        '/api/timeline, /api/export; the OpenAPI document is at /api/openapi.json. Binds 127.0.0.1 unless --host says otherwise. ' +
        'When DATELINE_TOKEN is set, writes need "Authorization: Bearer <token>". Stops on Ctrl-C.',
    )
    .addOption(dbOption())
    .addOption(new Option('-p, --port <n>', 'TCP port (0: any free port)').default(8080).argParser(port))
    .addOption(new Option('--host <address>', 'address to bind').default(DEFAULT_HOST))
    .addOption(new Option('--max-body <n>', 'largest request body accepted (e.g. 10MB)').default(DEFAULT_LIMITS.maxBodyBytes).argParser(parseBytes))
    .addHelpText('after', '\nExamples:\n  $ dateline serve --db news.db\n  $ DATELINE_TOKEN=secret dateline serve --host 0.0.0.0 --port 8080\n  $ curl -s localhost:8080/api/articles?q=Lukashenko')
    .action(async (flags: { db: string; port: number; host: string; maxBody: number }) => {
      const token = process.env.DATELINE_TOKEN?.trim() || undefined;
      const store = await openStore(flags.db);
      let running;
      try {
        running = await startServer(createApp({ store, token, limits: { maxBodyBytes: flags.maxBody }, warm: true }), { port: flags.port, host: flags.host });
      } catch (e) {
        await store.close();
        throw e;
      }
      process.stdout.write(`dateline: serving ${flags.db} at ${running.url}/ (API ${running.url}/api, OpenAPI ${running.url}/api/openapi.json)\n`);
      if (!LOOPBACK.test(flags.host) && !token) {
        process.stderr.write('dateline: warning: listening beyond this machine without DATELINE_TOKEN: anyone who can reach it can write to the store\n');
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await running.close();
      await store.close();
      process.stderr.write('dateline: server stopped\n');
    });
}
