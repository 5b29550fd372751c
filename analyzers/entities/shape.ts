/** Token shape predicates the name finders share: capitalisation is the main evidence for a name. */
import type { Token } from '../../pipeline/types.js';

/** "Huawei", "McDonald", "Zühlke": an upper-case letter first and some lower-case letter after it. */
export function isTitleCase(text: string): boolean {
  // These run on every token: ASCII text is decided from character codes, without the two case
  // conversions (and their string copies) that the general definition below needs.
  const c0 = text.charCodeAt(0);
  if (c0 < 128) {
    if (c0 < 65 || c0 > 90) return false;
    for (let i = 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) return true;
      if (c >= 128) return isTitleCaseAnyScript(text);
    }
    return false;
  }
  return isTitleCaseAnyScript(text);
}

function isTitleCaseAnyScript(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase() && text !== text.toUpperCase();
}

/** "US", "ZTE", "5G": letters present and none of them lower-case. */
export function isAllCaps(text: string): boolean {
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return isAllCapsAnyScript(text);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

function isAllCapsAnyScript(text: string): boolean {
  return text !== text.toLowerCase() && text === text.toUpperCase();
}

export const isWord = (t: Token): boolean => t.type === 'word';

/** True when only punctuation (opening quotes, dashes) precedes token `i` in its sentence. */
export function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (tokens[k].type !== 'punctuation') return false;
  return true;
}

/**
 * A shouted sentence ("LET US KNOW") makes every word all-caps, so short all-caps aliases ("US", "IT")
 * lose their evidence there.
 */
export function isShouting(tokens: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.type !== 'word' || t.text.length < 2) continue;
    words++;
    if (isAllCaps(t.text)) caps++;
  }
  return words >= 4 && caps / words >= 0.6;
}

/** wink sometimes keeps a possessive on its word ("Ericsson's"); names are matched without it. */
export function possessiveLength(text: string): number {
  const n = text.length;
  if (n <= 2 || text.charCodeAt(n - 1) !== 115 /* s */) return 0;
  const q = text.charCodeAt(n - 2);
  return q === 39 /* ' */ || q === 0x2019 ? 2 : 0;
}

export function withoutPossessive(text: string): string {
  const n = possessiveLength(text);
  return n === 0 ? text : text.slice(0, -n);
}
