/**
 * compromise's people and organisation finders, loaded on first need. compromise reads ~15× slower
 * than wink, so callers pass it only short windows around capitalised spans nothing else explained.
 * The analyzer contract is synchronous, so the module is required lazily (its CommonJS build) rather
 * than imported at start-up; runs that never need it never load it.
 */
import { createRequire } from 'node:module';
import { readNamesInThread } from './names-thread/index.js';

interface CompromiseJson {
  text: string;
  offset: { start: number; length: number };
}
interface CompromiseView {
  json(opts: { offset: true; terms: false }): CompromiseJson[];
}
interface CompromiseDoc {
  people(): CompromiseView;
  organizations(): CompromiseView;
}
type Compromise = ((text: string) => CompromiseDoc) & { _world?: { hooks?: string[] } };

/**
 * compromise's last analysis step, 'chunks', groups tagged words into phrase chunks; it only reads
 * the tags, and the people and organisation finders never read chunks, so it is skipped for our reads
 * (about a tenth of compromise's time). The hook list is compromise's own world setting, so it is
 * swapped only for the duration of one synchronous call and restored, leaving other users of the
 * module (the benchmark's baseline) untouched.
 */
const SKIPPED_HOOKS = new Set(['chunks']);

function readWithoutChunks(nlp: Compromise, text: string): CompromiseDoc {
  const world = nlp._world;
  const hooks = world?.hooks;
  if (!world || !Array.isArray(hooks) || !hooks.some((h) => SKIPPED_HOOKS.has(h))) return nlp(text);
  world.hooks = hooks.filter((h) => !SKIPPED_HOOKS.has(h));
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

let compromise: Compromise | undefined;

function load(): Compromise {
  compromise ??= createRequire(import.meta.url)('compromise') as Compromise;
  return compromise;
}

export interface FoundName {
  kind: 'person' | 'organization';
  /** Offsets in the text given. */
  start: number;
  end: number;
}

/** Calls, characters read and time spent, for the benchmark. */
export const stats = { calls: 0, chars: 0, ms: 0 };

/**
 * Reads many short windows in one compromise call: its per-call set-up costs more than the text, so
 * windows are joined with paragraph breaks (which compromise never reads across) and the results are
 * handed back per window, in that window's offsets.
 */
export function findNamesInWindows(texts: readonly string[]): FoundName[][] {
  const out: FoundName[][] = texts.map(() => []);
  if (texts.length === 0) return out;
  const starts: number[] = [];
  let joined = '';
  for (const t of texts) {
    if (joined !== '') joined += SEPARATOR;
    starts.push(joined.length);
    joined += t;
  }
  const t0 = performance.now();
  // The names thread, where one runs (see names-thread/), else this thread.
  const all = readNamesInThread(joined) ?? readNamesHere(joined);
  stats.calls++;
  stats.chars += joined.length;
  stats.ms += performance.now() - t0;
  for (const f of all) {
    const w = windowOf(starts, f.start);
    const base = starts[w];
    if (f.end - base > texts[w].length) continue;
    out[w].push({ kind: f.kind, start: f.start - base, end: f.end - base });
  }
  return out;
}

/** The people and organisations compromise finds in `text`, read in this thread. */
export function readNamesHere(text: string): FoundName[] {
  const doc = readWithoutChunks(load(), text);
  // Only offsets are read: `terms: false` spares building a JSON object per word.
  return [
    ...doc.people().json({ offset: true, terms: false }).map((j) => toFound('person', j)),
    ...doc.organizations().json({ offset: true, terms: false }).map((j) => toFound('organization', j)),
  ];
}

const SEPARATOR = '.\n\n';

/** The last window starting at or before `offset` (binary search). */
function windowOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function toFound(kind: FoundName['kind'], j: CompromiseJson): FoundName {
  return { kind, start: j.offset.start, end: j.offset.start + j.offset.length };
}

/** Whether compromise has been loaded in this thread (for tests of laziness). */
export function compromiseLoaded(): boolean {
  return compromise !== undefined;
}
