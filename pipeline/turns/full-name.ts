/**
 * A one-word label ("Ren:") usually stands for a person the text names in full ("Ren Zhengfei").
 * The full form is the most frequent two- or three-word window of a capitalised run in the text that
 * starts or ends with the label's word, when it occurs at least twice (or is the only such form). Only lines containing the word
 * are searched, and answers are memoised per document.
 */
import type { CleanDoc } from '../types.js';
import { foldName } from './names.js';
import { memoByObject } from '../memo.js';

const MIN_OCCURRENCES = 2;
const RUN = /\p{Lu}[\p{L}\p{M}-]+(?:\s\p{Lu}[\p{L}\p{M}-]+){1,5}/gu;

export function fullNameFor(token: string, texts: readonly string[]): string | undefined {
  const key = foldName(token);
  if (!key || key.includes(' ')) return undefined;
  const counts = new Map<string, number>();
  for (const t of texts) {
    if (!t || !t.includes(token)) continue;
    for (const m of t.matchAll(RUN)) {
      const words = m[0].split(/\s/);
      for (let size = 2; size <= 3; size++) {
        for (let i = 0; i + size <= words.length; i++) {
          const window = words.slice(i, i + size);
          if (foldName(window[0]) !== key && foldName(window[size - 1]) !== key) continue;
          if (window.some((w) => /^\p{Lu}{2,}$/u.test(w))) continue; // "CEO Ren": a title, not a name
          const form = window.join(' ');
          counts.set(form, (counts.get(form) ?? 0) + 1);
        }
      }
    }
  }
  let best: [string, number] | undefined;
  for (const [form, n] of counts) {
    // A full form written once is enough when it is the only one.
    if (n < MIN_OCCURRENCES && counts.size > 1) continue;
    if (!best || n > best[1] || (n === best[1] && form < best[0])) best = [form, n];
  }
  return best?.[0];
}

/** fullNameFor over a cleaned document, memoised per document and token. */
export const fullNameIn = memoByObject((clean: CleanDoc): ((token: string) => string | undefined) => {
  const texts = clean.lines.map((l) => l.text);
  const cache = new Map<string, string | undefined>();
  return (token) => {
    if (!cache.has(token)) cache.set(token, fullNameFor(token, texts));
    return cache.get(token);
  };
});
