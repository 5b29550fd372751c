/** pipeline/cache/version-mark.ts: another code version's entries are removed, nothing else is. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CACHE_LAYERS, CacheStore, codeVersion, dropOtherVersions, VERSION_FILE } from '../../../pipeline/cache/index.js';
import { DATA, runDocuments, writeFixtureCorpus } from '../parallel/fixtures.js';
import { useTmpDir } from '../../helpers/tmp.js';

const tmp = useTmpDir('turnlens-version-mark-');
let dir: string;
beforeEach(() => {
  dir = tmp();
});

/** An entry in every layer, and a file of the user's own beside them. */
function fill(): void {
  const store = new CacheStore(dir);
  for (const layer of CACHE_LAYERS) expect(store.write(layer, 'ab'.repeat(32), { n: 1 })).toBe(true);
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
}
const layersLeft = (): string[] => CACHE_LAYERS.filter((l) => fs.existsSync(path.join(dir, l)));
const mark = (): string => fs.readFileSync(path.join(dir, VERSION_FILE), 'utf8');

describe('dropOtherVersions', () => {
  const cases: Array<{ name: string; written: string | null; dropped: boolean }> = [
    { name: 'keeps the entries of the same version', written: 'v1\n', dropped: false },
    { name: 'removes the entries of another version', written: 'v0\n', dropped: true },
    { name: 'removes entries made before the folder named its version', written: null, dropped: true },
  ];
  it.each(cases)('$name', ({ written, dropped }) => {
    fill();
    if (written !== null) fs.writeFileSync(path.join(dir, VERSION_FILE), written);
    expect(dropOtherVersions(dir, 'v1')).toBe(dropped);
    expect(layersLeft()).toEqual(dropped ? [] : [...CACHE_LAYERS]);
    expect(mark()).toBe('v1\n');
    // Only the layer folders go.
    expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('makes a folder that is not there yet, named for the version', () => {
    const fresh = path.join(dir, 'not-yet');
    expect(dropOtherVersions(fresh, 'v1')).toBe(true);
    expect(fs.readFileSync(path.join(fresh, VERSION_FILE), 'utf8')).toBe('v1\n');
  });
});

describe('a run on a cache folder', () => {
  it('names the folder for its version, reuses its entries, and starts afresh after another version', async () => {
    const corpus = writeFixtureCorpus(1);
    try {
      const cacheDir = path.join(dir, 'cache');
      const run = async () => (await runDocuments(corpus.files, { dataDir: DATA, jobs: 1, cacheDir })).outcomes;
      const all = (o: string) => corpus.files.map(() => o);
      expect(await run()).toEqual(all('miss'));
      expect(fs.readFileSync(path.join(cacheDir, VERSION_FILE), 'utf8')).toBe(`${codeVersion()}\n`);
      expect(await run()).toEqual(all('results'));
      // As if another version had written the folder last: its entries are removed before any is read.
      fs.writeFileSync(path.join(cacheDir, VERSION_FILE), 'another version\n');
      expect(await run()).toEqual(all('miss'));
      expect(await run()).toEqual(all('results'));
    } finally {
      fs.rmSync(corpus.dir, { recursive: true, force: true });
    }
  });
});
