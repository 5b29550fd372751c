/**
 * Where one turn too long to hold tokenized at once is cut into slices (batches.ts, pieceTurns). A
 * turn's tokens take about 70 bytes a character while it is read: a 50 MB monologue on one line held
 * 3.2 GB. Each slice is read on its own, so a cut is a sentence boundary; it is put where the text
 * already ends a sentence, so the slices read as the whole turn does:
 *
 *   1. after a word of two or more lower-case letters or digits and its ".", "!" or "?" (closing
 *      quotes or brackets allowed), before white space and a capital letter; not after the
 *      abbreviations that announce a name or number (boundaries.ts, NEVER_FINAL);
 *   2. else (no such place) after white space: a sentence is cut in two;
 *   3. else (no white space: Chinese, Japanese) after "。", "！", "？" or "."; else at the window's end,
 *      never inside a surrogate pair.
 *
 * Each cut is searched for only in the back half of its window, so every slice is at least half the
 * window long and finding the cuts is linear in the text.
 */
import { NEVER_FINAL } from './boundaries.js';

const WHITE = /\s/u;
const UPPER = /\p{Lu}/u;
/** A sentence's last word: letters or digits, the last two lower case or digits, then its end mark. */
const FINAL_WORD = /(?:^|[^\p{L}\p{N}.])([\p{L}\p{N}'’-]*[\p{Ll}\p{N}]{2})([.!?]+)["'”’)\]]*$/u;
const CJK_END = /[。！？.!?]/u;

/** The text just before offset `p` (a whitespace run's end), its last whitespace-free run. */
function runBefore(text: string, p: number): string {
  let i = p;
  while (i > 0 && WHITE.test(text[i - 1])) i--;
  let j = i;
  while (j > 0 && !WHITE.test(text[j - 1]) && i - j < 64) j--;
  return text.slice(j, i);
}

/** Whether a sentence ends right before the white space that ends at `p`, and a new one starts at `p`. */
function sentenceStartsAt(text: string, p: number): boolean {
  if (!UPPER.test(text[p] ?? '') || !WHITE.test(text[p - 1] ?? '')) return false;
  const m = FINAL_WORD.exec(runBefore(text, p));
  return m !== null && !(m[2] === '.' && NEVER_FINAL.has(`${m[1].toLowerCase()}.`));
}

/** The cut in the window [from, to) of `text`: an offset in (from + half the window, to]. */
function cutIn(text: string, from: number, to: number): number {
  const low = from + ((to - from) >> 1);
  for (let p = to; p > low; p--) if (sentenceStartsAt(text, p)) return p;
  for (let p = to; p > low; p--) if (WHITE.test(text[p - 1]) && !WHITE.test(text[p])) return p;
  for (let p = to; p > low; p--) if (CJK_END.test(text[p - 1])) return p;
  const c = text.charCodeAt(to - 1);
  return c >= 0xd800 && c <= 0xdbff ? to - 1 : to;
}

/**
 * Offsets at which a turn's `text` is cut into slices of at most `maxChars` characters, ascending;
 * empty when the text is no longer than that (it is read whole).
 */
export function sliceCuts(text: string, maxChars: number): number[] {
  const cuts: number[] = [];
  for (let from = 0; text.length - from > maxChars; ) {
    from = cutIn(text, from, from + maxChars);
    cuts.push(from);
  }
  return cuts;
}
