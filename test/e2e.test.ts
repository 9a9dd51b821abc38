/**
 * The web interface end to end in a real browser: playwright-core driving the system's Chromium
 * (Debian's `chromium` package at /usr/bin/chromium; no browser is ever downloaded). Skipped, with a
 * message, where that browser is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createApp, startServer, type RunningServer } from '../src/http/index.js';
import { tempDir, tempStore } from '../src/http/test-helpers.js';
import type { Store } from '../src/store/index.js';

export const CHROMIUM = process.env.DATELINE_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  process.stderr.write(`test/e2e.test.ts: skipped: no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium)\n`);
}

const ROOT = new URL('..', import.meta.url).pathname;
const oneLineText = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'moscow-times-rosgvardia-belarus.txt'), 'utf8');

describe.skipIf(!HAS_CHROMIUM)('web interface in Chromium', () => {
  const dir = tempDir('dateline-e2e-');
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    store = await tempStore(dir);
    server = await startServer(createApp({ store, log: () => {} }), { port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // CSP violations and script errors show up here: the UI must have none
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    dir.remove();
  });

  it('ingests an article through the ingest box, shows its dated AGREE event, and clicks back to the exact words', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('main[data-view="timeline"]').waitFor();
    await page.fill('#ingest-text', EXAMPLE);
    await page.click('#ingest-submit');
    await expect.poll(() => page.textContent('#ingest-status')).toContain('1 created');

    const entry = page.locator('a.entry[data-date="2020-11-19"][data-type="AGREE"]', { hasText: 'made in Minsk' });
    await entry.waitFor();
    expect(await page.locator('a.entry[data-date="2020-11-19"][data-type="AGREE"]').count()).toBeGreaterThanOrEqual(1);
    await entry.click();

    const mark = page.locator('#article-text mark.focus');
    await mark.waitFor();
    expect(await mark.textContent()).toBe('made in the city of Minsk on Nov. 19, 2020');
    expect(page.url()).toMatch(/#\/article\/[0-9a-f]{64}\?event=v\d+$/);
    // the whole text is the original, character for character (offsets index into it)
    expect(await page.locator('#article-text').textContent()).toBe(EXAMPLE);
    // the highlight is on screen
    expect(await page.evaluate(`(() => { const r = document.querySelector('#article-text mark.focus').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })()`)).toBe(true);
    // and the facts panel names the event it came from
    expect(await page.textContent('#facts')).toContain('AGREE');
  });

  it('lists the facts whose spans overlap a selection in the article', async () => {
    const start = EXAMPLE.indexOf('Alexander Lukashenko');
    expect(start).toBeGreaterThan(0);
    // select those words as a user would (the page's code runs in the browser: given as a string, no DOM types here)
    await page.evaluate(`(() => {
      const root = document.getElementById('article-text');
      const at = (offset) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (offset <= seen + n.textContent.length) return [n, offset - seen];
          seen += n.textContent.length;
        }
        throw new Error('offset out of range');
      };
      const [sn, so] = at(${start});
      const [en, eo] = at(${start + 'Alexander Lukashenko'.length});
      const range = document.createRange();
      range.setStart(sn, so);
      range.setEnd(en, eo);
      const sel = document.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    })()`);
    await expect.poll(() => page.textContent('#facts-head')).toContain(`[${start}–${start + 20}]`);
    const facts = await page.textContent('#facts');
    expect(facts).toContain('Alexander Lukashenko (PER');
  });

  it('shows the agreement, entity and quote views with links back to the words', async () => {
    await page.goto(`${server.url}/#/agreements`);
    await page.locator('main[data-view="agreements"] table.agreements').waitFor();
    const signed = page.locator('table.agreements a', { hasText: 'made in the city of Minsk on Nov. 19, 2020' });
    await signed.click();
    expect(await page.locator('#article-text mark.focus').textContent()).toBe('made in the city of Minsk on Nov. 19, 2020');

    await page.goto(`${server.url}/#/entities`);
    await page.locator('main[data-view="entities"] table.entities').waitFor();
    await page.click('table.entities a:text-is("Alexander Lukashenko")');
    await page.locator('main[data-view="entity"]').waitFor();
    await page.locator('main[data-view="entity"] a.span', { hasText: 'Lukashenko' }).first().click();
    expect(await page.locator('#article-text mark.focus').textContent()).toMatch(/Lukashenko/);

    await page.goto(`${server.url}/#/quotes`);
    await page.locator('main[data-view="quotes"] ul.quotes li').first().waitFor();
    expect(await page.locator('ul.quotes li').count()).toBeGreaterThan(0);
  });

  it('shows the signing told by a second report as one merged happening, each source clicking back to its words', async () => {
    const second = readFileSync(join(ROOT, 'test/fixtures/merge/second-report.txt'), 'utf8');
    await page.goto(`${server.url}/#/merged`);
    await page.locator('main[data-view="merged"]').waitFor();
    await page.fill('#ingest-text', second);
    await page.click('#ingest-submit');
    await expect.poll(() => page.textContent('#ingest-status')).toContain('1 created');
    await page.goto(`${server.url}/#/merged?x=1`);
    const signing = page.locator('ul.merged > li[data-type="AGREE"][data-date="2020-11-19"]');
    await signing.first().waitFor();
    expect(await signing.count()).toBe(1);
    const sources = signing.locator('ul.sources a');
    expect(await sources.count()).toBeGreaterThanOrEqual(2);
    const words = (await sources.first().textContent()) ?? '';
    await sources.first().click();
    await page.locator('#article-text mark.focus').waitFor();
    expect(oneLineText(await page.locator('#article-text mark.focus').textContent())).toBe(oneLineText(words));
  });

  it('renders hostile article text inert and literal', async () => {
    const hostile = 'The council met on Monday, officials said.\n\n<script>window.pwned=1</script>\n<img src=x onerror="window.pwned=2">\n\nThe mayor said the plan was approved.\n';
    await page.goto(`${server.url}/#/articles`);
    await page.locator('main[data-view="articles"]').waitFor();
    await page.fill('#ingest-text', hostile);
    await page.click('#ingest-submit');
    await expect.poll(() => page.textContent('#ingest-status')).toContain('1 created');
    await page.click('#ingest-results a');
    await page.locator('main[data-view="article"] #article-text').waitFor();
    const shown = await page.locator('#article-text').textContent();
    expect(shown).toBe(hostile);
    expect(shown).toContain('<script>window.pwned=1</script>');
    expect(shown).toContain('<img src=x onerror="window.pwned=2">');
    expect(await page.locator('#article-text script, #article-text img, main img').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
  });

  it('raised no script error and no CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
