/**
 * Where a compilation's first session starts: the page on which its first speaker label stands
 * (or the label's own line when no page break precedes it). Brand pages before it belong to no
 * interview.
 */
import type { CleanLine } from '../types.js';
import { scanLabels } from '../turns/label-scan.js';
import type { Work } from './work.js';

/** Index into `work.lines` of the first session's first line (0 when there is no label at all). */
export function firstSessionStart(work: Work, known: Iterable<string>): number {
  const live: number[] = [];
  const lines: CleanLine[] = [];
  work.lines.forEach((w, i) => {
    if (w.removed) return;
    live.push(i);
    lines.push({ line: w.line, text: w.text });
  });
  const first = scanLabels(lines, { known })[0];
  if (!first) return 0;
  const labelAt = live[first.index];
  for (let i = labelAt; i >= 0; i--) {
    const w = work.lines[i];
    if (w.removed) continue;
    if (w.leadingSpace) return i;
    if (i < labelAt && w.text === '') return i + 1; // a paragraph break before the label, no page break
  }
  return labelAt;
}
