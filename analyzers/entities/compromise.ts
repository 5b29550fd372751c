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

/**
 * Calls, characters read and time spent, for the benchmark; `readHere`, windows compromise itself
 * read in this thread (not found in its memo).
 */
export const stats = { calls: 0, chars: 0, ms: 0, readHere: 0 };

/** What compromise found in each window handed to findNamesInWindows while a recording runs (recordNames). */
let recording: Map<string, FoundName[]> | undefined;

/**
 * What compromise finds in each window, each read as a text of its own. Read as one document, the
 * windows joined by ".\n\n", a name ending its window ran into the separator when another window
 * followed ("founder was Carlos Slim." gave "Carlos Slim..") and was dropped as reaching past its
 * window; and compromise reads a document as a whole, so nothing held one window's finds apart from
 * the others'. A sentence's people depended on what else its interview said, and a long interview read
 * in pieces could not give what it gives read whole. Reading windows one by one costs compromise's
 * set-up per window (about half a millisecond), so each distinct window is read once per thread
 * (`readWindowsHere`).
 */
export function findNamesInWindows(texts: readonly string[]): FoundName[][] {
  if (texts.length === 0) return [];
  const t0 = performance.now();
  // This thread's memo when it holds every window (as after knownNames), else the names thread, where
  // one runs (see names-thread/), else this thread.
  const known = texts.map((t) => windowMemo.get(t));
  const found = known.every((f) => f !== undefined) ? known : (readNamesInThread(texts) ?? readWindowsHere(texts));
  stats.calls++;
  for (const t of texts) stats.chars += t.length;
  stats.ms += performance.now() - t0;
  if (recording) texts.forEach((t, k) => recording!.set(t, found[k]));
  return found;
}

/**
 * Runs `fn`, noting what compromise found in each window handed to findNamesInWindows meanwhile (the
 * cache keeps a document's: pipeline/cache/names.ts).
 */
export function recordNames<T>(fn: () => T): { value: T; names: Map<string, FoundName[]> } {
  const before = recording;
  const names = new Map<string, FoundName[]>();
  recording = names;
  try {
    return { value: fn(), names };
  } finally {
    recording = before;
  }
}

/**
 * Puts what compromise found in windows before (read back from the cache) into this thread's memo, so
 * that findNamesInWindows answers from it: a document whose windows are all known there needs no
 * compromise at all (nor its loading, half a second).
 */
export function knownNames(names: Iterable<[string, FoundName[]]>): void {
  for (const [text, found] of names) {
    if (windowMemo.size >= WINDOW_MEMO_MAX) windowMemo.clear();
    windowMemo.set(text, found);
  }
}

/** Windows read in this thread, by text; cleared once it holds WINDOW_MEMO_MAX of them. */
const windowMemo = new Map<string, FoundName[]>();
const WINDOW_MEMO_MAX = 20_000;

/** Forgets every window read: for the benchmark, whose rounds read the same text again and must pay for it each time. */
export function forgetWindows(): void {
  windowMemo.clear();
}

/** What compromise finds in each of `texts`, each read on its own in this thread (see findNamesInWindows). */
export function readWindowsHere(texts: readonly string[]): FoundName[][] {
  return texts.map((text) => {
    let found = windowMemo.get(text);
    if (found === undefined) {
      if (windowMemo.size >= WINDOW_MEMO_MAX) windowMemo.clear();
      found = readNamesHere(text);
      stats.readHere++;
      windowMemo.set(text, found);
    }
    return found;
  });
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

function toFound(kind: FoundName['kind'], j: CompromiseJson): FoundName {
  return { kind, start: j.offset.start, end: j.offset.start + j.offset.length };
}

/** Whether compromise has been loaded in this thread (for tests of laziness). */
export function compromiseLoaded(): boolean {
  return compromise !== undefined;
}
