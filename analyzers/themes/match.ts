/**
 * Theme hits of one sentence: cues found by longest match on lemmas or words (one lookup per token),
 * plus entity cues from the sentence's mentions. Each cue counts once per sentence.
 */
import type { Token } from '../../pipeline/types.js';
import type { Mention, ThemeHit } from '../types.js';
import type { CompiledThemes, CueHit } from './compile.js';
import { longestMatch, mayContinue } from '../entities/phrase-index.js';

const byLemma = (t: Token) => t.lemma.toLowerCase();
const byWord = (t: Token) => t.normal;

export function sentenceCues(tokens: readonly Token[], mentions: readonly Mention[], c: CompiledThemes): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (tokens[i].type === 'punctuation') {
      i++;
      continue;
    }
    const lemma = byLemma(tokens[i]);
    const a = longestMatch(c.phrases, tokens, i, byLemma, lemma);
    // When lemma and word agree and no cue continues past them, the walk on words is this same walk.
    const first = byWord(tokens[i]);
    const same = first === lemma && !mayContinue(c.phrases, first);
    const b = same ? a : longestMatch(c.phrases, tokens, i, byWord, first);
    const m = a && (!b || a.end >= b.end) ? a : b;
    if (!m) {
      i++;
      continue;
    }
    for (const v of m.values) hits.push(v);
    i = m.end;
  }
  for (const mention of mentions) {
    const cues = c.entities.get(mention.entity);
    if (cues) for (const v of cues) hits.push(v);
  }
  return hits;
}

/** Cue hits → one ThemeHit per theme at or above the sentence threshold, heaviest first. */
export function themeHits(cues: readonly CueHit[], minWeight: number, c: CompiledThemes): ThemeHit[] {
  // Most sentences carry no cue at all.
  if (cues.length === 0) return [];
  const byTheme = new Map<string, { weight: number; cues: string[] }>();
  for (const h of cues) {
    const t = byTheme.get(h.theme) ?? { weight: 0, cues: [] };
    if (t.cues.includes(h.cue)) continue;
    t.weight += h.weight;
    t.cues.push(h.cue);
    byTheme.set(h.theme, t);
  }
  const out: ThemeHit[] = [];
  for (const [theme, t] of byTheme) {
    if (t.weight >= minWeight) out.push({ theme, weight: Math.round(t.weight * 1000) / 1000, cues: t.cues });
  }
  return out.sort((x, y) => y.weight - x.weight || (c.order.get(x.theme) ?? 0) - (c.order.get(y.theme) ?? 0));
}
