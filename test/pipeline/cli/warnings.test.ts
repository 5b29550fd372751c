import { describe, expect, it } from 'vitest';
import { SHOWN_WARNINGS, warningPrinter } from '../../../pipeline/cli/warnings.js';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `turnlens: warning: w${i}`);

function print(n: number, report: string | null, shown = SHOWN_WARNINGS): string[] {
  const out: string[] = [];
  const p = warningPrinter((l) => out.push(l), shown);
  for (const l of lines(n)) p.line(l);
  p.finish(report);
  p.finish(report); // a second finish says nothing more
  return out;
}

describe('warningPrinter', () => {
  it.each([
    [0, []],
    [1, lines(1)],
    [SHOWN_WARNINGS, lines(SHOWN_WARNINGS)],
  ])('prints all of %i warnings, and no count', (n, expected) => {
    expect(print(n, 'out/report.html')).toEqual(expected);
  });

  it.each([
    [SHOWN_WARNINGS + 1, '1 more warning not shown'],
    [700, `${700 - SHOWN_WARNINGS} more warnings not shown`],
  ])('of %i warnings prints the first ones, in order, then how many were left out and where all of them are', (n, count) => {
    const out = print(n, 'out/report.html');
    expect(out.slice(0, -1)).toEqual(lines(SHOWN_WARNINGS));
    expect(out.at(-1)).toBe(`turnlens: warning: ${count}; every warning is listed in "out/report.html" (Methods, Warnings)`);
  });

  it('after a failed run, with no report, gives the count alone', () => {
    expect(print(3, null, 2).at(-1)).toBe('turnlens: warning: 1 more warning not shown');
  });
});
