/**
 * Which label candidates are real speaker labels. Shape alone is not enough ("Minimalist: the West
 * should interfere less", "Huawei: Leadership, Culture, and Connectivity"), so a candidate is accepted
 * on evidence:
 *   - it names a known participant (manifest) or a role ("Audience", "Q"), or
 *   - the same name opens a turn elsewhere in the document, or
 *   - it is a long form (two or more name tokens, or with an affiliation) and the speech after it
 *     does not continue in lower case, or
 *   - a one-word name that is part of an accepted longer label ("Ren" beside "Ren Zhengfei:"), or
 *   - a one-word name opening a paragraph with a capitalised sentence, in a document whose other
 *     labels were accepted ("Ren: Please ask." once, among "Pablo Díaz, ABC :" turns).
 * And always: the candidate stands where a turn can start (document or paragraph start, or after a
 * finished sentence).
 */
import type { CleanLine } from '../types.js';
import { foldName, isTokenSubset, nameTokens } from './names.js';
import { parseLabel, type LabelCandidate } from './labels.js';
import { isNumberedSpeaker, roleWord } from './role-words.js';
import { memoByValue } from '../memo.js';

export interface FoundLabel extends LabelCandidate {
  /** Index in the scanned lines where the label starts. */
  index: number;
  /** The label opens a paragraph (not just a line after a finished sentence). */
  paragraphStart: boolean;
  /** Folded name, the comparison key. */
  key: string;
}

export interface LabelEvidence {
  /** Folded names of participants known in advance (manifest). */
  known?: Iterable<string>;
}

/** A sentence (or the paragraph) ended on the previous line, so a new turn may start here. */
export function isTurnPosition(lines: readonly CleanLine[], i: number): boolean {
  if (i === 0) return true;
  const prev = lines[i - 1].text;
  if (prev === '') return true;
  return /[.?!…:"”’)\]]$/u.test(prev.trimEnd());
}

function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** Scan cleaned lines ('' = paragraph break) and return the accepted labels, in order. */
export function scanLabels(lines: readonly CleanLine[], evidence: LabelEvidence = {}): FoundLabel[] {
  const texts = lines.map((l) => l.text);
  // Labels repeat ("Q", "A", a name per turn): each distinct one is folded, and tested for a role
  // word, once per scan.
  const keyOf = memoByValue(foldName);
  const isGeneric = memoByValue((name: string) => roleWord(name) !== undefined || isNumberedSpeaker(name));
  const candidates: FoundLabel[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (texts[i] === '' || !isTurnPosition(lines, i)) continue;
    const c = parseLabel(texts, i);
    // Fields listed, not spread: a spread copies through the runtime, once per line of a transcript.
    if (c) {
      candidates.push({
        raw: c.raw, name: c.name, affiliation: c.affiliation, lineCount: c.lineCount, restOffset: c.restOffset,
        index: i, key: keyOf(c.name), paragraphStart: i === 0 || texts[i - 1] === '',
      });
    }
  }
  const known = new Set(evidence.known ?? []);
  const knownList = [...known];
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);

  const accept = (c: FoundLabel): boolean => {
    if (!c.key) return false;
    if (known.has(c.key) || isGeneric(c.name)) return true;
    if (knownList.some((k) => isTokenSubset(c.key, k) || isTokenSubset(k, c.key))) return true;
    const restLine = texts[c.index + c.lineCount - 1].slice(c.restOffset);
    if ((counts.get(c.key) ?? 0) >= 2) return true;
    return (nameTokens(c.key).length >= 2 || c.affiliation !== null) && !startsLowerCase(restLine);
  };
  // Each candidate's verdict, made once: the loop below asks again of every strong one.
  const accepted = candidates.map(accept);
  const strongKeys = new Set(candidates.filter((_c, k) => accepted[k]).map((c) => c.key));
  const strongList = [...strongKeys];
  const loneWord = (c: FoundLabel): boolean => {
    if (nameTokens(c.key).length !== 1) return false;
    if (strongList.some((k) => isTokenSubset(c.key, k))) return true;
    const rest = texts[c.index + c.lineCount - 1].slice(c.restOffset);
    return c.paragraphStart && strongKeys.size > 0 && !strongKeys.has(c.key) && (rest === '' || /^[\p{Lu}\p{N}"“‘'(]/u.test(rest));
  };
  const found: FoundLabel[] = [];
  let cursor = -1;
  candidates.forEach((c, k) => {
    if (c.index <= cursor) return; // inside a wrapped label accepted just before
    // An accepted candidate's key is strong by construction.
    if (!accepted[k] && !loneWord(c)) return;
    found.push(c);
    cursor = c.index + c.lineCount - 1;
  });
  return found;
}
