/** pipeline/cache/prune.ts: the cache folder kept under its cap, least recently used entries first. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { pruneCache, STALE_TMP_MS, USED_MARGIN_MS, type PruneResult } from '../../../pipeline/cache/prune.js';
import { CACHE_LAYERS, VERSION_FILE } from '../../../pipeline/cache/index.js';
import { analyze } from '../../../pipeline/index.js';
import { TurnlensError } from '../../../pipeline/messages.js';
import { editThemes } from '../../../bench/edits.js';
import { DATA, writeFixtureCorpus } from '../parallel/fixtures.js';
import { useTmpDir, write } from '../../helpers/tmp.js';

const tmp = useTmpDir('turnlens-prune-');
let dir: string;
beforeEach(() => {
  dir = tmp();
});

const NOW = Date.UTC(2026, 0, 1);
const MIN = 60_000;

/** A file of `size` bytes at `rel`, last used `ageMs` before NOW. */
function file(rel: string, size: number, ageMs: number): void {
  const p = write(dir, rel, Buffer.alloc(size));
  const t = new Date(NOW - ageMs);
  fs.utimesSync(p, t, t);
}
const left = (): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

/** A PruneResult: entries and bytes left, entries and bytes removed, stale temporary files removed. */
const counts = (entries: number, bytes: number, removed: number, removedBytes: number, staleTmp: number): PruneResult => ({
  entries,
  bytes,
  removed,
  removedBytes,
  staleTmp,
});

describe('pruneCache', () => {
  interface Case {
    name: string;
    files: Array<[string, number, number]>;
    maxBytes: number;
    /** Minutes before NOW from which entries count as used by the run. */
    usedWithinMin: number;
    left: string[];
    result: PruneResult;
  }
  const cases: Case[] = [
    {
      name: 'removes nothing under the cap',
      files: [['tokens/aa/a.entry', 100, 60 * MIN], ['results/bb/b.entry', 50, 30 * MIN]],
      maxBytes: 150, usedWithinMin: 1,
      left: ['results/bb/b.entry', 'tokens/aa/a.entry'],
      result: counts(2, 150, 0, 0, 0),
    },
    {
      name: 'removes the least recently used first, across layers, until the rest fit',
      files: [
        ['tokens/aa/old.entry', 100, 90 * MIN],
        ['results/aa/older.entry', 10, 120 * MIN],
        ['results/cc/mid.entry', 100, 60 * MIN],
        ['tokens/dd/new.entry', 100, 30 * MIN],
      ],
      maxBytes: 200, usedWithinMin: 1,
      left: ['results/cc/mid.entry', 'tokens/dd/new.entry'],
      result: counts(2, 200, 2, 110, 0),
    },
    {
      name: 'breaks ties in last use by path',
      files: [['tokens/bb/b.entry', 100, 60 * MIN], ['tokens/aa/a.entry', 100, 60 * MIN]],
      maxBytes: 100, usedWithinMin: 1,
      left: ['tokens/bb/b.entry'],
      result: counts(1, 100, 1, 100, 0),
    },
    {
      name: 'never removes an entry the run used, even over the cap',
      files: [['tokens/aa/run.entry', 300, 2 * MIN], ['results/bb/run.entry', 300, 1 * MIN], ['results/cc/old.entry', 10, 60 * MIN]],
      maxBytes: 0, usedWithinMin: 5,
      left: ['results/bb/run.entry', 'tokens/aa/run.entry'],
      result: counts(2, 600, 1, 10, 0),
    },
    {
      name: 'removes stale temporary files, keeps fresh ones and everything that is not an entry',
      files: [
        ['tokens/aa/x.entry.1.0.tmp', 5, STALE_TMP_MS],
        ['tokens/aa/y.entry.1.1.tmp', 5, STALE_TMP_MS - MIN],
        [VERSION_FILE, 8, 600 * MIN],
        ['notes.txt', 4, 600 * MIN],
        ['results/aa/readme.md', 4, 600 * MIN],
      ],
      maxBytes: 0, usedWithinMin: 1,
      left: [VERSION_FILE, 'notes.txt', 'results/aa/readme.md', 'tokens/aa/y.entry.1.1.tmp'],
      result: counts(0, 0, 0, 0, 1),
    },
  ];
  it.each(cases)('$name', (c) => {
    for (const [rel, size, age] of c.files) file(rel, size, age);
    const r = pruneCache(dir, { maxBytes: c.maxBytes, usedSince: NOW - c.usedWithinMin * MIN, now: NOW });
    expect(r).toEqual(c.result);
    expect(left()).toEqual(c.left);
  });

  it('finds nothing in a folder that is not there', () => {
    expect(pruneCache(path.join(dir, 'none'), { maxBytes: 0, usedSince: NOW })).toEqual(counts(0, 0, 0, 0, 0));
  });
});

