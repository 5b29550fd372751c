/**
 * Which sentences of a turn are about a target: those that mention the entity or carry the theme, and
 * later sentences of the same turn whose "they / them / their" refers back to it — when the target is
 * among the non-person entities of the latest sentence that named any (a person would be "he" or
 * "she"; "They put us on the list" after "The US wants to crush Huawei" may mean either, and is kept).
 */
import type { Sentence } from '../../pipeline/types.js';
import type { Mention, ThemeHit } from '../types.js';

export interface AboutInput {
  sentences: readonly Sentence[];
  /** Parallel to `sentences`. */
  mentions: ReadonlyArray<readonly Mention[]>;
  themes: ReadonlyArray<readonly ThemeHit[]>;
  anaphora: ReadonlySet<string>;
}

/** Indices (into `sentences`) of the sentences about `target`, grouped by turn index. */
export function sentencesAbout(target: string, input: AboutInput): Map<number, number[]> {
  const byTurn = new Map<number, number[]>();
  let turn = -1;
  let lastThings = new Set<string>();
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
    const things = ms.filter((m) => m.type !== 'person');
    if (things.length > 0) lastThings = new Set(things.map((m) => m.entity));
  }
  return byTurn;
}
