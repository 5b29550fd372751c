/**
 * The stance of one sentence toward a target it is about: part sentiment, mostly cues. A negated cue
 * counts the other way ("we do not trust"); thanks followed by a harm ("thank the US government for
 * the sanctions") is irony and counts against.
 */
import type { Token } from '../../pipeline/types.js';
import type { SentimentResource } from '../sentiment/resource.js';
import type { Cue, StanceCues } from './cues.js';
import { memoByObject } from '../../pipeline/memo.js';

function matchAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[i + k];
    if (t.normal !== phrase[k] && t.lemma !== phrase[k]) return false;
  }
  return true;
}

function negatedAt(tokens: readonly Token[], i: number, negators: ReadonlySet<string>, window: number): boolean {
  for (let d = 1; d <= window && i - d >= 0; d++) {
    const t = tokens[i - d];
    if (t.type === 'punctuation') return false;
    if (negators.has(t.normal) || t.normal === "n't") return !(t.normal === 'not' && tokens[i - d + 1]?.normal === 'only');
  }
  return false;
}

export interface CueHit {
  cue: string;
  at: number;
  contribution: number;
  /** Thanks for a harm. */
  ironic: boolean;
}

/**
 * Cues by their first word, each list in cue order: a token is tried only against the cues that can
 * start at it, and in the order a scan of every cue would have met them.
 */
const cuesStartingWith = memoByObject((cues: StanceCues): Map<string, Cue[]> => {
  const m = new Map<string, Cue[]>();
  for (const c of cues.cues) {
    const list = m.get(c.words[0]);
    if (list) list.push(c);
    else m.set(c.words[0], [c]);
  }
  return m;
});

function candidates(first: Map<string, Cue[]>, t: Token, order: readonly Cue[]): readonly Cue[] {
  // A cue of no words (a blank key in the file) matches anywhere: keep the full scan then.
  if (first.has(undefined as unknown as string)) return order;
  const a = first.get(t.normal);
  const b = t.lemma === t.normal ? undefined : first.get(t.lemma);
  if (!b) return a ?? [];
  if (!a) return b;
  const both = new Set([...a, ...b]);
  return order.filter((c) => both.has(c));
}

/** The cues found in a sentence with their signed contributions. */
export function cueHits(tokens: readonly Token[], cues: StanceCues, sentiment: SentimentResource): CueHit[] {
  const hits: CueHit[] = [];
  const window = sentiment.rules.params.negationWindow;
  const first = cuesStartingWith(cues);
  for (let i = 0; i < tokens.length; i++) {
    for (const c of candidates(first, tokens[i], cues.cues)) {
      if (!matchAt(tokens, i, c.words)) continue;
      let w = c.weight;
      const ironic = c.thanks && harmAfter(tokens, i + c.words.length, cues);
      if (ironic) w = -Math.abs(w || cues.sentimentWeight);
      if (negatedAt(tokens, i, sentiment.negators, window)) w = -w;
      if (w !== 0) hits.push({ cue: c.words.join(' '), at: i, contribution: w, ironic });
    }
  }
  return hits;
}

function harmAfter(tokens: readonly Token[], from: number, cues: StanceCues): boolean {
  for (let i = from; i < tokens.length; i++) for (const h of cues.harms) if (matchAt(tokens, i, h)) return true;
  return false;
}

/** Stance in [-1, 1] of a sentence about the target. */
export function sentenceStance(
  tokens: readonly Token[],
  sentimentScore: number,
  cues: StanceCues,
  sentiment: SentimentResource,
): number {
  const hits = cueHits(tokens, cues, sentiment);
  // Ironic thanks make the sentence's warm words sarcastic: its sentiment counts against too.
  const tone = hits.some((h) => h.ironic) ? -Math.abs(sentimentScore) : sentimentScore;
  let s = cues.sentimentWeight * tone;
  for (const h of hits) s += h.contribution;
  return Math.max(-1, Math.min(1, s));
}
