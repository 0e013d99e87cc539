/**
 * The HTML comparison in a real headless Chromium: the page renders both articles with the aligned
 * claims, speakers and framing marked, works offline (no request leaves it), and a screenshot goes to
 * test-results/ for a person to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { compare, comparisonHtml, extract } from '../src/index.js';
import { FIXTURES, SEED_DATE, fixture } from './helpers/fixtures.js';
import { hasChromium, launchBrowser } from './helpers/browser.js';
import { storySet } from './helpers/stories.js';

const texts: [string, string] = [fixture(FIXTURES[0]), fixture(FIXTURES[1])];
const a = extract(texts[0], { referenceDate: SEED_DATE });
const b = extract(texts[1], { referenceDate: SEED_DATE });
const comparison = compare(a, b);
const html = comparisonHtml({ a, b, comparison, texts, names: ['000 (Reuters-based)', '001 (ACLU coverage)'] });
const OUT = new URL('../test-results/', import.meta.url);

describe.skipIf(!hasChromium())('comparison HTML in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(new URL('compare.html', OUT), html);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(new URL('compare.html', OUT).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('takes a screenshot before any click', async () => {
    await page.screenshot({ path: new URL('compare.png', OUT).pathname, fullPage: false });
  });

  it('shows each aligned pair once per article, numbered and coloured alike', async () => {
    for (const side of ['a', 'b']) {
      const pairs = await page.$$eval(`#article-${side} .claim[data-pair]`, (els) => [...new Set(els.map((e) => e.getAttribute('data-pair')))]);
      expect(pairs.sort()).toEqual(comparison.pairs.map((_, i) => String(i)));
    }
    expect(await page.locator('#pairs tr.pair-row').count()).toBe(comparison.pairs.length);
  });

  it('shows the article text exactly, labels aside', async () => {
    const shown = await page.$eval('#article-b', (el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('h2, .label').forEach((x) => x.remove());
      return copy.textContent;
    });
    expect(shown).toBe(texts[1]);
  });

  it('labels speakers and marks quotes and framing words', async () => {
    const whoB = await page.$$eval('#article-b .who', (els) => els.map((e) => e.textContent));
    expect(whoB).toEqual(expect.arrayContaining(['Twitter', 'American Civil Liberties Union', 'US government']));
    expect(await page.$$eval('#article-b .speaker', (els) => els.map((e) => e.textContent))).toContain('the ACLU');
    const framing = await page.$$eval('#article-b .framing', (els) => els.map((e) => e.textContent));
    expect(framing).toEqual(expect.arrayContaining(['belligerently', 'draconian', 'comical incompetence']));
    expect(await page.locator('#article-a .quote').count()).toBeGreaterThan(0);
  });

  it('lights both claims of a pair on click', async () => {
    await page.locator('#article-a .pair-no[data-pair="0"]').click();
    const active = await page.$$eval('.claim.active', (els) => [...new Set(els.map((e) => e.closest('article')!.id))]);
    expect(active.sort()).toEqual(['article-a', 'article-b']);
  });

  it('makes no request but the page itself', () => {
    expect(requests).toEqual([new URL('compare.html', OUT).href]);
  });
});

describe.skipIf(!hasChromium())('comparison HTML of three outlets in Chromium', () => {
  const fire = storySet('fire-a', 'fire-b', 'fire-c');
  const budget = storySet('budget-a', 'budget-b');
  const page3 = comparisonHtml({ results: fire.results, comparison: fire.comparison, texts: fire.texts, names: ['Ledger', 'Post', 'Herald'] });
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(new URL('compare-3.html', OUT), page3);
    writeFileSync(new URL('compare-drift.html', OUT), comparisonHtml({ results: budget.results, comparison: budget.comparison, texts: budget.texts, names: ['Gazette', 'Courier'] }));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(new URL('compare-3.html', OUT).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the three articles side by side, each in its own column, and takes a screenshot', async () => {
    const boxes = await Promise.all(['a', 'b', 'c'].map((x) => page.locator(`#article-${x}`).boundingBox()));
    expect(boxes.every((b) => b !== null)).toBe(true);
    expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);
    expect(boxes[1]!.x).toBeLessThan(boxes[2]!.x);
    expect(Math.abs(boxes[0]!.y - boxes[2]!.y)).toBeLessThan(2);
    await page.screenshot({ path: new URL('compare-3.png', OUT).pathname, fullPage: true });
  });

  it('has a story table: one row per statement, one column per outlet, "omits" where one does not carry it', async () => {
    expect(await page.locator('#pairs tr.pair-row').count()).toBe(fire.comparison.clusters.length);
    expect(await page.$$eval('#pairs thead th', (els) => els.map((e) => e.textContent))).toEqual(['#', 'what', 'A', 'B', 'C', 'why']);
    const greenleaf = page.locator('#pairs tr.pair-row', { hasText: 'every worker was safe' });
    expect(await greenleaf.locator('td').nth(4).textContent()).toBe('omits');
  });

  it('lights a statement in all three articles on click', async () => {
    const brody = fire.comparison.clusters.findIndex((k) => k.carriedBy.length === 3 && k.kind === 'quote');
    await page.locator(`#pairs tr.pair-row[data-pair="${brody}"]`).click();
    const active = await page.$$eval('.claim.active', (els) => [...new Set(els.map((e) => e.closest('article')!.id))]);
    expect(active.sort()).toEqual(['article-a', 'article-b', 'article-c']);
  });

  it('shows dates in words and the outlets that give each source', async () => {
    const dates = await page.$$eval('#sets table.coverage', (tables) => tables[2]!.textContent);
    expect(dates).toContain('Monday, May 6, 2024');
    const brody = await page.$$eval('#sets table.coverage tr', (rows) => rows.find((r) => r.textContent!.startsWith('Alan Brody'))!.querySelectorAll('td.tick').length);
    expect(brody).toBe(3);
  });

  it('marks the words of a misquote as each outlet wrote them', async () => {
    await page.goto(new URL('compare-drift.html', OUT).href);
    expect(await page.$$eval('#drift mark', (els) => els.map((e) => e.textContent))).toEqual(['will not', 'cannot', 'while', 'when', 'sits', 'is sitting']);
    await page.screenshot({ path: new URL('compare-drift.png', OUT).pathname, fullPage: true });
  });
});

describe('comparisonHtml', () => {
  it('escapes the text it shows', () => {
    const text = '<script>alert(1)</script> "We will fight & win," said Jane <Doe>.';
    const r = extract(text);
    const page = comparisonHtml({ a: r, b: r, comparison: compare(r, r), texts: [text, text], names: ['<i id="evil">', 'x'] });
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<i id="evil">');
    expect(page).toContain('&lt;i id=&quot;evil&quot;&gt;');
  });

  it('refuses a text that is not the one extracted', () => {
    expect(() => comparisonHtml({ a, b, comparison, texts: [texts[0], 'other'] })).toThrow(/text B has 5 characters/);
    expect(() => comparisonHtml({ results: [a], comparison, texts: [texts[0]] })).toThrow(/the comparison has 2 outlets, but 1 extractions and 1 texts/);
  });

  it('loads nothing from outside: no src or href attribute, and a policy that forbids it', () => {
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html).toContain("default-src 'none'");
  });
});
