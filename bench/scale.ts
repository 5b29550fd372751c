/**
 * The scale benchmark: the CLI on 1×, 10× and 100× synthetic copies of the sample (bench/synth.ts),
 * each in a fresh output folder (cold cache), with all cores (default --jobs); optionally the largest
 * again with its cache warm, and with --jobs 1. Then the largest size's copies of the sample's longest
 * file joined into one file: one long compilation of interviews, which is read in parts, not whole
 * (pipeline/index.ts: processDocumentParts).
 * Scaling is wall(100×) ÷ wall(1×); memory is the peak RSS of each run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listInputs } from '../pipeline/ingest/index.js';
import { runCli, type CliRun, type StageTiming } from './spawn.js';
import { CLI, ROOT, SAMPLE_DIR } from './paths.js';
import { writeSyntheticCorpus } from './synth.js';

export interface ScaleRun {
  copies: number;
  files: number;
  mib: number;
  wallMs: number;
  cpuMs: number | null;
  peakRssMiB: number | null;
  cache: string | null;
  stages: StageTiming[];
}

export interface ScaleResult {
  corpusDir: string;
  seed: number;
  runs: ScaleRun[];
  warm: ScaleRun | null;
  sequential: ScaleRun | null;
  /** The largest size's copies of the longest sample file, as one file (cold). */
  oneFile: ScaleRun | null;
  /** wall(largest) ÷ wall(1×). */
  scaling: number;
}

export interface ScaleOptions {
  copies: number[];
  seed?: number;
  /** Also run the largest corpus with --jobs 1, to show what the second core buys. */
  sequential?: boolean;
  warm?: boolean;
  /** Also run the copies of the longest sample file joined into one file (default true). */
  oneFile?: boolean;
}

export async function measureScale({ copies, seed = 42, sequential = false, warm = false, oneFile = true }: ScaleOptions): Promise<ScaleResult> {
  const max = Math.max(...copies);
  const corpusDir = path.join(os.tmpdir(), `turnlens-bench-synthetic-${max}x`);
  const corpus = writeSyntheticCorpus(listInputs([SAMPLE_DIR]), max, corpusDir, seed);
  const perCopy = corpus.files.length / max;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-bench-scale-'));
  try {
    const run = async (n: number, label: string, extra: string[] = [], files = corpus.files.slice(0, n * perCopy)): Promise<ScaleRun> => {
      const r: CliRun = await runCli({
        cli: CLI,
        args: ['analyze', ...files, '--out', path.join(work, label, 'out'), ...extra],
        cwd: ROOT,
      });
      if (r.status !== 0) throw new Error(`bench: ${n}× run exited ${r.status}:\n${r.stderr.slice(-4000)}`);
      const bytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);
      return {
        copies: n,
        files: files.length,
        mib: Math.round((bytes / 2 ** 20) * 10) / 10,
        wallMs: r.wallMs,
        cpuMs: r.cpuMs,
        peakRssMiB: r.peakRssMiB,
        cache: r.cache,
        stages: r.stages,
      };
    };
    const runs: ScaleRun[] = [];
    for (const n of copies) runs.push(await run(n, `${n}x`));
    const largest = runs[runs.length - 1];
    return {
      corpusDir,
      seed,
      runs,
      // Same output folder as the cold run of the largest size, so its cache is there.
      warm: warm ? await run(max, `${max}x`) : null,
      sequential: sequential ? await run(max, `${max}x-seq`, ['--jobs', '1', '--no-cache']) : null,
      oneFile: oneFile ? await run(max, `${max}x-one-file`, [], [joinCopies(corpus.files, perCopy, max, work)]) : null,
      scaling: Math.round((largest.wallMs / runs[0].wallMs) * 10) / 10,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The copies of the longest sample file (by size), joined by a blank line into one file in `dir`. */
export function joinCopies(files: readonly string[], perCopy: number, copies: number, dir: string): string {
  const sizes = files.slice(0, perCopy).map((f) => fs.statSync(f).size);
  const longest = sizes.indexOf(Math.max(...sizes));
  const joined = path.join(dir, `one-file-${copies}x.txt`);
  fs.writeFileSync(joined, '');
  for (let c = 0; c < copies; c++) {
    fs.appendFileSync(joined, fs.readFileSync(files[c * perCopy + longest]));
    fs.appendFileSync(joined, '\n\n');
  }
  return joined;
}
