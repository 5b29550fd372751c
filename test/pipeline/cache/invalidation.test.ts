import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DATA, runDocuments, writeFixtureCorpus } from '../parallel/fixtures.js';
import { editEntities, editThemes } from '../../../bench/edits.js';
import { ANALYZERS } from '../../../analyzers/index.js';
import type { AnalyzeOptions } from '../../../pipeline/index.js';

let corpus: { dir: string; files: string[] };
let cacheDir: string;
let edited: string;
beforeAll(() => {
  corpus = writeFixtureCorpus(2);
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-cache-it-'));
  edited = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-resources-'));
});
afterAll(() => {
  for (const d of [corpus.dir, cacheDir, edited]) fs.rmSync(d, { recursive: true, force: true });
});

const json = (x: unknown) => JSON.stringify(x);

/** Runs `test` with a cache folder of its own, removed after it. */
async function inOwnCache(test: (dir: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-cache-lent-'));
  try {
    await test(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const all = (outcome: string) => corpus.files.map(() => outcome);

describe('result cache on the real pipeline', () => {
  it('is reused when nothing changed, with results identical to an uncached run', async () => {
    const uncached = await runDocuments(corpus.files, { jobs: 1 });
    expect(uncached.outcomes).toEqual(all('off'));
    const cold = await runDocuments(corpus.files, { jobs: 1, cacheDir });
    expect(cold.outcomes).toEqual(all('miss'));
    const warm = await runDocuments(corpus.files, { jobs: 1, cacheDir });
    expect(warm.outcomes).toEqual(all('results'));
    expect(warm.times.toJSON()).not.toHaveProperty('sentences');
    expect(json(warm.docs)).toBe(json(uncached.docs));
    // Workers read the same cache.
    const pooled = await runDocuments(corpus.files, { jobs: 2, cacheDir });
    expect(pooled.outcomes).toEqual(all('results'));
    expect(json(pooled.docs)).toBe(json(uncached.docs));
  });

  it('re-runs only the analyzers when themes.json or entities.json changes', async () => {
    await runDocuments(corpus.files, { jobs: 1, cacheDir });
    const themes = editThemes(path.join(DATA, 'themes.json'), path.join(edited, 'themes.json'));
    const entities = editEntities(path.join(DATA, 'entities.json'), path.join(edited, 'entities.json'));
    for (const resources of [{ themes }, { entities }, { themes, entities }]) {
      const run = await runDocuments(corpus.files, { ...resources, jobs: 1, cacheDir });
      expect(run.outcomes).toEqual(all('tokens'));
      expect(run.times.toJSON()).not.toHaveProperty('sentences');
      expect(run.times.toJSON()).toHaveProperty('analyzers');
      const fresh = await runDocuments(corpus.files, { ...resources, jobs: 1 });
      expect(json(run.docs)).toBe(json(fresh.docs));
      const again = await runDocuments(corpus.files, { ...resources, jobs: 1, cacheDir });
      expect(again.outcomes).toEqual(all('results'));
    }
  });

  it('runs again only the analyzers an edit touched, the others lending what the last configuration made', async () => {
    const themes = editThemes(path.join(DATA, 'themes.json'), path.join(edited, 'themes-lent.json'));
    const entities = editEntities(path.join(DATA, 'entities.json'), path.join(edited, 'entities-lent.json'));
    const CASES: Array<[string, AnalyzeOptions, string[]]> = [
      ['themes.json', { themes }, ['themes', 'stance']],
      ['the stance targets', { themes, targets: ['Huawei'] }, ['stance']],
      ['entities.json', { themes, targets: ['Huawei'], entities }, ['entities', 'themes', 'terms', 'stance']],
      ['back to the bundled files', {}, ['sentiment', 'entities', 'themes', 'terms', 'stance']],
    ];
    await inOwnCache(async (dir) => {
      await runDocuments(corpus.files, { jobs: 1, cacheDir: dir });
      for (const [edit, resources, expected] of CASES) {
        const runs = ANALYZERS.map((a) => vi.spyOn(a, 'run'));
        let run;
        try {
          run = await runDocuments(corpus.files, { ...resources, jobs: 1, cacheDir: dir });
          const ran = ANALYZERS.filter((_, i) => runs[i].mock.calls.length > 0).map((a) => a.name);
          // Back to the bundled files, the results of the first run are still there.
          expect(ran, edit).toEqual(expected.length === ANALYZERS.length ? [] : expected);
        } finally {
          for (const r of runs) r.mockRestore();
        }
        expect(run.outcomes).toEqual(all(expected.length === ANALYZERS.length ? 'results' : 'tokens'));
        const fresh = await runDocuments(corpus.files, { ...resources, jobs: 1 });
        expect(json(run.docs), edit).toBe(json(fresh.docs));
      }
    });
  });

  it('lends the same in worker threads', async () => {
    await inOwnCache(async (dir) => {
      await runDocuments(corpus.files, { jobs: 2, cacheDir: dir });
      // Read entries are touched: made an hour old, the results that lend show it.
      const results = path.join(dir, 'results');
      const entries = fs.readdirSync(results, { recursive: true }).map(String).filter((n) => n.endsWith('.entry'));
      const hourAgo = new Date(Date.now() - 3_600_000);
      for (const e of entries) fs.utimesSync(path.join(results, e), hourAgo, hourAgo);
      const themes = editThemes(path.join(DATA, 'themes.json'), path.join(edited, 'themes-pool.json'));
      const run = await runDocuments(corpus.files, { themes, jobs: 2, cacheDir: dir });
      expect(run.outcomes).toEqual(all('tokens'));
      for (const e of entries) expect(fs.statSync(path.join(results, e)).mtimeMs).toBeGreaterThan(hourAgo.getTime() + 60_000);
      const fresh = await runDocuments(corpus.files, { themes, jobs: 1 });
      expect(json(run.docs)).toBe(json(fresh.docs));
    });
  });

  it('runs every analyzer when the results a link names are gone or damaged', async () => {
    await inOwnCache(async (dir) => {
      await runDocuments(corpus.files, { jobs: 1, cacheDir: dir });
      const results = path.join(dir, 'results');
      const entries = fs.readdirSync(results, { recursive: true }).map(String).filter((n) => n.endsWith('.entry'));
      expect(entries.length).toBe(corpus.files.length);
      // Half the documents' results removed, the others' cut short.
      entries.forEach((e, i) => (i % 2 === 0 ? fs.rmSync(path.join(results, e)) : fs.truncateSync(path.join(results, e), 10)));
      const targets = ['Huawei'];
      // Each analyzer runs as often as without a cache: once per interview of every document.
      const counted = async (options: AnalyzeOptions) => {
        const runs = ANALYZERS.map((a) => vi.spyOn(a, 'run'));
        try {
          const run = await runDocuments(corpus.files, { targets, jobs: 1, ...options });
          return { run, calls: runs.map((r) => r.mock.calls.length) };
        } finally {
          for (const r of runs) r.mockRestore();
        }
      };
      const damaged = await counted({ cacheDir: dir });
      const fresh = await counted({});
      expect(damaged.run.outcomes).toEqual(all('tokens'));
      expect(damaged.calls).toEqual(fresh.calls);
      expect(Math.min(...fresh.calls)).toBeGreaterThan(1);
      expect(json(damaged.run.docs)).toBe(json(fresh.run.docs));
    });
  });

  it('re-tokenizes only the document whose text changed', async () => {
    await runDocuments(corpus.files, { jobs: 1, cacheDir });
    fs.appendFileSync(corpus.files[1], '\nRen: One more answer, added later.\n');
    const run = await runDocuments(corpus.files, { jobs: 1, cacheDir });
    expect(run.outcomes).toEqual(corpus.files.map((_, i) => (i === 1 ? 'miss' : 'results')));
  });

  it('keeps the tokens but not the results when the stance targets change', async () => {
    await runDocuments(corpus.files, { jobs: 1, cacheDir });
    const run = await runDocuments(corpus.files, { targets: ['Huawei'], jobs: 1, cacheDir });
    expect(run.outcomes).toEqual(all('tokens'));
  });
});
