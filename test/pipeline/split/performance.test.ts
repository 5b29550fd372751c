/**
 * Text processing is linear. Bounds are ratios measured in the same process, never absolute times,
 * so a busy machine does not fail them: a 10× longer document must take well under 100× the time
 * (the bound allows 35× for garbage collection), and a pathological line no longer than ordinary
 * prose of the same size.
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
    const big: RawDoc = { ...raw, text: Array(10).fill(raw.text).join('\n') };
    run(big);
    const ten = median([run(big), run(big), run(big)]);
    expect(ten).toBeLessThan(one * 35 + 100);
  });
  it('survives pathological lines without slowing down', () => {
    const line = `${'Aa '.repeat(20_000)}: ${'x, '.repeat(20_000)}`;
    const text = `${line}\n\n${'Ab, '.repeat(50_000)}\n`;
    const hostile: RawDoc = { file: 'p.txt', encoding: 'UTF-8', text, sha256: '' };
    // Ordinary prose of the same length, wrapped like a transcript.
    const prose = 'The network is secure and we will keep investing in research. '.repeat(Math.ceil(text.length / 63));
    const ordinary: RawDoc = { ...hostile, text: prose.slice(0, text.length).replace(/(.{60}) /g, '$1\n') };
    run(hostile);
    run(ordinary);
    const slow = median([run(hostile), run(hostile), run(hostile)]);
    const base = median([run(ordinary), run(ordinary), run(ordinary)]);
    expect(slow).toBeLessThan(base * 5 + 20);
  });
});
