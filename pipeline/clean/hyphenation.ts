/**
 * Words hyphenated across a line break. The hyphen is kept for compounds ("self-\nreliance") and
 * dropped for a word split by typesetting ("con-\ntinue" → "continue"), decided by evidence in order:
 * the document itself (either form written elsewhere on one line), the dictionary's hyphenated entries,
 * two real words on both sides, and finally the joined word being a dictionary word.
 * A suspended compound ("middle-" ⏎ "to high-end") is not a line-break hyphen. It is told by the words
 * alone, not by a space after the hyphen: cleaned lines lose their trailing spaces, and cleaning the
 * cleaned text must decide the same way.
 */
import { WHY, type Work } from './work.js';

export type IsWord = (lowerCaseWord: string) => boolean;

const HYPHEN = 0x2d;
const HYPHEN_END = /(\p{L}+)-$/u;
const WORD_START = /^(\p{Ll}[\p{L}\p{M}]*)/u;
/** "China-" ⏎ "US trade war": a compound whose second part is a name or a number keeps its hyphen. */
const CAPITAL_START = /^[\p{Lu}\p{N}]/u;
const MIN_PART = 3;
/** The word after a suspended hyphen: "short- and long-term", "middle- to high-end", "pre- or post-war". */
const SUSPENDED_BY = /^(and|or|nor|to)\s+\S/u;

/** Lower-cased words and hyphenated compounds written on one line anywhere in the document. */
function documentForms(work: Work): Set<string> {
  const forms = new Set<string>();
  for (const w of work.lines) {
    if (w.removed || w.text === '') continue;
    // Latin letters only (no \p{…} classes) and split rather than match: this runs over every line.
    for (const token of w.text.toLowerCase().split(/[^a-z\u00c0-\u024f-]+/)) {
      if (!token) continue;
      const edgeHyphen = token.charCodeAt(0) === 45 || token.charCodeAt(token.length - 1) === 45;
      forms.add(edgeHyphen ? token.replace(/^-+|-+$/g, '') : token);
    }
  }
  return forms;
}

export function keepHyphen(a: string, b: string, forms: ReadonlySet<string>, isWord: IsWord): boolean {
  const al = a.toLowerCase();
  const bl = b.toLowerCase();
  if (forms.has(`${al}-${bl}`)) return true;
  if (forms.has(al + bl)) return false;
  if (isWord(`${al}-${bl}`)) return true;
  if (al.length >= MIN_PART && bl.length >= MIN_PART && isWord(al) && isWord(bl)) return true;
  if (isWord(al + bl)) return false;
  return true;
}

/**
 * "middle-" ⏎ "to high-end": the next line opens with a conjunction and more text, and the left part
 * with that conjunction is not a word split by typesetting ("in-" ⏎ "to the room" is "into").
 */
export function suspendedHyphen(a: string, nextText: string, forms: ReadonlySet<string>, isWord: IsWord): boolean {
  const m = SUSPENDED_BY.exec(nextText);
  if (!m) return false;
  const joined = a.toLowerCase() + m[1];
  return !forms.has(joined) && !isWord(joined);
}

export function repairHyphenation(work: Work, isWord: IsWord): void {
  const live = work.lines.filter((w) => !w.removed);
  let forms: Set<string> | null = null;
  for (let k = 0; k + 1 < live.length; k++) {
    const w = live[k];
    // The regex is unanchored on the left: it would try every letter of every line, so most lines,
    // which do not end in a hyphen, are passed over on their last character.
    if (w.text.charCodeAt(w.text.length - 1) !== HYPHEN) continue;
    const end = HYPHEN_END.exec(w.text);
    if (!end) continue;
    const nextText = live[k + 1].text;
    if (CAPITAL_START.test(nextText)) {
      w.glue = true;
      continue;
    }
    const start = WORD_START.exec(nextText);
    if (!start) continue;
    forms ??= documentForms(work);
    if (suspendedHyphen(end[1], nextText, forms, isWord)) continue;
    w.glue = true;
    if (keepHyphen(end[1], start[1], forms, isWord)) continue;
    w.text = w.text.slice(0, -1);
    work.removed.push({ file: work.file, line: w.line, what: '-', why: WHY.hyphen });
  }
}
