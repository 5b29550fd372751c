/**
 * The cleaner's working copy of a document: one entry per source line, marked rather than spliced so
 * line numbers never shift and every removal can be logged against the line it came from.
 */
import type { CleanMarker, Removal } from '../types.js';
import { oneByteLines } from '../one-byte.js';

export interface WorkLine {
  /** 1-based source line. */
  line: number;
  /** Current text, trimmed of layout whitespace. */
  text: string;
  /** The source line had trailing whitespace (a wrapped line in PDF extractions). */
  trailingSpace: boolean;
  /** The source line started with whitespace (in PDF extractions: the first line of a page). */
  leadingSpace: boolean;
  removed: boolean;
  glue?: boolean;
}

export interface Work {
  file: string;
  lines: WorkLine[];
  removed: Removal[];
  markers: CleanMarker[];
  /** Index of a headline-like first line standing alone: the blank after it is a real break. */
  headline?: number;
}

/** Removal reasons: a fixed vocabulary, the `why` column of removed.csv. */
export const WHY = {
  pageNumber: 'page number',
  questionNumber: 'question number',
  runningHeader: 'running header',
  leadingSpace: 'leading space after page break',
  blankInParagraph: 'blank line inside paragraph',
  doubledBlank: 'doubled blank line',
  edgeBlank: 'blank line at start or end',
  frontMatter: 'front matter',
  title: 'title',
  siteNavigation: 'site navigation',
  hyphen: 'hyphen at line break',
} as const;

export function removeLine(work: Work, w: WorkLine, why: string): void {
  if (w.removed) return;
  w.removed = true;
  work.removed.push({ file: work.file, line: w.line, what: w.text, why });
}

export function toWork(file: string, text: string): Work {
  const lines: WorkLine[] = oneByteLines(text).map((raw, i) => ({
    line: i + 1,
    text: raw.trim(),
    trailingSpace: /[ \t\u00A0]$/.test(raw),
    leadingSpace: /^[ \t\u00A0]+\S/.test(raw),
    removed: false,
  }));
  // A final newline does not make an extra empty line.
  if (lines.length > 1 && lines[lines.length - 1].text === '' && text.endsWith('\n')) lines.pop();
  return { file, lines, removed: [], markers: [] };
}

/** Indexes of lines still present, in order. */
export function liveIndexes(work: Work): number[] {
  const out: number[] = [];
  for (let i = 0; i < work.lines.length; i++) if (!work.lines[i].removed) out.push(i);
  return out;
}

/** A sentence or clause is complete at the end of this text. */
export function endsSentence(text: string): boolean {
  return /[.?!…:"”’)\]]$/u.test(text);
}
