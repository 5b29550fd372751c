/**
 * Where a turn's text is cut before wink reads it, so that reading stays linear in the text's length.
 *
 * wink's tokenizer first splits text at whitespace, then takes each whitespace-free run apart with
 * regular expressions that re-read (and re-slice) the rest of the run for every token split off. A
 * run of L characters therefore costs O(L²): "A.A.A.…", "a-a-a-…", "''''…", "?!?!…", one endless
 * word (a line-end hyphen joined to the next line, over and over) — 32k characters took seconds.
 *
 * Cap: no run wink reads is longer than MAX_RUN characters. Words, numbers, e-mail addresses and
 * URLs in transcripts are far shorter, so text without such a run is read in one piece, exactly as
 * before. A longer run is cut after its last punctuation mark in the second half of the window
 * (so "A.A.A.…" is cut between initials), else at MAX_RUN (never inside a surrogate pair), and the
 * text is read in pieces ending at those cuts. Each cut is a token (and wink sentence) boundary that
 * only such runs ever get. Searching back only over the window's second half keeps every cut at
 * least MAX_RUN/2 past the previous one, so finding the cuts is linear too.
 */

/** Longest whitespace-free run handed to wink, in UTF-16 code units. */
export const MAX_RUN = 512;

/** The characters wink's tokenizer splits at (its `splitter`: spaces, no-break spaces, tab, CR, LF). */
function isWinkSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 ||
    (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f
  );
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Punctuation or a symbol: not part of a word. Surrogate halves count as word characters (never cut between them). */
function isPunctuation(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return !WORD_CHAR.test(String.fromCharCode(c));
}

/** Where to cut the run that starts at `runStart` and would grow past MAX_RUN at `i`: an offset in (runStart, i]. */
function cutPoint(text: string, runStart: number, i: number, maxRun: number): number {
  for (let k = i; k > runStart + (maxRun >> 1); k--) if (isPunctuation(text.charCodeAt(k - 1))) return k;
  const c = text.charCodeAt(i - 1);
  return c >= 0xd800 && c <= 0xdbff && i - 1 > runStart ? i - 1 : i;
}

/**
 * Offsets at which `text` is cut into pieces for wink, ascending; empty when no whitespace-free run
 * is longer than `maxRun` (the text is read whole).
 */
export function runCuts(text: string, maxRun: number = MAX_RUN): number[] {
  const cuts: number[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (isWinkSpace(text.charCodeAt(i))) runStart = i + 1;
    else if (i + 1 - runStart > maxRun) {
      runStart = cutPoint(text, runStart, i, maxRun);
      cuts.push(runStart);
    }
  }
  return cuts;
}
