/** The report in headless chromium: loads clean and offline, draws every chart, filters, and quotes land on their turns. */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../reports/index.js';
import { CHARTS } from '../../reports/charts/index.js';
import { fixtureResult } from './fixture.js';
import { injectionTraces, inPage, launch, openReport, watchedPage, writeReport, type Watched } from './browser.js';

let browser: Browser;
let dir: string;
let w: Watched;
let ready: number;

beforeAll(async () => {
  dir = writeReport(await buildReport(fixtureResult(), { compare: ['2019-11-06-coffee-with-ren', '2020-03-24-scmp'] }), 'report');
  browser = await launch();
  w = await watchedPage(browser, dir);
  ready = await openReport(w, dir);
});

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('report.html in chromium', () => {
  it('loads with no console errors, no script errors and no network requests', () => {
    expect(w.consoleErrors).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.outside).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });

  it('draws every chart as an interactive SVG in its container', async () => {
    expect(ready).toBe(CHARTS.length);
    const drawn = await inPage<Record<string, number>>(
      w.page,
      `Object.fromEntries(Array.from(document.querySelectorAll('[data-chart]')).map((el) => [el.getAttribute('data-chart'), el.querySelectorAll('.live svg .role-mark, .live canvas').length]))`,
    );
    expect(Object.keys(drawn).sort()).toEqual(CHARTS.map((c) => c.name).sort());
    for (const [name, marks] of Object.entries(drawn)) expect(marks, name).toBeGreaterThan(0);
    expect(await w.page.locator('.chart.is-failed').count()).toBe(0);
  });

  it('runs no injected code on plain data either', async () => {
    expect(await injectionTraces(w.page)).toEqual({ pwned: null, ownScripts: 5, foreign: 0, handlers: 0 });
  });

  it('filters charts and quotes by target and theme', async () => {
    const stanceSvg = () => inPage<string>(w.page, `document.querySelector('[data-chart="stance"] .live svg').outerHTML`);
    const visible = async () => Number(await w.page.getAttribute('body', 'data-visible-quotes'));
    const beforeSvg = await stanceSvg();
    const beforeQuotes = await visible();
    await w.page.selectOption('#filter-target', 'security_trust');
    await w.page.waitForFunction(`document.body.getAttribute('data-visible-quotes') !== '${beforeQuotes}'`);
    await w.page.waitForTimeout(200);
    expect(await stanceSvg()).not.toBe(beforeSvg);
    expect(await visible()).toBeLessThan(beforeQuotes);
    // The United States stance block is hidden, the security one is shown.
    const hidden = await inPage<boolean[]>(w.page, `Array.from(document.querySelectorAll('#stance [data-filter]')).map((el) => el.hidden)`);
    expect(hidden).toEqual([true, false]);

    await w.page.selectOption('#filter-target', '(all)');
    await w.page.selectOption('#filter-theme', 'covid');
    await w.page.waitForTimeout(200);
    const themeBlocks = await inPage<string[]>(w.page, `Array.from(document.querySelectorAll('#themes h3 + ul, #themes [data-filter]')).filter((el) => !el.hidden && el.matches('[data-filter]')).map((el) => el.querySelector('h3').textContent)`);
    expect(themeBlocks).toHaveLength(1);
    expect(themeBlocks[0].startsWith('covid')).toBe(true);
    await w.page.selectOption('#filter-theme', '(all)');
  });

  it('a quote link lands on its turn in the transcript', async () => {
    const link = w.page.locator('#stance .quote .cite a').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^transcripts\/[a-z0-9._-]+\.html#t-\d+$/);
    const quoted = await w.page.locator('#stance .quote blockquote').first().textContent();
    await w.page.locator('#stance details summary').first().click();
    await Promise.all([w.page.waitForURL(/#t-\d+$/), link.click()]);
    const anchor = href.split('#')[1];
    const target = await inPage<{ id: string; text: string; top: number }>(
      w.page,
      `(() => { const el = document.querySelector(':target'); const r = el.getBoundingClientRect(); return { id: el.id, text: el.textContent, top: r.top }; })()`,
    );
    expect(target.id).toBe(anchor);
    expect(target.text).toContain(quoted!);
    expect(target.top).toBeGreaterThanOrEqual(0);
    expect(target.top).toBeLessThan(900);
    expect(w.outside).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});
