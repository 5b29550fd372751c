/**
 * Sentences as both cache layers store them, without what their interview already holds. A sentence
 * head (a sentence without tokens or annotations) repeats its interview's id, its turn's speaker,
 * role and source file, and a slice of its turn's text: stored whole, heads were a third of a tokens
 * entry and half of a results entry. Here a head is five numbers (turn index, index, start, end,
 * source line), in columns, and is rebuilt from its interview's turns on reading.
 *
 * Only a head the numbers give back exactly is stored that way: every field equal to what its turn
 * gives, keys in the same order. Any other (one no turn of the stored interview explains) is kept
 * whole, beside the columns, so what is read back is always what was written.
 */
import type { Interview, Turn } from '../types.js';
import { sentenceHead, type SentenceHead } from '../sentences/head.js';
import { hasKeys, isCount, isPlainObject } from './shape.js';

export type { SentenceHead } from '../sentences/head.js';

/** A head's own keys, in the order the sentence stage writes them. */
export const HEAD_KEYS: readonly string[] = ['id', 'interviewId', 'turnIndex', 'index', 'speaker', 'role', 'text', 'start', 'end', 'source'];
const SOURCE_KEYS: readonly string[] = ['file', 'line'];

/** Element k describes the k-th sentence; where `whole` holds the sentence, its numbers are 0. */
export interface HeadColumns {
  turnIndex: number[];
  index: number[];
  start: number[];
  end: number[];
  line: number[];
  /** [k, sentence] for each sentence stored whole, k ascending. */
  whole: Array<[number, unknown]>;
}

/** An interview's turns by their index (a piece's interview holds only some of them). */
export function turnsByIndex(interview: Interview): Map<number, Turn> {
  return new Map(interview.turns.map((t) => [t.index, t]));
}

export function emptyHeadColumns(): HeadColumns {
  return { turnIndex: [], index: [], start: [], end: [], line: [], whole: [] };
}

/** Whether `h`'s head fields are what its numbers and its turn give (its keys are the caller's to check). */
function derivable(h: SentenceHead, interviewId: string, turns: ReadonlyMap<number, Turn>): boolean {
  if (!isCount(h.turnIndex) || !isCount(h.index) || !isCount(h.start) || !isCount(h.end)) return false;
  const turn = turns.get(h.turnIndex);
  const src = h.source as unknown;
  if (!turn || !isPlainObject(src) || !hasKeys(src, SOURCE_KEYS) || !isCount(h.source.line) || h.source.file !== turn.source.file) return false;
  return (
    h.id === `${interviewId}:${h.turnIndex}:${h.index}` &&
    h.interviewId === interviewId &&
    h.speaker === turn.speaker &&
    h.role === turn.role &&
    h.text === turn.text.slice(h.start, h.end)
  );
}

/**
 * Appends sentence `s` (a head, or a head followed by other fields) to `cols`. `keysOk`: the caller
 * found `s`'s keys to be the head's followed by its own. Returns false when `s` went into `whole`.
 */
export function addHead(cols: HeadColumns, s: SentenceHead, keysOk: boolean, interviewId: string, turns: ReadonlyMap<number, Turn>): boolean {
  const k = cols.turnIndex.length;
  const ok = keysOk && derivable(s, interviewId, turns);
  cols.turnIndex.push(ok ? s.turnIndex : 0);
  cols.index.push(ok ? s.index : 0);
  cols.start.push(ok ? s.start : 0);
  cols.end.push(ok ? s.end : 0);
  cols.line.push(ok ? s.source.line : 0);
  if (!ok) cols.whole.push([k, s]);
  return ok;
}

/**
 * Calls `each` with every sentence of `cols` in order: the head rebuilt from its numbers, or the
 * sentence stored whole (and `true`). Throws on columns no interview of this shape could have given.
 */
export function readHeads(
  cols: HeadColumns,
  interviewId: string,
  turns: ReadonlyMap<number, Turn>,
  each: (head: SentenceHead, k: number, whole: boolean) => void,
): void {
  const n = cols.turnIndex.length;
  let w = 0;
  for (let k = 0; k < n; k++) {
    const stored = cols.whole[w];
    if (stored && stored[0] === k) {
      w++;
      each(stored[1] as SentenceHead, k, true);
      continue;
    }
    const turn = turns.get(cols.turnIndex[k]);
    if (!turn) throw new Error(`no turn ${cols.turnIndex[k]} for stored sentence ${k}`);
    each(sentenceHead(interviewId, turn, cols.index[k], cols.start[k], cols.end[k], cols.line[k]), k, false);
  }
  if (w !== cols.whole.length) throw new Error('stored sentences out of order');
}
