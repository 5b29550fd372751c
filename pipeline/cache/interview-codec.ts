/**
 * An interview as both cache layers store it, and as a worker thread sends it: its turns in columns.
 * A turn is an object of eleven fields, two of them objects of their own (its source, and a line map
 * of one pair per source line); sent between threads, the sample compilation's 563 turns took 8 ms to
 * rebuild, of which their texts 0.1 ms. Here the speaker, label, role and affiliation are codes into
 * one table of strings, the interview id and source file are the interview's own, and the line maps
 * one flat column of numbers.
 *
 * A turn the columns would not give back exactly (keys in another order, values of other kinds, a
 * source file other than the interview's) is kept whole beside them, in its place; an interview
 * whose turns do not come last, or are no array, is kept whole.
 */
import type { Interview, Role, Turn } from '../types.js';
import { hasKeys, isCount, isPlainArray as isArray, isPlainObject as isPlain } from './shape.js';

const TURN_KEYS: readonly string[] = ['interviewId', 'index', 'speaker', 'label', 'role', 'affiliation', 'answersTurn', 'source', 'lineMap', 'text', 'nWords'];
const SOURCE_KEYS: readonly string[] = ['file', 'line'];
/** A null affiliation or answered turn, in their columns. */
const NONE = -1;

interface TurnColumns {
  index: number[];
  /** Codes into `strings`. */
  speaker: number[];
  label: number[];
  role: number[];
  /** Codes into `strings`, or NONE. */
  affiliation: number[];
  /** The answered turn's index, or NONE. */
  answersTurn: number[];
  line: number[];
  /** Pairs in each turn's line map, then the pairs' numbers, turn after turn. */
  pairs: number[];
  lineMap: number[];
  text: string[];
  nWords: number[];
  strings: string[];
  /** [k, turn] for each turn stored whole, k ascending; its own column entries hold 0, NONE or the empty string. */
  whole: Array<[number, unknown]>;
}

export type StoredInterview = { head: Omit<Interview, 'turns'>; turns: TurnColumns } | { whole: Interview };

function lineMapFits(m: unknown): m is Array<[number, number]> {
  if (!isArray(m)) return false;
  for (let i = 0; i < m.length; i++) {
    const p = m[i];
    if (!(i in m) || !isArray(p) || p.length !== 2 || !isCount(p[0]) || !isCount(p[1])) return false;
  }
  return true;
}

function turnFits(t: Turn, iv: Interview): boolean {
  return (
    isPlain(t) && hasKeys(t, TURN_KEYS) && t.interviewId === iv.id && isCount(t.index) &&
    typeof t.speaker === 'string' && typeof t.label === 'string' && typeof t.role === 'string' &&
    (t.affiliation === null || typeof t.affiliation === 'string') && (t.answersTurn === null || isCount(t.answersTurn)) &&
    isPlain(t.source) && hasKeys(t.source, SOURCE_KEYS) && t.source.file === iv.sourceFile && isCount(t.source.line) &&
    lineMapFits(t.lineMap) && typeof t.text === 'string' && isCount(t.nWords)
  );
}

export function storeInterview(iv: Interview): StoredInterview {
  const keys = Object.keys(iv);
  if (!isPlain(iv) || keys[keys.length - 1] !== 'turns' || !isArray(iv.turns) || typeof iv.sourceFile !== 'string') return { whole: iv };
  const { turns, ...head } = iv;
  const cols: TurnColumns = { index: [], speaker: [], label: [], role: [], affiliation: [], answersTurn: [], line: [], pairs: [], lineMap: [], text: [], nWords: [], strings: [], whole: [] };
  const codes = new Map<string, number>();
  const code = (s: string): number => {
    let c = codes.get(s);
    if (c === undefined) {
      c = cols.strings.length;
      codes.set(s, c);
      cols.strings.push(s);
    }
    return c;
  };
  for (let k = 0; k < turns.length; k++) {
    const t = turns[k];
    const fits = k in turns && turnFits(t, iv);
    cols.index.push(fits ? t.index : 0);
    cols.speaker.push(fits ? code(t.speaker) : 0);
    cols.label.push(fits ? code(t.label) : 0);
    cols.role.push(fits ? code(t.role) : 0);
    cols.affiliation.push(fits && t.affiliation !== null ? code(t.affiliation) : NONE);
    cols.answersTurn.push(fits && t.answersTurn !== null ? t.answersTurn : NONE);
    cols.line.push(fits ? t.source.line : 0);
    cols.pairs.push(fits ? t.lineMap.length : 0);
    if (fits) for (const [offset, line] of t.lineMap) cols.lineMap.push(offset, line);
    cols.text.push(fits ? t.text : '');
    cols.nWords.push(fits ? t.nWords : 0);
    if (!fits) cols.whole.push([k, t]);
  }
  return { head, turns: cols };
}

export function readInterview(stored: StoredInterview): Interview {
  if ('whole' in stored) return stored.whole;
  const { head, turns: c } = stored;
  const str = (code: number): string => {
    const s = c.strings[code];
    if (s === undefined) throw new Error(`stored turn names string ${code}, which is not stored`);
    return s;
  };
  const turns: Turn[] = [];
  let w = 0;
  let p = 0;
  for (let k = 0; k < c.index.length; k++) {
    const whole = c.whole[w];
    if (whole && whole[0] === k) {
      w++;
      turns.push(whole[1] as Turn);
      continue;
    }
    const lineMap: Array<[number, number]> = [];
    for (let j = c.pairs[k]; j > 0; j--, p += 2) lineMap.push([c.lineMap[p], c.lineMap[p + 1]]);
    turns.push({
      interviewId: head.id,
      index: c.index[k],
      speaker: str(c.speaker[k]),
      label: str(c.label[k]),
      role: str(c.role[k]) as Role,
      affiliation: c.affiliation[k] === NONE ? null : str(c.affiliation[k]),
      answersTurn: c.answersTurn[k] === NONE ? null : c.answersTurn[k],
      source: { file: head.sourceFile, line: c.line[k] },
      lineMap,
      text: c.text[k],
      nWords: c.nWords[k],
    });
  }
  if (w !== c.whole.length || p !== c.lineMap.length) throw new Error('stored turns out of order');
  return { ...head, turns };
}

/** The id of a stored interview, without reading its turns. */
export function storedInterviewId(stored: StoredInterview): string {
  return 'whole' in stored ? stored.whole.id : stored.head.id;
}
