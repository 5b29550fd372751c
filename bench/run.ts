/**
 * `npm run bench`: every figure of issue 5 in one run on the same input, printed and written to
 * bench/results.json.
 *
 *   node dist/bench/run.js [--quick] [--copies 1,10,100] [--sequential] [--no-scale-warm] [--no-one-file] [--rounds 5]
 *
 *   --quick        in-process figures and the sample end to end only (no synthetic corpus)
 *   --copies       sizes of the synthetic corpus to run, in copies of the sample (default 1,10,100)
 *   --sequential   also run the largest corpus with --jobs 1 (minutes of CPU)
 *   --no-scale-warm  skip re-running the largest corpus with its cache warm (the sample's warm runs
 *                  are always measured)
 *   --no-one-file  skip the largest size's copies of the longest sample file joined into one file
 *   --rounds       interleaved rounds per in-process figure (default 5)
 */
import fs from 'node:fs';
import os from 'node:os';
import { loadSample, type BenchSample } from './sample.js';
import { measureThroughput } from './throughput.js';
import { measureSentimentSpeed } from './sentiment.js';
import { measureEndToEnd } from './e2e.js';
import { measureScale } from './scale.js';
import { checkTargets, formatResults } from './report.js';
import { RESULTS_FILE, SAMPLE_DIR } from './paths.js';
import type { BenchResults } from './results.js';

interface Args {
  quick: boolean;
  copies: number[];
  sequential: boolean;
  scaleWarm: boolean;
  oneFile: boolean;
  rounds: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false, copies: [1, 10, 100], sequential: false, scaleWarm: true, oneFile: true, rounds: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--sequential') args.sequential = true;
    else if (a === '--scale-warm') args.scaleWarm = true;
    else if (a === '--no-scale-warm') args.scaleWarm = false;
    else if (a === '--no-one-file') args.oneFile = false;
    else if (a === '--copies') args.copies = (argv[++i] ?? '').split(',').map(Number).sort((x, y) => x - y);
    else if (a === '--rounds') args.rounds = Number(argv[++i]);
    else throw new Error(`bench: unknown argument ${JSON.stringify(a)}`);
  }
  if (args.copies.some((c) => !Number.isInteger(c) || c < 1) || !(args.rounds >= 1)) {
    throw new Error('bench: --copies takes whole numbers ≥ 1, --rounds a number ≥ 1');
  }
  return args;
}

function progress(what: string): void {
  process.stderr.write(`bench: ${what}…\n`);
}

async function accuracy(): Promise<BenchResults['accuracy']> {
  try {
    const { measureAccuracy } = await import('./accuracy.js');
    const a = await measureAccuracy();
    return { command: a.command, nyt: a.nyt, detail: a.detail };
  } catch (e) {
    process.stderr.write(`bench: sentiment eval unavailable (${(e as Error).message}); accuracy not reported\n`);
    return null;
  }
}

function inputOf(sample: BenchSample): BenchResults['input'] {
  return {
    files: sample.files.length,
    bytes: sample.bytes,
    interviews: sample.interviews,
    turns: sample.turnTexts.length,
    sentences: sample.sentenceTexts.length,
    tokens: sample.tokens,
    words: sample.words,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  progress('preparing the sample corpus');
  const sample = loadSample([SAMPLE_DIR]);
  progress('throughput: bare tokenizer, analysis, score, baseline');
  const throughput = measureThroughput(sample, args.rounds);
  progress('sentiment: turnlens vs VADER');
  const sentiment = measureSentimentSpeed(sample, args.rounds);
  progress('sentiment accuracy (the eval)');
  const acc = await accuracy();
  const errors: string[] = [];
  // A failing run is a finding, not a reason to lose the other figures: it is recorded and reported.
  const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | null> => {
    progress(what);
    try {
      return await fn();
    } catch (e) {
      errors.push(`${what}: ${(e as Error).message}`);
      process.stderr.write(`bench: ${what} failed: ${(e as Error).message}\n`);
      return null;
    }
  };
  const endToEnd = await attempt('end to end on the sample (spawned CLI)', () => measureEndToEnd());
  const scale = args.quick
    ? null
    : await attempt(`synthetic corpus: ${args.copies.join('×, ')}×`, () =>
        measureScale({ copies: args.copies, sequential: args.sequential, warm: args.scaleWarm, oneFile: args.oneFile }),
      );
  const cpus = os.cpus();
  const partial: Omit<BenchResults, 'targets'> = {
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: { cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform}-${process.arch}` },
    input: inputOf(sample),
    throughput,
    sentiment,
    accuracy: acc,
    endToEnd,
    scale,
    errors,
  };
  const results: BenchResults = { ...partial, targets: checkTargets({ ...partial, targets: [] }) };
  fs.writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(formatResults(results) + `\n\nwritten: ${RESULTS_FILE}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
