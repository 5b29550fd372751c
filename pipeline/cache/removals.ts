/**
 * A document's removed lines as both cache layers store them. A PDF extraction loses thousands of
 * lines (page numbers, running headers), each a Removal naming the document's file and one of a few
 * reasons: stored as rows, the file name alone was half of them. Here they are columns, the file
 * given once and each reason as a code; a removal that is not of this shape is kept whole.
 */
import type { Removal } from '../types.js';
import { hasKeys, isCount, isPlainObject } from './shape.js';

const REMOVAL_KEYS: readonly string[] = ['file', 'line', 'what', 'why'];

export interface StoredRemovals {
  line: number[];
  what: string[];
  /** Codes into `reasons`. */
  why: number[];
  reasons: string[];
  /** [k, removal] for each removal stored whole, k ascending; its own column entries hold 0 and the empty string. */
  whole: Array<[number, unknown]>;
}

function plain(r: Removal, file: string): boolean {
  return (
    isPlainObject(r) && hasKeys(r, REMOVAL_KEYS) && r.file === file && isCount(r.line) &&
    typeof r.what === 'string' && typeof r.why === 'string'
  );
}

/** `removed` of the document read from `file`. */
export function storeRemovals(removed: readonly Removal[], file: string): StoredRemovals {
  const out: StoredRemovals = { line: [], what: [], why: [], reasons: [], whole: [] };
  const codes = new Map<string, number>();
  removed.forEach((r, k) => {
    if (!plain(r, file)) {
      out.line.push(0);
      out.what.push('');
      out.why.push(0);
      out.whole.push([k, r]);
      return;
    }
    let c = codes.get(r.why);
    if (c === undefined) {
      c = out.reasons.length;
      codes.set(r.why, c);
      out.reasons.push(r.why);
    }
    out.line.push(r.line);
    out.what.push(r.what);
    out.why.push(c);
  });
  return out;
}

/** The removals `storeRemovals(removed, file)` stored. */
export function readRemovals(stored: StoredRemovals, file: string): Removal[] {
  const out = new Array<Removal>(stored.line.length);
  let w = 0;
  for (let k = 0; k < out.length; k++) {
    const whole = stored.whole[w];
    if (whole && whole[0] === k) {
      w++;
      out[k] = whole[1] as Removal;
      continue;
    }
    const why = stored.reasons[stored.why[k]];
    if (why === undefined) throw new Error(`stored removal ${k} has no reason`);
    out[k] = { file, line: stored.line[k], what: stored.what[k], why };
  }
  if (w !== stored.whole.length) throw new Error('stored removals out of order');
  return out;
}
