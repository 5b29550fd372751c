/**
 * Gazetteer and per-interview alias matching: longest match at each free token, then the alias's
 * context rules ("US dollars", "Latin America", "George Washington", "Apple" at a sentence start).
 */
import type { Token } from '../../pipeline/types.js';
import type { AliasHit, Gazetteer } from './gazetteer.js';
import { longestMatch, type PhraseIndex } from './phrase-index.js';
import { cover, type Coverage, type Draft } from './draft.js';
import { isAllCaps, isSentenceStart, isShouting, isTitleCase, withoutPossessive } from './shape.js';

const textOf = (t: Token) => withoutPossessive(t.text);

function followsName(tokens: readonly Token[], i: number, g: Gazetteer): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.type !== 'word' || !isTitleCase(prev.text) || g.notNames.has(prev.text)) return false;
  return g.titles.has(prev.text) || prev.pos === 'PROPN' || !isSentenceStart(tokens, i - 1);
}

/**
 * Whether the sentence is shouted, worked out on first need: only a short all-caps alias asks, so
 * most sentences are never scanned for it.
 */
interface Shouting {
  tokens: readonly Token[];
  value: boolean | undefined;
}

function isShoutingSentence(s: Shouting): boolean {
  return (s.value ??= isShouting(s.tokens));
}

function passesContext(hit: AliasHit, tokens: readonly Token[], first: number, end: number, g: Gazetteer, shouting: Shouting): boolean {
  const next = tokens[end]?.normal;
  const prev = tokens[first - 1]?.normal;
  if (hit.notBefore && next !== undefined && hit.notBefore.has(next)) return false;
  if (hit.onlyBefore && (next === undefined || !hit.onlyBefore.has(next))) return false;
  if (hit.notAfter && prev !== undefined && hit.notAfter.has(prev)) return false;
  if (hit.notAfterName && followsName(tokens, first, g)) return false;
  if (end - first === 1 && tokens[first].text.length <= 3 && isAllCaps(tokens[first].text) && isShoutingSentence(shouting)) return false;
  return true;
}

function hasCue(tokens: readonly Token[], cues: ReadonlySet<string> | undefined, first: number, end: number): boolean {
  if (!cues) return false;
  for (let k = 0; k < tokens.length; k++) {
    if (k >= first && k < end) continue;
    if (cues.has(tokens[k].normal) || cues.has(tokens[k].lemma.toLowerCase())) return true;
  }
  return false;
}

interface Candidate {
  first: number;
  end: number;
  trim: number;
  hit: AliasHit;
}

/** Longest match across the gazetteer and the interview's own names; on a tie the gazetteer wins. */
function bestAt(indexes: ReadonlyArray<PhraseIndex<AliasHit>>, tokens: readonly Token[], i: number, g: Gazetteer, shouting: Shouting): Candidate | null {
  let best: Candidate | null = null;
  for (const index of indexes) {
    const m = longestMatch(index, tokens, i, textOf);
    if (!m || (best && m.end <= best.end)) continue;
    const hit = m.values.find((h) => passesContext(h, tokens, i, m.end, g, shouting));
    if (hit) best = { first: i, end: m.end, trim: m.trim, hit };
  }
  return best;
}

export function matchAliases(
  tokens: readonly Token[],
  indexes: ReadonlyArray<PhraseIndex<AliasHit>>,
  g: Gazetteer,
  covered: Coverage,
  out: Draft[],
): void {
  const shouting: Shouting = { tokens, value: undefined };
  const pending: Candidate[] = [];
  let sure = false;
  for (let i = 0; i < tokens.length; ) {
    const c = covered[i] || tokens[i].type === 'punctuation' ? null : bestAt(indexes, tokens, i, g, shouting);
    if (!c) {
      i++;
      continue;
    }
    const amb = c.hit.ambiguous;
    if (amb === 'always' || (amb === 'start' && isSentenceStart(tokens, i))) pending.push(c);
    else {
      push(c, tokens, g, covered, out);
      if (c.hit.entity !== '' && (c.hit.type === 'company' || c.hit.type === 'organization')) sure = true;
    }
    i = c.end;
  }
  // An ambiguous alias needs a cue of its type, or another firm named beside it ("Apple and Google").
  for (const c of pending) {
    if (sure || hasCue(tokens, g.cues.get(c.hit.type), c.first, c.end)) push(c, tokens, g, covered, out);
  }
}

function push(c: Candidate, tokens: readonly Token[], g: Gazetteer, covered: Coverage, out: Draft[]): void {
  let first = c.first;
  // A person alias written with its title ("Ms. Meng") is reported without it.
  if (c.hit.type === 'person') while (first < c.end - 1 && g.titles.has(tokens[first].text)) first++;
  cover(covered, c.first, c.end);
  if (c.hit.entity === '') return;
  out.push({ first, end: c.end, type: c.hit.type, entity: c.hit.entity, name: c.hit.entity, trim: c.trim });
}
