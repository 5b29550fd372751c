/**
 * Regenerates golden files from fixtures: `npm run golden:update`, then review with `git diff`.
 * Each producer maps a fixture folder to a golden folder; add yours to GOLDEN_PRODUCERS.
 * Golden tests compare produce(fixture) with the stored file byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transcriptGolden } from './pipeline/turns/golden.js';
import { produceChartGoldens } from './reports/golden.js';

export interface GoldenProducer {
  /** Fixture folder, relative to test/. */
  fixtures: string;
  /** Golden folder, relative to test/. */
  golden: string;
  /** Which fixture files this producer reads (by extension). */
  extensions: string[];
  /** Golden file name for a fixture file name. */
  goldenName: (fixture: string) => string;
  /** The golden text for one fixture file (absolute path). */
  produce: (fixturePath: string) => string | Promise<string>;
}

export const TEST_DIR = path.dirname(fileURLToPath(import.meta.url));

export const GOLDEN_PRODUCERS: GoldenProducer[] = [
  {
    fixtures: 'fixtures/transcripts',
    golden: 'golden/transcripts',
    extensions: ['.txt', '.md'],
    goldenName: (f) => `${path.basename(f, path.extname(f))}.json`,
    produce: transcriptGolden,
  },
];

/**
 * Producers that make several golden files from one fixture (e.g. every chart spec from one Tables
 * fixture): golden folder (relative to test/) and file name → text.
 */
export interface GoldenSet {
  golden: string;
  produce: () => Promise<Map<string, string>>;
}

export const GOLDEN_SETS: GoldenSet[] = [{ golden: 'golden/charts', produce: produceChartGoldens }];

/** Fixture files of a producer, sorted for a deterministic order. */
export function fixtureFiles(p: GoldenProducer): string[] {
  const dir = path.join(TEST_DIR, p.fixtures);
  return fs
    .readdirSync(dir)
    .filter((f) => p.extensions.includes(path.extname(f)))
    .sort();
}

async function main(): Promise<void> {
  for (const p of GOLDEN_PRODUCERS) {
    const outDir = path.join(TEST_DIR, p.golden);
    fs.mkdirSync(outDir, { recursive: true });
    for (const f of fixtureFiles(p)) {
      const text = await p.produce(path.join(TEST_DIR, p.fixtures, f));
      const out = path.join(outDir, p.goldenName(f));
      const old = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : null;
      if (old !== text) fs.writeFileSync(out, text);
      process.stdout.write(`${old === text ? 'unchanged' : old === null ? 'created  ' : 'updated  '} ${path.relative(TEST_DIR, out)}\n`);
    }
  }
  for (const set of GOLDEN_SETS) {
    const outDir = path.join(TEST_DIR, set.golden);
    fs.mkdirSync(outDir, { recursive: true });
    for (const [name, text] of await set.produce()) {
      const out = path.join(outDir, name);
      const old = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : null;
      if (old !== text) fs.writeFileSync(out, text);
      process.stdout.write(`${old === text ? 'unchanged' : old === null ? 'created  ' : 'updated  '} ${path.relative(TEST_DIR, out)}\n`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
