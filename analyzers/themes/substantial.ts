/**
 * When a turn discusses a theme substantially rather than in passing: enough cue weight in total, and
 * enough of the turn's sentences carrying it for the turn's length (thresholds from themes.json).
 */
import type { ThemeHit } from '../types.js';
import type { ThemeThresholds } from './resource.js';

/**
 * A turn's theme hits added up sentence by sentence, in order (all at once, or slice by slice for a turn
 * read in slices: pipeline/sentences/turn-slices.ts).
 */
export class TurnThemes {
  private readonly weight = new Map<string, number>();
  private readonly sentences = new Map<string, number>();
  private count = 0;

  /** One sentence's hits. */
  add(hits: readonly ThemeHit[]): void {
    this.count++;
    for (const h of hits) {
      this.weight.set(h.theme, (this.weight.get(h.theme) ?? 0) + h.weight);
      this.sentences.set(h.theme, (this.sentences.get(h.theme) ?? 0) + 1);
    }
  }

  /** Theme ids discussed substantially in the sentences added. */
  substantial(t: ThemeThresholds): Set<string> {
    const needed = Math.max(t.turnMinSentences, Math.ceil(t.turnShare * this.count));
    const out = new Set<string>();
    for (const [theme, n] of this.sentences) if (n >= needed && (this.weight.get(theme) ?? 0) >= t.turnWeight) out.add(theme);
    return out;
  }
}

/** Theme ids discussed substantially in a turn, from its sentences' hits (one array per sentence). */
export function substantialThemes(turnHits: ReadonlyArray<readonly ThemeHit[]>, t: ThemeThresholds): Set<string> {
  const turn = new TurnThemes();
  for (const hits of turnHits) turn.add(hits);
  return turn.substantial(t);
}