describe('analyze under a cache cap', () => {
  /** Every entry of the folder made to look last used an hour ago (runs are seconds apart in a test). */
  const age = (cacheDir: string): void => {
    const t = new Date(Date.now() - 60 * MIN);
    for (const e of fs.readdirSync(cacheDir, { recursive: true, withFileTypes: true })) {
      if (e.isFile() && e.name.endsWith('.entry')) fs.utimesSync(path.join(e.parentPath, e.name), t, t);
    }
  };
  const count = (cacheDir: string): Record<string, number> =>
    Object.fromEntries(CACHE_LAYERS.map((l) => [l, fs.existsSync(path.join(cacheDir, l)) ? fs.readdirSync(path.join(cacheDir, l), { recursive: true }).filter((n) => String(n).endsWith('.entry')).length : 0]));

  it.each([1, 2])('keeps the tokens behind a results hit, so the edit after an eviction re-tokenizes nothing (jobs %i)', async (jobs) => {
    const corpus = writeFixtureCorpus(1);
    try {
      const cacheDir = path.join(dir, 'cache');
      const themes = editThemes(path.join(DATA, 'themes.json'), path.join(dir, 'themes.json'));
      const run = async (extra: { themes?: string }) => {
        const stages: string[] = [];
        await analyze(corpus.files, { dataDir: DATA, jobs, cacheDir, cacheMaxBytes: 0, keepDocs: false, onStage: (s) => stages.push(s), ...extra });
        return stages;
      };
      const n = corpus.files.length;
      expect(await run({})).toContain('documents/sentences');
      // compromise's finds are kept for a document in which it read any window.
      const names = count(cacheDir).names;
      expect(names).toBeGreaterThan(0);
      // No charts: the report keeps those (reports/render/cache.ts), and analyze builds none.
      expect(count(cacheDir)).toEqual({ tokens: n, results: n, links: n, names, charts: 0 });
      // A warm run uses (touches) the results and the tokens behind them.
      age(cacheDir);
      expect(await run({})).not.toContain('documents/sentences');
      // The edit: the old results go, its own results and the tokens stay.
      age(cacheDir);
      const edited = await run({ themes });
      expect(edited).not.toContain('documents/sentences');
      expect(edited).toContain('cache prune');
      expect(count(cacheDir)).toEqual({ tokens: n, results: n, links: n, names, charts: 0 });
      // Back to the first themes: their results were removed, the tokens were not.
      age(cacheDir);
      const back = await run({});
      expect(back).not.toContain('documents/sentences');
      expect(back).toContain('documents/analyzers');
    } finally {
      fs.rmSync(corpus.dir, { recursive: true, force: true });
    }
  });

  it('keeps every entry within the margin of the run, whatever the cap', async () => {
    const corpus = writeFixtureCorpus(1);
    try {
      const cacheDir = path.join(dir, 'cache');
      await analyze(corpus.files, { dataDir: DATA, jobs: 1, cacheDir, keepDocs: false });
      const themes = editThemes(path.join(DATA, 'themes.json'), path.join(dir, 'themes.json'));
      // The first run's entries are less than USED_MARGIN_MS old: they count as used.
      await analyze(corpus.files, { dataDir: DATA, jobs: 1, cacheDir, cacheMaxBytes: 0, keepDocs: false, themes });
      expect(count(cacheDir).results).toBe(2 * corpus.files.length);
      expect(USED_MARGIN_MS).toBeGreaterThan(0);
    } finally {
      fs.rmSync(corpus.dir, { recursive: true, force: true });
    }
  });

  it.each([-1, Number.NaN])('refuses the cap %s before reading anything', async (cacheMaxBytes) => {
    const err = await analyze([path.join(dir, 'no-such-file.txt')], { dataDir: DATA, cacheDir: path.join(dir, 'cache'), cacheMaxBytes }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TurnlensError);
    expect((err as Error).message).toMatch(/^turnlens: cacheMaxBytes .*expected a number of bytes ≥ 0/);
  });
});
