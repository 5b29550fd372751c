/**
 * Speaker-label syntax: does a line (possibly wrapped over up to three lines) open with
 * "Name:", "Name, Title, Outlet :" or "Name (Outlet):"? This is only the shape test; whether a
 * candidate is accepted as a label is decided with document-level evidence in `label-scan.ts`.
 * Every scan is bounded by MAX_LABEL_CHARS, so the cost per line is constant.
 */
import { isAbbreviation, looksLikeName } from './names.js';
import { isNumberedSpeaker, roleWord } from './role-words.js';

export const MAX_LABEL_CHARS = 160;
export const MAX_LABEL_LINES = 3;
const MAX_AFFILIATION_CHARS = 130;

export interface LabelCandidate {
  /** The label as written, whitespace folded, without the colon: "Pablo Díaz, ABC". */
  raw: string;
  /** The name part: "Pablo Díaz". */
  name: string;
  affiliation: string | null;
  /** How many lines the label spans (1 when it is on one line). */
  lineCount: number;
  /** Offset in the label's last line where the speech starts (after the colon and spaces). */
  restOffset: number;
}

/** Tokens that may carry a period inside an affiliation ("U.S.", "D.C.", "Inc."). */
function isAffiliationAbbreviation(token: string): boolean {
  return isAbbreviation(token) || /^(?:\p{L}\.){1,4}\p{L}?$/u.test(token) || /^(?:Inc|Co|Ltd|Corp|Jr|Sr|No)\.$/i.test(token);
}

/** The index of a label colon in `line`: a ':' followed by whitespace or the end of the line. */
function labelColon(line: string, limit: number): number {
  const end = Math.min(line.length, limit);
  for (let i = 0; i < end; i++) {
    if (line.charCodeAt(i) === 58 /* : */) {
      const next = line.charCodeAt(i + 1);
      return Number.isNaN(next) || next === 32 || next === 9 || next === 160 ? i : -1;
    }
  }
  return -1;
}

/** Sentence punctuation inside a would-be label means it is speech, not a label. */
function hasSentencePunctuation(text: string, allowAbbrev: (t: string) => boolean): boolean {
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    if (/[?!;"“”«»[\]{}=<>|@#*_\\/]/u.test(token)) return true;
    if (token.includes('.') && !allowAbbrev(token)) return true;
  }
  return false;
}

function splitNameAffiliation(label: string): { name: string; affiliation: string | null } | null {
  const comma = label.indexOf(',');
  let name = (comma < 0 ? label : label.slice(0, comma)).trim();
  let affiliation = comma < 0 ? '' : label.slice(comma + 1).trim();
  const paren = /^(.*?)\s*\(([^()]{1,80})\)$/u.exec(name);
  if (paren) {
    name = paren[1];
    affiliation = affiliation ? `${paren[2]}, ${affiliation}` : paren[2];
  }
  if (hasSentencePunctuation(name, isAbbreviation)) return null;
  if (!looksLikeName(name) && roleWord(name) === undefined && !isNumberedSpeaker(name)) return null;
  if (affiliation) {
    if (affiliation.length > MAX_AFFILIATION_CHARS || affiliation.split(',').length > 5) return null;
    if (hasSentencePunctuation(affiliation, isAffiliationAbbreviation)) return null;
    if (!/\p{Lu}/u.test(affiliation)) return null;
  }
  return { name: name.replace(/\s+/g, ' '), affiliation: affiliation ? affiliation.replace(/\s+/g, ' ') : null };
}

/** Cheap pre-test: a capital (or digit) first, and a ':' or ',' after at most 6 words of name. */
function mayOpenLabel(line: string | undefined): boolean {
  if (!line) return false;
  const c = line.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  let spaces = 0;
  const end = Math.min(line.length, MAX_LABEL_CHARS);
  for (let i = 0; i < end; i++) {
    const ch = line.charCodeAt(i);
    if (ch === 58 /* : */ || ch === 44 /* , */ || ch === 40 /* ( */) return true;
    if (ch === 32 && ++spaces > 6) return false;
    if (ch === 46 || ch === 63 || ch === 33) {
      // "Mr." and initials may sit inside a name; any other sentence stop ends the search.
      if (!/(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr)$/u.test(line.slice(Math.max(0, i - 5), i))) return false;
    }
  }
  return true;
}

/**
 * Parse a label at the start of `lines[start]`. `lines` must be consecutive lines of one paragraph;
 * a label may wrap onto the next lines only in its long form ("Name, Title, Outlet :").
 */
export function parseLabel(lines: readonly string[], start: number): LabelCandidate | null {
  if (!mayOpenLabel(lines[start])) return null;
  let joined = '';
  for (let k = 0; k < MAX_LABEL_LINES && start + k < lines.length; k++) {
    const line = lines[start + k];
    if (k > 0 && line === '') return null;
    const budget = MAX_LABEL_CHARS - joined.length;
    if (budget <= 0) return null;
    const colon = labelColon(line, budget);
    if (colon >= 0) {
      const before = line.slice(0, colon);
      if (/:/.test(before)) return null;
      const raw = `${joined}${joined ? ' ' : ''}${before}`.replace(/\s+/g, ' ').trim();
      if (!raw || (k > 0 && !raw.includes(','))) return null;
      const parts = splitNameAffiliation(raw);
      if (!parts) return null;
      let restOffset = colon + 1;
      while (restOffset < line.length && /\s/.test(line[restOffset])) restOffset++;
      return { raw, ...parts, lineCount: k + 1, restOffset };
    }
    // No colon on this line: it may be the first part of a wrapped long label.
    const piece = line.slice(0, budget);
    if (piece.length < line.length || /:/.test(piece)) return null;
    if (hasSentencePunctuation(piece, isAffiliationAbbreviation)) return null;
    joined = `${joined}${joined ? ' ' : ''}${piece.trim()}`;
    if (k === 0 && !joined.includes(',')) return null;
  }
  return null;
}
