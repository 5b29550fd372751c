/**
 * Leading whitespace: in PDF extractions the first line of every page starts with a space. The space
 * is dropped (and logged); the line is remembered as a page break, which marks where a new session
 * may start.
 */
import { WHY, type Work } from './work.js';

export function stripLeadingSpace(work: Work, source: readonly string[]): void {
  for (const w of work.lines) {
    if (!w.leadingSpace) continue;
    const raw = source[w.line - 1];
    const what = raw.slice(0, raw.length - raw.trimStart().length);
    work.removed.push({ file: work.file, line: w.line, what, why: WHY.leadingSpace });
    work.markers.push({ line: w.line, kind: 'page-break', text: '' });
  }
}
