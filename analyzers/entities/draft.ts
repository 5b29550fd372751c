/** A mention under construction: token span plus what is known so far about its entity. */
import type { EntityType } from '../../pipeline/types.js';

export interface Draft {
  /** Token indexes in the sentence: [first, end). */
  first: number;
  end: number;
  type: EntityType;
  /** Canonical id once known; persons found by shape alone get theirs from resolve-person.ts. */
  entity: string | null;
  /** The name as written, titles and possessive stripped (persons and unknown organisations). */
  name: string;
  /** Characters at the end of the last token that are not part of the name (a sentence-final "."). */
  trim?: number;
}

/** One bit per token: set once a token belongs to a mention, so later finders never overlap it. */
export type Coverage = Uint8Array;

export function cover(c: Coverage, first: number, end: number): void {
  c.fill(1, first, end);
}

export function isFree(c: Coverage, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (c[i]) return false;
  return true;
}
