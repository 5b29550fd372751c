import { describe, expect, it } from 'vitest';
import { checkTargets, formatResults } from '../../bench/report.js';
import type { BenchResults } from '../../bench/results.js';
import type { Rate } from '../../bench/throughput.js';
import type { ScaleRun } from '../../bench/scale.js';

/** A rate of `cpuMs` CPU time, against a bare tokenizer taking 100 ms. */
const rate = (cpuMs: number): Rate => ({ cpuMs, wallMs: cpuMs, tokensPerSec: 1, wordsPerSec: 1, ofTokenizer: 100 / cpuMs });
const perSec = (sentencesPerSec: number) => ({ cpuMs: 1, wallMs: 1, sentencesPerSec });

function results(analysisMs: number, turnlensPerSec: number): BenchResults {
  return {
    command: 'npm run bench -- --quick',
    machine: { cpus: 2, cpuModel: 'test', node: 'v20', platform: 'linux-x64' },
    input: { files: 1, bytes: 1, interviews: 1, turns: 1, sentences: 1, tokens: 1, words: 1 },
    throughput: {
      rounds: 1,
      bareTokenizer: rate(100),
      winkPipe: rate(180),
      winkPipeNoPos: rate(130),
      sentences: rate(250),
      analyzersOnly: rate(300),
      analysis: rate(analysisMs),
      score: rate(800),
      baseline: rate(9000),
      perAnalyzerMs: { sentiment: 1 },
    },
    sentiment: {
      sentences: 10,
      turnlens: perSec(turnlensPerSec),
      turnlensPipeline: perSec(20_000),
      turnlensAnalyzerOnly: perSec(90_000),
      vader: perSec(5_000),
      bareTokenizer: perSec(70_000),
      speedup: turnlensPerSec / 5_000,
      tokenizerSpeedup: 14,
    },
    accuracy: null,
    endToEnd: null,
    scale: null,
    errors: [],
    targets: [],
  };
}

describe('checkTargets', () => {
  const cases: Array<{ name: string; analysisMs: number; perSec: number; throughputMet: boolean; vaderMet: boolean }> = [
    { name: 'both short', analysisMs: 550, perSec: 25_000, throughputMet: false, vaderMet: false },
    { name: 'both met', analysisMs: 240, perSec: 60_000, throughputMet: true, vaderMet: true },
    { name: 'exactly at the limits', analysisMs: 250, perSec: 50_000, throughputMet: true, vaderMet: true },
  ];
  it.each(cases)('$name', ({ analysisMs, perSec: s, throughputMet, vaderMet }) => {
    const [throughput, vader] = checkTargets(results(analysisMs, s));
    expect(throughput.met).toBe(throughputMet);
    expect(vader.met).toBe(vaderMet);
  });

  it("puts the stack's own ceilings beside the speed targets", () => {
    const [throughput, vader] = checkTargets(results(550, 25_000));
    expect(throughput.value).toContain("wink's own pipe with POS, nothing else: 55.6%; without POS: 76.9%");
    expect(vader.value).toContain("the pipeline's sentence stage + analyzer: 4×; wink's bare tokenizer per sentence, nothing else: 14×");
    const printed = formatResults({ ...results(550, 25_000), targets: checkTargets(results(550, 25_000)) });
    expect(printed).toContain('wink pipe (sbd, negation, POS; no reads)');
    expect(printed).toMatch(/wink pipe without POS \(sbd, negation; no reads\) +130 .* 76\.9%/);
    expect(printed).toContain("wink's bare tokenizer alone 70,000/s → 14×");
  });
});

describe('the scale figures', () => {
  const run = (copies: number, peakRssMiB: number): ScaleRun => ({
    copies, files: copies * 2, mib: copies * 0.3, wallMs: copies * 500, cpuMs: copies * 800, peakRssMiB, cache: null, stages: [],
  });
  const withScale = (oneFile: ScaleRun | null, warm: ScaleRun | null = null): BenchResults => ({
    ...results(550, 25_000),
    scale: { corpusDir: '/tmp/x', seed: 42, runs: [run(1, 270), run(100, 1000)], warm, sequential: null, oneFile, scaling: 100 * 0.3 },
  });
  const rssTarget = (r: BenchResults) => checkTargets(r).find((t) => t.target === 'peak RSS ≤ 1.5 GiB')!;

  const cases: Array<{ name: string; oneFile: ScaleRun | null; warm?: ScaleRun; met: boolean; shows: string }> = [
    { name: 'without the one-file run', oneFile: null, met: true, shows: '1×: 270 MiB, 100×: 1000 MiB' },
    { name: 'with it, under the limit', oneFile: run(100, 1400), met: true, shows: '100× as one file: 1400 MiB' },
    { name: 'with it over the limit, the other runs under it', oneFile: run(100, 1600), met: false, shows: '100× as one file: 1600 MiB' },
    { name: 'with the warm run under the limit', oneFile: run(100, 1400), warm: run(100, 900), met: true, shows: '100×: 1000 MiB, 100× warm: 900 MiB, 100× as one file' },
    { name: 'with the warm run over the limit, the others under it', oneFile: null, warm: run(100, 1700), met: false, shows: '100× warm: 1700 MiB' },
  ];
  it.each(cases)('judges peak RSS over every run: $name', ({ oneFile, warm, met, shows }) => {
    const t = rssTarget(withScale(oneFile, warm));
    expect(t.met).toBe(met);
    expect(t.value).toContain(shows);
  });

  it('prints the one-file run as a row of the scale table', () => {
    const r = withScale(run(100, 1400));
    const printed = formatResults({ ...r, targets: checkTargets(r) });
    expect(printed).toMatch(/\n {2}100× one file +200 files +30\.0 MiB +50000 ms wall/);
    expect(formatResults({ ...withScale(null), targets: [] })).not.toContain('one file');
  });
});
