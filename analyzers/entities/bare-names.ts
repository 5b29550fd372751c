/**
 * A lone given name or surname ("Kishore", "Engle") that belongs to exactly one full name of the
 * interview. Only proper-noun tokens that the interview never writes in lower case qualify, so a
 * speaker called "Neil Western" does not turn "Western countries" into a person.
 */
import type { Token } from '../../pipeline/types.js';
import type { Gazetteer } from './gazetteer.js';
import { cover, type Coverage, type Draft } from './draft.js';
import { isTitleCase, withoutPossessive } from './shape.js';

export function findBareNames(
  tokens: readonly Token[],
  parts: ReadonlyMap<string, string>,
  lowerWords: ReadonlySet<string>,
  g: Gazetteer,
  covered: Coverage,
  out: Draft[],
): void {
  if (parts.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || t.pos !== 'PROPN' || !isTitleCase(t.text)) continue;
    const word = withoutPossessive(t.text);
    const full = parts.get(word);
    if (full === undefined || g.notNames.has(word) || lowerWords.has(word.toLowerCase())) continue;
    if (!readsAsName(tokens, i, full)) continue;
    cover(covered, i, i + 1);
    out.push({ first: i, end: i + 1, type: 'person', entity: full, name: word });
  }
}

/**
 * "Western countries", "the Western Hemisphere": a capitalised word used as a modifier or inside
 * another name is not a person, even when it equals a speaker's surname.
 */
function readsAsName(tokens: readonly Token[], i: number, full: string): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && (prev.pos === 'DET' || (prev.type === 'word' && isTitleCase(prev.text) && !full.includes(prev.text)))) return false;
  if (!next || next.type !== 'word') return true;
  if (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM') return false;
  return !(isTitleCase(next.text) && !full.includes(withoutPossessive(next.text)));
}
