/**
 * Text processing is linear: the sample compilation (≈9,000 lines) goes through clean → split →
 * turns in well under 100 ms once warm. The bound here is loose (a shared CI machine) but catches
 * any quadratic step, and a 10× longer document must take less than ~20× the time.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../../pipeline/clean/index.js';
import { split } from '../../../pipeline/split/index.js';
import { findTurns } from '../../../pipeline/turns/index.js';
import type { RawDoc } from '../../../pipeline/types.js';
import { COMPILATION, readRaw } from '../turns/sample.js';

function run(raw: RawDoc): number {
  const t0 = performance.now();
  const c = clean(raw);
  for (const s of split(c)) findTurns(s, c);
  return performance.now() - t0;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

describe('performance', () => {
  it('processes the sample compilation quickly and linearly', () => {
    const raw = readRaw(COMPILATION);
    run(raw); // warm up (loads the lexicon, compiles)
    const one = median([run(raw), run(raw), run(raw), run(raw), run(raw)]);
    expect(one).toBeLessThan(300);
    const big: RawDoc = { ...raw, text: Array(10).fill(raw.text).join('\n') };
    run(big);
    const ten = median([run(big), run(big), run(big)]);
    expect(ten).toBeLessThan(one * 20 + 50);
  });
  it('survives pathological lines without slowing down', () => {
    const line = `${'Aa '.repeat(20_000)}: ${'x, '.repeat(20_000)}`;
    const raw: RawDoc = { file: 'p.txt', encoding: 'UTF-8', text: `${line}\n\n${'Ab, '.repeat(50_000)}\n`, sha256: '' };
    expect(run(raw)).toBeLessThan(1000);
  });
});
