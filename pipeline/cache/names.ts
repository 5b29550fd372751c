/**
 * The names layer: what compromise found in each window of a document
 * (analyzers/entities/compromise.ts), under the document's tokens key. compromise takes half a second
 * to load and about half a millisecond a window to read; after an edit of entities.json the entity
 * finder runs again on the stored tokens, mostly over the same windows. Read back into the memo first
 * (knownNames), they are not read again: a document whose windows are all there needs no compromise
 * at all. A window's finds depend on its text and on compromise, whose version the key covers
 * (keys.ts, version.ts), so they never go stale.
 */
import type { CacheStore } from './store.js';
import type { StageTotals } from '../timings.js';
import type { FoundName } from '../../analyzers/entities/compromise.js';

/** As stored: each window's text and finds, sorted by text. */
export interface StoredNames {
  windows: Array<[string, FoundName[]]>;
}

function isFound(f: unknown): f is FoundName {
  if (typeof f !== 'object' || f === null) return false;
  const { kind, start, end } = f as Record<string, unknown>;
  return (kind === 'person' || kind === 'organization') && Number.isInteger(start) && Number.isInteger(end);
}

/** The windows stored under `key`; an entry missing, unreadable or not of this shape gives none. */
export function readNames(store: CacheStore, key: string, times: StageTotals): Array<[string, FoundName[]]> {
  const stored = times.time('cache read', () => store.read<StoredNames>('names', key));
  if (typeof stored !== 'object' || stored === null || !Array.isArray(stored.windows)) return [];
  const ok = stored.windows.every((w) => Array.isArray(w) && w.length === 2 && typeof w[0] === 'string' && Array.isArray(w[1]) && w[1].every(isFound));
  return ok ? stored.windows : [];
}

/**
 * What to store: the windows read back and those recorded since, sorted by text; nothing when no
 * window was new. Windows an edit made obsolete stay, so an edit undone finds them again; they are
 * few, all cut from the same document's capitalised runs.
 */
export function namesToStore(readBack: ReadonlyArray<[string, FoundName[]]>, recorded: ReadonlyMap<string, FoundName[]>): StoredNames | undefined {
  const all = new Map(readBack);
  let fresh = false;
  for (const [text, found] of recorded) {
    if (all.has(text)) continue;
    all.set(text, found);
    fresh = true;
  }
  return fresh ? { windows: [...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) } : undefined;
}
