/**
 * Hostile content in every field a report shows (speaker names, titles, texts, interview ids, themes,
 * entities, targets, terms), and every line of the Big List of Naughty Strings as speaker names and
 * as speech: rendered in chromium, no dialog opens and no injected code runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../reports/index.js';
import type { AnalysisResult } from '../../pipeline/index.js';
import { DEFAULT_AGGREGATE } from '../../analyzers/stance/rows.js';
import { injectionTraces, launch, openReport, watchedPage, writeReport, fileUrl, type Watched } from './browser.js';
import { syntheticTables, type SyntheticInput } from '../../reports/thread/synthetic.js';
import { sharedPath } from '../helpers/shared.js';

const { path: BLNS, skip } = sharedPath('eval', 'naughty', 'blns.txt');

/** Each payload, if it ever ran, would set window.__pwned or open a dialog. */
export const PAYLOADS = [
  '<script>window.__pwned="script";alert(1)</script>',
  '</script><script>window.__pwned="close-script";alert(1)</script>',
  '<img src=x onerror="window.__pwned=\'img\';alert(1)">',
  '"><svg onload="window.__pwned=\'svg\'">',
  "' onmouseover='window.__pwned=\"attr\"' x='",
  'javascript:window.__pwned="js-url";alert(1)',
  "{{constructor.constructor('window.__pwned=\"template\";alert(1)')()}}",
  '${alert(1)}<!--',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '\u2028</script>\u2029<script>window.__pwned="ls"</script>',
  '<style>body{display:none}</style>',
  '<base href="http://example.com/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
];
const NO_SEMICOLON = PAYLOADS.map((p) => p.replace(/;/g, ','));

function result(input: SyntheticInput): AnalysisResult {
  return { docs: [], tables: syntheticTables(input), warnings: PAYLOADS.slice(0, 3), targets: input.targets, aggregate: DEFAULT_AGGREGATE };
}

function blnsLines(): string[] {
  return fs
    .readFileSync(BLNS, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

let browser: Browser;
const dirs: string[] = [];

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function check(w: Watched): Promise<void> {
  expect(w.dialogs).toEqual([]);
  expect(w.pageErrors).toEqual([]);
  // A CSP violation (an injected inline script or handler that got parsed) would show here.
  expect(w.consoleErrors).toEqual([]);
  expect(w.outside).toEqual([]);
  const traces = await injectionTraces(w.page);
  expect(traces.pwned).toBeNull();
  expect(traces.foreign).toBe(0);
  expect(traces.handlers).toBe(0);
}

describe('hostile content', () => {
  let dir: string;
  let files: Map<string, string | Uint8Array>;
  const input: SyntheticInput = {
    ids: PAYLOADS,
    titles: PAYLOADS,
    speakers: PAYLOADS,
    interviewee: PAYLOADS[1],
    texts: [...PAYLOADS, ...PAYLOADS].map((p, i) => `${p} sentence ${i}`),
    themes: NO_SEMICOLON,
    entities: NO_SEMICOLON,
    targets: NO_SEMICOLON.slice(0, 2),
    terms: PAYLOADS,
  };

  beforeAll(async () => {
    const ids = syntheticTables(input).interviews.map((i) => i.interview_id);
    files = await buildReport(result(input), { compare: [ids[0], ids[2]] });
    dir = writeReport(files, 'hostile');
    dirs.push(dir);
  });

  it('keeps every generated file inside the output folder', () => {
    for (const name of files.keys()) {
      expect(name).toMatch(/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/);
      expect(path.resolve(dir, name).startsWith(dir + path.sep)).toBe(true);
    }
  });

  it('shows the payloads as text in report.html and runs none of them', async () => {
    const w = await watchedPage(browser, dir);
    expect(await openReport(w, dir)).toBe(8);
    await check(w);
    // Shown literally: the interviewee's name is the page heading.
    expect(await w.page.locator('h1').textContent()).toContain(PAYLOADS[1]);
    // Driving the controls with hostile option values changes nothing either.
    for (const target of input.targets) await w.page.selectOption('#filter-target', target);
    await w.page.selectOption('#filter-theme', NO_SEMICOLON[2]);
    await w.page.selectOption('#filter-speaker', { index: 1 });
    await w.page.hover('[data-chart="stance"] .live svg');
    await w.page.waitForTimeout(300);
    await check(w);
    await w.page.close();
  });

  it('shows them as text on the transcript and comparison pages', async () => {
    const pages = [...files.keys()].filter((k) => k.startsWith('transcripts/') || k === 'compare.html');
    expect(pages.length).toBe(4);
    const w = await watchedPage(browser, dir);
    for (const p of pages) {
      await w.page.goto(fileUrl(dir, p));
      await check(w);
    }
    await w.page.close();
  });
});

describe.skipIf(skip)('Big List of Naughty Strings', () => {
  it('every line as speaker names and as speech renders in chromium without dialogs or injection', async () => {
    expect(fs.existsSync(BLNS), `${BLNS} (set TURNLENS_SHARED)`).toBe(true);
    const lines = blnsLines();
    expect(lines.length).toBeGreaterThan(400);
    const input: SyntheticInput = {
      ids: lines.slice(0, 3),
      titles: lines,
      // Interleaved so that every line is an interviewer's name once and spoken once.
      speakers: lines,
      interviewee: lines[lines.length - 1],
      texts: lines.flatMap((l) => [l, l]),
      themes: ['blns_a', 'blns_b', 'blns_c'],
      entities: ['Entity A', 'Entity B'],
      targets: ['blns_a'],
      terms: lines.slice(0, 20),
    };
    const tables = syntheticTables(input);
    const spoken = new Set(tables.turns.map((t) => t.speaker));
    for (const l of lines) expect(spoken.has(l), l).toBe(true);
    const dir = writeReport(await buildReport(result(input), {}), 'blns');
    dirs.push(dir);
    const w = await watchedPage(browser, dir);
    expect(await openReport(w, dir)).toBe(8);
    await check(w);
    await w.page.close();
  });
});
