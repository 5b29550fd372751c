/**
 * Sentences looked up by id (`interview:turn:sentence`, as stance evidence names them) through each
 * interview's own rows. A Map keyed by every sentence's id held 55 MB at 100× the sample, a quarter of
 * the tables it indexes; a binary search over rows already held costs nothing to keep.
 */
import type { SentenceRow } from '../pipeline/types.js';

const INDEX = /^(.*):(\d+):(\d+)$/s;

const before = (a: SentenceRow, turn: number, sentence: number): boolean =>
  a.turn_index < turn || (a.turn_index === turn && a.sentence_index < sentence);

const isInOrder = (rows: readonly SentenceRow[]): boolean => {
  for (let i = 1; i < rows.length; i++) if (!before(rows[i - 1], rows[i].turn_index, rows[i].sentence_index)) return false;
  return true;
};

export class SentenceIndex {
  /** Each interview's sentences in (turn, sentence) order: the rows themselves when already so, as tabulated. */
  private readonly ordered = new Map<string, readonly SentenceRow[]>();

  constructor(private readonly sentencesOf: (interviewId: string) => readonly SentenceRow[] | undefined) {}

  get(id: string): SentenceRow | undefined {
    const m = INDEX.exec(id);
    if (!m) return undefined;
    const rows = this.inTurnOrder(m[1]);
    if (!rows) return undefined;
    const turn = Number(m[2]);
    const sentence = Number(m[3]);
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(rows[mid], turn, sentence)) lo = mid + 1;
      else hi = mid;
    }
    const s = rows[lo];
    return s && s.turn_index === turn && s.sentence_index === sentence ? s : undefined;
  }

  /** An interview's sentences in (turn, sentence) order. */
  private inTurnOrder(interviewId: string): readonly SentenceRow[] | undefined {
    const known = this.ordered.get(interviewId);
    if (known) return known;
    const rows = this.sentencesOf(interviewId);
    if (!rows) return undefined;
    const sorted = isInOrder(rows)
      ? rows
      : [...rows].sort((a, b) => a.turn_index - b.turn_index || a.sentence_index - b.sentence_index);
    this.ordered.set(interviewId, sorted);
    return sorted;
  }
}
