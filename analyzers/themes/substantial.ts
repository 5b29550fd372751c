/**
 * When a turn discusses a theme substantially rather than in passing: enough cue weight in total, and
 * enough of the turn's sentences carrying it for the turn's length (thresholds from themes.json).
 */
import type { ThemeHit } from '../types.js';
import type { ThemeThresholds } from './resource.js';

/** Theme ids discussed substantially in a turn, from its sentences' hits (one array per sentence). */
export function substantialThemes(turnHits: ReadonlyArray<readonly ThemeHit[]>, t: ThemeThresholds): Set<string> {
  const weight = new Map<string, number>();
  const sentences = new Map<string, number>();
  for (const hits of turnHits) {
    for (const h of hits) {
      weight.set(h.theme, (weight.get(h.theme) ?? 0) + h.weight);
      sentences.set(h.theme, (sentences.get(h.theme) ?? 0) + 1);
    }
  }
  const needed = Math.max(t.turnMinSentences, Math.ceil(t.turnShare * turnHits.length));
  const out = new Set<string>();
  for (const [theme, n] of sentences) if (n >= needed && (weight.get(theme) ?? 0) >= t.turnWeight) out.add(theme);
  return out;
}
