/**
 * Blank lines: a paragraph break survives as one empty line; a blank line inside a sentence is an
 * extraction artifact, as are the second and later blank lines of a run. "Inside a sentence": the text
 * after it goes on in lower case, or the line before it is unfinished and as long as the document's
 * wrapped lines (a short unfinished line is a headline or a heading, not a wrapped line).
 */
import { WHY, endsSentence, removeLine, type Work } from './work.js';

/** A line at least this share of the typical line length counts as wrapped. */
const WRAPPED_SHARE = 0.5;

/** Median length of the document's non-blank lines. */
function typicalLength(work: Work): number {
  const lengths = work.lines.filter((w) => !w.removed && w.text !== '').map((w) => w.text.length);
  if (lengths.length === 0) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)];
}

export function normaliseBlankLines(work: Work): void {
  const { lines } = work;
  const wrapped = WRAPPED_SHARE * typicalLength(work);
  let prevText: string | null = null;
  let run: number[] = [];
  const flush = (nextText: string | null): void => {
    if (run.length === 0) return;
    const edge = prevText === null || nextText === null;
    const afterHeadline = work.headline !== undefined && run[0] === work.headline + 1;
    const inside = !edge && !afterHeadline && ((!endsSentence(prevText!) && prevText!.length >= wrapped) || /^\p{Ll}/u.test(nextText!));
    run.forEach((i, k) => {
      if (edge) removeLine(work, lines[i], WHY.edgeBlank);
      else if (inside) removeLine(work, lines[i], WHY.blankInParagraph);
      else if (k > 0) removeLine(work, lines[i], WHY.doubledBlank);
    });
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const w = lines[i];
    if (w.removed) continue;
    if (w.text === '') {
      run.push(i);
      continue;
    }
    flush(w.text);
    prevText = w.text;
  }
  flush(null);
}
