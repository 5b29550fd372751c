import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA, runDocuments, writeFixtureCorpus } from '../parallel/fixtures.js';
import { editEntities, editThemes } from '../../../bench/edits.js';

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
