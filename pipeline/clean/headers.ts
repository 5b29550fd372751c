/**
 * Running page headers: a title-like line standing alone between blank lines that either repeats
 * elsewhere in the document or follows a page number. Sessions of a compilation are told apart by
 * these, so each is kept as a marker with its text.
 */
import { parseLabel } from '../turns/labels.js';
import { WHY, removeLine, type Work, type WorkLine } from './work.js';

const MAX_HEADER_CHARS = 120;

export const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?$/i;

/** Mostly capitalised, several words, no sentence punctuation at the end: "Ren Zhengfei's Interview with …". */
export function isTitleLike(text: string): boolean {
  if (text.length < 8 || text.length > MAX_HEADER_CHARS) return false;
  const first = text.charCodeAt(0);
  if (first >= 97 && first <= 122) return false; // a lower-case start is never a title; cheap early exit
  if (/[.?!,;:]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 3) return false;
  const content = words.filter((w) => /^\p{L}{4,}/u.test(w));
  const capital = content.filter((w) => /^\p{Lu}/u.test(w));
  return content.length > 0 && capital.length * 2 >= content.length;
}

function isolated(lines: readonly WorkLine[], i: number): boolean {
  const prev = lines[i - 1];
  const next = lines[i + 1];
  const prevOk = !prev || prev.text === '' || PAGE_NUMBER.test(prev.text);
  const nextOk = !next || next.text === '';
  return prevOk && nextOk;
}

/** The nearest non-blank line before i is a page number (possibly after blank lines). */
function afterPageNumber(lines: readonly WorkLine[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (lines[k].text === '') continue;
    return PAGE_NUMBER.test(lines[k].text);
  }
  return false;
}

export function removeRunningHeaders(work: Work): void {
  const { lines } = work;
  const candidates: number[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (!t || !isolated(lines, i) || !isTitleLike(t) || parseLabel([t], 0) !== null) continue;
    candidates.push(i);
    seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  for (const i of candidates) {
    const w = lines[i];
    if ((seen.get(w.text) ?? 0) < 2 && !afterPageNumber(lines, i)) continue;
    work.markers.push({ line: w.line, kind: 'running-header', text: w.text });
    removeLine(work, w, WHY.runningHeader);
  }
}
