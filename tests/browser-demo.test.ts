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
import { compare, extract, type ExtractResult } from '../src/index.js';
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
    expect(await page.locator('#comparison').count()).toBe(0);
  });

  it('compares two articles', async () => {
    await page.fill('#article-a', A);
    await page.fill('#article-b', B);
    await page.click('#run');
    await page.locator('#comparison').waitFor();
    const c = compare(extract(A, { referenceDate: SEED_DATE }), extract(B, { referenceDate: SEED_DATE }));
    expect(await jsonOf('json-comparison')).toEqual(JSON.parse(JSON.stringify(c)));
    const sources = await page.locator('#comparison tr', { hasText: 'sources' }).textContent();
    expect(sources).toContain('twitter');
    expect(sources).toContain('aclu');
    mkdirSync(`${root}test-results`, { recursive: true });
    await page.screenshot({ path: `${root}test-results/demo.png`, fullPage: true });
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
