/**
 * The browser build, as a person uses it: the demo page (demo/index.html, which loads the shipped
 * dist/browser/newsclaims.js) in headless Chromium. `npm test` builds dist/ and demo/dist/ first.
 * The page must compute exactly what Node computes, highlight the quotes and speakers, and ask
 * for nothing outside this machine. A screenshot goes to test-results/ for a human look.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../scripts/package/static-server.js';
import { compare, comparisonHtml, extract, type ExtractResult } from '../src/index.js';
import { fixture, SEED_DATE } from './helpers/fixtures.js';
import { launchBrowser } from './helpers/browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const A = fixture('000_81661534ce791b66.txt');
const B = fixture('001_3eb6e2f0f30d6a44.txt');

let server: StaticServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await serveStatic(root);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  // Every request must stay on our server: no CDN, no font, no analytics.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url + '/')) return route.continue();
    problems.push(`outside request: ${url}`);
    return route.abort();
  });
  await page.goto(`${server.url}/demo/index.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Texts of the highlighted pieces with this layer, in document order, joined. */
const layerText = (side: 'a' | 'b', layer: string) =>
  page.locator(`#result-${side} .article mark.${layer}`).allTextContents().then((xs) => xs.join(''));

const jsonOf = async (id: string) => JSON.parse((await page.locator(`#${id}`).textContent()) ?? 'null') as unknown;

describe('demo page in Chromium', () => {
  it('extracts one article exactly as Node does and highlights its quotes and speakers', async () => {
    await page.fill('#article-a', B);
    await page.fill('#date', SEED_DATE);
    await page.click('#run');
    await page.locator('#result-a .article').waitFor();
    const expected = extract(B, { referenceDate: SEED_DATE });
    expect(await jsonOf('json-a')).toEqual(JSON.parse(JSON.stringify(expected)));
    // Quote contents do not overlap, so their highlighted pieces concatenate to their texts.
    expect(expected.quotes.length).toBeGreaterThan(0);
    expect(await layerText('a', 'quote')).toBe(expected.quotes.flatMap((q) => q.fragments.map((f) => f.content.text)).join(''));
    expect(await layerText('a', 'speaker')).toBe(speakerTexts(expected));
    expect(await layerText('a', 'speaker')).toContain('ACLU');
    expect(await page.locator('#result-a .quotes li').count()).toBe(expected.quotes.length);
    // Every claim is listed, reported and narrative ones too, each under its source.
    for (const source of ['quote', 'reported', 'narrative'] as const) {
      const claims = expected.claims.filter((c) => c.source === source);
      expect(claims.length, source).toBeGreaterThan(0);
      expect(await page.locator(`#result-a .claims li.src-${source} q`).allTextContents()).toEqual(claims.map((c) => c.content.text));
    }
    expect(await page.locator('#result-a .claims li.src-narrative strong').first().textContent()).toBe('the outlet');
    expect(await page.locator('#run').textContent()).toBe('Extract');
    expect(await page.locator('#comparison').count()).toBe(0);
  });

  it('compares two articles in the side-by-side view of the HTML report, and its button says so', async () => {
    await page.fill('#article-a', A);
    await page.fill('#article-b', B);
    expect(await page.locator('#run').textContent()).toBe('Compare');
    await page.click('#run');
    await page.locator('#comparison').waitFor();
    const a = extract(A, { referenceDate: SEED_DATE });
    const b = extract(B, { referenceDate: SEED_DATE });
    const c = compare(a, b);
    expect(await jsonOf('json-comparison')).toEqual(JSON.parse(JSON.stringify(c)));
    // The frame holds exactly the page comparisonHtml makes, and it renders: both articles side by
    // side, each pair's claims marked on both sides, one table row per pair.
    expect(await page.locator('#comparison-view').getAttribute('srcdoc')).toBe(comparisonHtml({ a, b, comparison: c, texts: [A, B], names: ['Article A', 'Article B'] }));
    const view = page.frameLocator('#comparison-view');
    await view.locator('#article-a').waitFor();
    expect(c.pairs.length).toBeGreaterThan(0);
    expect(await view.locator('tr.pair-row').count()).toBe(c.pairs.length);
    for (const side of ['a', 'b']) {
      const marked = await view.locator(`#article-${side} .claim.paired`).evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-pair'))).size);
      expect(marked, side).toBe(c.pairs.length);
    }
    const boxA = await view.locator('#article-a').boundingBox();
    const boxB = await view.locator('#article-b').boundingBox();
    expect(boxB!.x).toBeGreaterThan(boxA!.x + boxA!.width - 1);
    expect(Math.abs(boxB!.y - boxA!.y)).toBeLessThan(2);
    // Clicking a claim in A lights its partner in B, as in the report.
    await view.locator('#article-a .claim.paired[data-pair="0"]').first().click();
    expect(await view.locator('#article-b .claim.active[data-pair="0"]').count()).toBeGreaterThan(0);
    mkdirSync(`${root}test-results`, { recursive: true });
    await page.screenshot({ path: `${root}test-results/demo.png`, fullPage: true });
  });

  it('says Extract again when the second article is cleared', async () => {
    await page.fill('#article-b', '');
    expect(await page.locator('#run').textContent()).toBe('Extract');
  });

  it('loaded nothing from outside and logged no error', () => {
    expect(problems).toEqual([]);
  });
});

/** Speaker mentions in document order, each once (two quotes can share one mention). */
function speakerTexts(r: ExtractResult): string {
  const mentions = new Map(r.quotes.flatMap((q) => (q.speaker?.mention ? [[q.speaker.mention.start, q.speaker.mention.text] as const] : [])));
  return [...mentions.entries()].sort((x, y) => x[0] - y[0]).map(([, t]) => t).join('');
}
