/**
 * The stance of one sentence toward a target it is about: part sentiment, mostly cues. A negated cue
 * counts the other way ("we do not trust"); thanks followed by a harm ("thank the US government for
 * the sanctions") is irony and counts against.
 */
import type { Token } from '../../pipeline/types.js';
import type { SentimentResource } from '../sentiment/resource.js';
import type { StanceCues } from './cues.js';

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

/** The cues found in a sentence with their signed contributions. */
export function cueHits(tokens: readonly Token[], cues: StanceCues, sentiment: SentimentResource): CueHit[] {
  const hits: CueHit[] = [];
  const window = sentiment.rules.params.negationWindow;
  for (let i = 0; i < tokens.length; i++) {
    for (const c of cues.cues) {
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
