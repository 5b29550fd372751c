/**
 * The stance rows of an interview read in pieces, joined. A turn read in slices
 * (pipeline/sentences/turn-slices.ts) gets a row per slice for each target it addresses; joined, they
 * are the row the stance analyzer makes from the whole turn: the mean over its sentences about the
 * target, summed in sentence order, and its evidence strongest first, sentence order breaking ties.
 */
import type { TurnStance } from '../types.js';
import { stanceLabel } from './index.js';

/** A sentence's position in its turn: the last part of its id ("interview:turn:index"). */
function indexOf(id: string): number {
  return Number(id.slice(id.lastIndexOf(':') + 1));
}

function joinRows(rows: readonly TurnStance[], band: number): TurnStance {
  const scored = rows
    .flatMap((r) => r.evidence.map((id, k) => ({ id, order: indexOf(id), score: r.sentenceScores[k] })))
    .sort((a, b) => a.order - b.order);
  const score = scored.reduce((a, s) => a + s.score, 0) / scored.length;
  scored.sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || a.order - b.order);
  const { turnIndex, speaker, target } = rows[0];
  return {
    turnIndex,
    speaker,
    target,
    score,
    label: stanceLabel(score, band),
    evidence: scored.map((s) => s.id),
    sentenceScores: scored.map((s) => s.score),
  };
}

/**
 * `rows`: the pieces' stance rows, in piece order. Each (turn, target) once, ordered by turn and by
 * the target's place in `targets`, as the analyzer orders them; the rows themselves when none repeats.
 */
export function joinTurnStance(rows: readonly TurnStance[], targets: readonly string[], band: number): TurnStance[] {
  const byKey = new Map<string, TurnStance[]>();
  for (const r of rows) {
    const key = `${r.turnIndex}\u0000${r.target}`;
    const same = byKey.get(key);
    if (same) same.push(r);
    else byKey.set(key, [r]);
  }
  if (byKey.size === rows.length) return [...rows];
  const joined = [...byKey.values()].map((same) => (same.length === 1 ? same[0] : joinRows(same, band)));
  return joined.sort((a, b) => a.turnIndex - b.turnIndex || targets.indexOf(a.target) - targets.indexOf(b.target));
}
