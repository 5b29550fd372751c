/** Headless Debian chromium for report tests: one browser per test file, nothing may leave the page. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeFiles } from './fixture.js';

export const CHROMIUM = process.env.TURNLENS_CHROMIUM ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests for anything but the report's own local files. */
  outside: string[];
  dialogs: string[];
}

/** A page that records console errors, script errors, dialogs, and blocks and records any non-file request. */
export async function watchedPage(browser: Browser, allowDir: string): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const w: Watched = { page, consoleErrors: [], pageErrors: [], outside: [], dialogs: [] };
  const allowed = pathToFileURL(allowDir).href;
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(allowed)) return route.continue();
    w.outside.push(url);
    return route.abort();
  });
  return w;
}

export function writeReport(files: ReadonlyMap<string, string | Uint8Array>, label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `turnlens-${label}-`));
  writeFiles(dir, files);
  return dir;
}

export const fileUrl = (dir: string, name: string): string => pathToFileURL(path.join(dir, name)).href;

/** Loads a report page and waits until every chart has been embedded (or failed). */
export async function openReport(w: Watched, dir: string, name = 'report.html'): Promise<number> {
  await w.page.goto(fileUrl(dir, name));
  await w.page.waitForSelector('body[data-charts-ready]', { timeout: 30_000 });
  return Number(await w.page.getAttribute('body', 'data-charts-ready'));
}

/** Browser-side code as strings: the project's type-check has no DOM library. */
export const inPage = <T>(page: Page, expression: string): Promise<T> => page.evaluate(expression) as Promise<T>;

export interface Traces {
  pwned: unknown;
  ownScripts: number;
  foreign: number;
  handlers: number;
}

/** Marks of injected code having run, or of injected markup having been parsed as markup. */
export function injectionTraces(page: Page): Promise<Traces> {
  return inPage<Traces>(
    page,
    `(() => ({
      pwned: window.__pwned === undefined ? null : String(window.__pwned),
      ownScripts: document.querySelectorAll('script:not([type])').length,
      foreign: document.querySelectorAll('img, iframe, object, embed, frame, base, link, meta[http-equiv="refresh"], form:not(.vega-bindings)').length,
      handlers: Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.toLowerCase().startsWith('on'))).length,
    }))()`,
  );
}
