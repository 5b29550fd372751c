import { describe, expect, it } from 'vitest';
import { buildReportHere } from '../../reports/build.js';
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
