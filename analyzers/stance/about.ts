/**
 * Which sentences of a turn are about a target: those that mention the entity or carry the theme, and
 * later sentences of the same turn whose "they / them / their" refers back to it — when the target is
 * among the non-person entities of the latest sentence that named any (a person would be "he" or
 * "she"; "They put us on the list" after "The US wants to crush Huawei" may mean either, and is kept).
 * A turn read in slices (pipeline/sentences/turn-slices.ts) carries those things from one slice to the
 * next (`ThingsBefore`), so a "they" after a cut refers back as it does in the whole turn.
 */
import type { Sentence } from '../../pipeline/types.js';
import type { Mention, ThemeHit } from '../types.js';

/** The non-person entities of the latest sentence of turn `turnIndex` that named any, in a slice before. */
export interface ThingsBefore {
  turnIndex: number;
  things: readonly string[];
}

export interface AboutInput {
  sentences: readonly Sentence[];
  /** Parallel to `sentences`. */
  mentions: ReadonlyArray<readonly Mention[]>;
  themes: ReadonlyArray<readonly ThemeHit[]>;
  anaphora: ReadonlySet<string>;
  /** What the slices before named, when the first sentence continues their turn. */
  before?: ThingsBefore;
}

/** Non-person entities of a sentence's mentions. */
function thingsOf(ms: readonly Mention[]): string[] {
  return ms.filter((m) => m.type !== 'person').map((m) => m.entity);
}

/** Indices (into `sentences`) of the sentences about `target`, grouped by turn index. */
export function sentencesAbout(target: string, input: AboutInput): Map<number, number[]> {
  const byTurn = new Map<number, number[]>();
  const { before } = input;
  const continues = before !== undefined && input.sentences[0]?.turnIndex === before.turnIndex;
  let turn = continues ? before.turnIndex : -1;
  let lastThings = new Set<string>(continues ? before.things : []);
  for (let i = 0; i < input.sentences.length; i++) {
    const s = input.sentences[i];
    if (s.turnIndex !== turn) {
      turn = s.turnIndex;
      lastThings = new Set();
    }
    const ms = input.mentions[i] ?? [];
    const direct = ms.some((m) => m.entity === target) || (input.themes[i] ?? []).some((h) => h.theme === target);
    const refersBack =
      !direct && lastThings.has(target) && !ms.some((m) => m.type !== 'person') && s.tokens.some((t) => input.anaphora.has(t.normal));
    if (direct || refersBack) {
      const list = byTurn.get(s.turnIndex) ?? [];
      list.push(i);
      byTurn.set(s.turnIndex, list);
    }
    const things = thingsOf(ms);
    if (things.length > 0) lastThings = new Set(things);
  }
  return byTurn;
}

/**
 * What these sentences leave a slice after them: the things the latest sentence of the last turn
 * that named any named, else what `before` gave that turn (all of `before`, when there are no
 * sentences).
 */
export function thingsAfter(input: Pick<AboutInput, 'sentences' | 'mentions' | 'before'>): ThingsBefore | undefined {
  const n = input.sentences.length;
  if (n === 0) return input.before;
  const turnIndex = input.sentences[n - 1].turnIndex;
  for (let i = n - 1; i >= 0 && input.sentences[i].turnIndex === turnIndex; i--) {
    const things = thingsOf(input.mentions[i] ?? []);
    if (things.length > 0) return { turnIndex, things };
  }
  return input.before?.turnIndex === turnIndex ? input.before : { turnIndex, things: [] };
}
