/**
 * What kind of document a text is (clean/kind.ts): the outcomes, and that the label scan, the costly
 * part, runs only where its answer can matter (a text with attributed quotes).
 */
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../pipeline/clean/kind.js';
import { scanLabels } from '../../../pipeline/turns/label-scan.js';
import type { CleanLine, CleanMarker, DocKind } from '../../../pipeline/types.js';

const lines = (text: string): CleanLine[] => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
const header = (line: number, text: string): CleanMarker => ({ line, kind: 'running-header', text });

describe('detectKind', () => {
  const cases: Array<[string, string, CleanMarker[], DocKind]> = [
    ['labelled turns', 'Q: Do you trust them?\n\nA: Yes, we do.\n\nQ: Why?\n\nA: They pay.', [], 'transcript'],
    ['attributed quotes, no labels', 'The company grew.\n\n“We will survive,” he said.\n\nSales rose.', [], 'article'],
    ['"said NAME" quotes, no labels', 'Profits fell.\n\n"Nobody can stop us," said Ren.', [], 'article'],
    ['two running-header titles', 'Interview one\n\nQ: Hi.\n\nInterview two\n\nQ: Hi.', [header(1, 'Interview one'), header(5, 'Interview two')], 'compilation'],
    // False positives: what must not make an article.
    ['labels and attributed quotes', 'Q: What did he say?\n\nA: “We will survive,” he said.\n\nQ: And then?\n\nA: Nothing.', [], 'transcript'],
    ['prose without quotes or labels', 'The network is secure.\n\nWe trust our customers.', [], 'transcript'],
    ['an unattributed quote', 'He wrote “we will survive” on the wall.', [], 'transcript'],
    ['one running-header title', 'Interview one\n\nQ: Hi.', [header(1, 'Interview one')], 'transcript'],
  ];
  it.each(cases)('%s', (_name, text, markers, kind) => {
    expect(detectKind(lines(text), markers)).toBe(kind);
  });

  it('reads a transcript without quotes in a fraction of the label scan', () => {
    // 60,000 labelled lines: without quotes, the label scan cannot change the answer and is skipped.
    const doc = lines('Q: Do you trust them?\nA: Yes, we do.\n'.repeat(30_000));
    const time = (f: () => unknown): number => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    };
    const median = (f: () => unknown): number => [time(f), time(f), time(f)].sort((a, b) => a - b)[1];
    expect(detectKind(doc, [])).toBe('transcript');
    const kind = median(() => detectKind(doc, []));
    const scan = median(() => scanLabels(doc));
    expect(kind, `detectKind ${kind.toFixed(0)} ms, scanLabels ${scan.toFixed(0)} ms`).toBeLessThan(scan / 4);
  }, 120_000);
});
