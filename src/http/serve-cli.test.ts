import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './test-helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());

describe('dateline serve (the CLI command)', () => {
  it('binds 127.0.0.1, prints the URL, takes DATELINE_TOKEN for writes, and stops cleanly on SIGINT', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--db', dir.file('cli.db'), '--port', '0'], {
      env: { ...process.env, DATELINE_TOKEN: 'cli-token' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const m = /serving .* at (http:\/\/127\.0\.0\.1:\d+)\/ /.exec(stdout);
          if (m) {
            clearInterval(timer);
            resolve(m[1]!);
          }
        }, 50);
        void exited.then((code) => {
          clearInterval(timer);
          reject(new Error(`exited with ${code}: ${stderr}`));
        });
      });
      expect(stdout).toContain(`${url}/api/openapi.json`);
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('/api/openapi.json');
      const post = (auth?: string) =>
        fetch(`${url}/api/ingest`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
          body: JSON.stringify({ text: 'Officials in Minsk said on Monday that talks would continue next week.' }),
        });
      expect((await post()).status).toBe(401);
      expect((await post('Bearer cli-token')).status).toBe(200);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('server stopped');
  });

  it('refuses a bad --port as a usage error', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--db', dir.file('cli2.db'), '--port', 'eighty'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/port/);
  });
});
