/**
 * Screenshots of the web interface for the README (docs/*.png): serves the bundled examples from a
 * temporary store and photographs the main views in the system's Chromium (playwright-core; no
 * browser is downloaded). Run: npx tsx scripts/screenshots.ts [outDir=docs]
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createApp, startServer } from '../src/http/index.js';
import { tempDir, tempStore } from '../src/http/test-helpers.js';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = process.argv[2] ?? join(ROOT, 'docs');
const CHROMIUM = process.env.DATELINE_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dir = tempDir('dateline-shots-');
  const store = await tempStore(dir);
  const server = await startServer(createApp({ store, log: () => {} }), { port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.txt')).sort();
    const body = examples.map((f) => ({ text: readFileSync(join(ROOT, 'examples', f), 'utf8') }));
    // a second report of the example's signing (written for the tests), so that the merged view has something to merge
    body.push({ text: readFileSync(join(ROOT, 'test/fixtures/merge/second-report.txt'), 'utf8') });
    const r = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!r.ok) throw new Error(`ingest failed: ${r.status} ${await r.text()}`);
    const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
    const shot = async (hash: string, view: string, name: string, prepare?: () => Promise<void>) => {
      await page.goto(`${server.url}/${hash}`);
      await page.locator(`main[data-view="${view}"]`).waitFor();
      await prepare?.();
      await page.screenshot({ path: join(OUT, name) });
      process.stdout.write(`${join(OUT, name)}\n`);
    };
    await shot('#/timeline', 'timeline', 'ui-timeline.png', async () => {
      await page.locator('h2', { hasText: '2020' }).first().scrollIntoViewIfNeeded();
    });
    await shot('#/timeline', 'timeline', 'ui-article.png', async () => {
      await page.locator('a.entry[data-date="2020-11-19"][data-type="AGREE"]', { hasText: 'made in Minsk' }).click();
      await page.locator('#article-text mark.focus').waitFor();
      await page.waitForTimeout(150);
    });
    await shot('#/entities', 'entities', 'ui-entities.png');
    await shot('#/agreements', 'agreements', 'ui-agreements.png');
    await shot('#/merged', 'merged', 'ui-merged.png');
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    dir.remove();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`screenshots: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
