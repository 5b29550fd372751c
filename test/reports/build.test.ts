import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportHere } from '../../reports/build.js';
import { CHARTS } from '../../reports/charts/index.js';
import { wholeContent } from '../../pipeline/output/write.js';
import type { ReportOptions } from '../../reports/options.js';
import { entriesByLayer } from '../pipeline/cache/entries.js';
import { useTmpDir } from '../helpers/tmp.js';
import { syntheticTables, type SyntheticInput } from '../../reports/thread/synthetic.js';
import type { AnalysisResult } from '../../pipeline/index.js';
import { DEFAULT_AGGREGATE } from '../../analyzers/stance/rows.js';
import { fixtureCopies, fixtureResult } from './fixture.js';

const INPUT: SyntheticInput = {
  ids: ['2020-01-01-a', '2020-02-01-b', '2020-03-01-c'],
  titles: ['One', 'Two', 'Three', 'Outlet'],
  speakers: ['Ann Lee'],
  interviewee: 'Sam Roe',
  texts: ['Is it safe?', 'It is safe.', 'Do you trade?', 'We trade with everyone.', 'And next year?', 'Next year will be better.'],
  themes: ['trade', 'security'],
  entities: ['United States', 'Acme'],
  targets: ['united-states'],
  terms: ['safe', 'trade'],
};
const result = (): AnalysisResult => ({ docs: [], tables: syntheticTables(INPUT), warnings: [], targets: INPUT.targets, aggregate: DEFAULT_AGGREGATE });

describe('buildReportHere with a signal', () => {
  it('emits nothing and rejects when aborted before it starts', async () => {
    const emitted: string[] = [];
    const stop = new AbortController();
    stop.abort(new Error('stop'));
    await expect(buildReportHere(result(), {}, (rel) => emitted.push(rel), stop.signal)).rejects.toThrow('stop');
    expect(emitted).toEqual([]);
  });

  it('stops at the next chart or page once aborted, short of the whole report', async () => {
    const all: string[] = [];
    await buildReportHere(result(), {}, (rel) => all.push(rel));
    const emitted: string[] = [];
    const stop = new AbortController();
    const build = buildReportHere(
      result(),
      {},
      (rel) => {
        emitted.push(rel);
        stop.abort(new Error('real request'));
      },
      stop.signal,
    );
    await expect(build).rejects.toThrow('real request');
    expect(emitted.length).toBeGreaterThan(0);
    expect(emitted.length).toBeLessThan(all.length);
    expect(all).toContain('report.html');
  });
});

describe('buildReportHere and the analysis tables', () => {
  // Without a date range the report context uses the analysis's arrays themselves (context.ts).
  it('reads them in place and changes nothing in them, with a date range or without', async () => {
    // 33 interviews: past INTERVIEW_COLUMNS, so the grouped tables and charts run too.
    const tables = fixtureCopies(11);
    const before = JSON.stringify(tables);
    // Frozen, any write to a table, a row or a table's order throws (modules are strict code).
    for (const rows of Object.values(tables) as object[][]) {
      for (const row of rows) Object.freeze(row);
      Object.freeze(rows);
    }
    const files: string[] = [];
    await buildReportHere(fixtureResult(tables), {}, (rel) => files.push(rel));
    await buildReportHere(fixtureResult(tables), { from: '2020-01', to: '2026-12' }, () => {});
    expect(files).toContain('report.html');
    expect(JSON.stringify(tables)).toBe(before);
  });
});

const tmp = useTmpDir('turnlens-report-cache-');

async function files(options: ReportOptions): Promise<Map<string, string | Uint8Array>> {
  const out = new Map<string, string | Uint8Array>();
  await buildReportHere(result(), options, (rel, content) => out.set(rel, wholeContent(content)));
  return out;
}

describe('buildReportHere with a cache folder', () => {
  it('builds the same files as without one, keeps each chart once, and takes them from there the next time', async () => {
    const cacheDir = path.join(tmp(), 'cache');
    const plain = await files({});
    expect(await files({ cacheDir })).toEqual(plain);
    expect(entriesByLayer(cacheDir)).toEqual({ charts: CHARTS.length });
    expect(await files({ cacheDir })).toEqual(plain);
    expect(entriesByLayer(cacheDir)).toEqual({ charts: CHARTS.length });

    // Read, not rendered: an entry changed on disk is what the next build shows, in the chart's file and in the page.
    const dir = path.join(cacheDir, 'charts');
    for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (e.isFile()) fs.writeFileSync(path.join(e.parentPath, e.name), JSON.stringify({ svg: '<svg id="from-the-cache"/>' }));
    }
    const read = await files({ cacheDir });
    for (const chart of CHARTS) expect(read.get(`charts/${chart.name}.svg`)).toBe('<svg id="from-the-cache"/>\n');
    expect(String(read.get('report.html'))).toContain('<svg id="from-the-cache"/>');
    expect(await files({ cacheDir: false })).toEqual(plain);
  });
});
