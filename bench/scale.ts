/**
 * The scale benchmark: the CLI on 1×, 10× and 100× synthetic copies of the sample (bench/synth.ts),
 * each in a fresh output folder (cold cache), with all cores (default --jobs); optionally the largest
 * again with its cache warm, and with --jobs 1.
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
  /** wall(largest) ÷ wall(1×). */
  scaling: number;
}

export interface ScaleOptions {
  copies: number[];
  seed?: number;
  /** Also run the largest corpus with --jobs 1, to show what the second core buys. */
  sequential?: boolean;
  warm?: boolean;
}

export async function measureScale({ copies, seed = 42, sequential = false, warm = false }: ScaleOptions): Promise<ScaleResult> {
  const max = Math.max(...copies);
  const corpusDir = path.join(os.tmpdir(), `turnlens-bench-synthetic-${max}x`);
  const corpus = writeSyntheticCorpus(listInputs([SAMPLE_DIR]), max, corpusDir, seed);
  const perCopy = corpus.files.length / max;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-bench-scale-'));
  try {
    const run = async (n: number, label: string, extra: string[] = []): Promise<ScaleRun> => {
      const files = corpus.files.slice(0, n * perCopy);
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
      scaling: Math.round((largest.wallMs / runs[0].wallMs) * 10) / 10,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
