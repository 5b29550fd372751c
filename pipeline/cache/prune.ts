/**
 * Keeps the cache folder under a size cap. Every edit of themes.json or entities.json adds a results
 * entry per document (about 314 MB for the 100× corpus), and another corpus or out/ beside the same
 * folder adds its own, none of which a later run might read. After a run, entries are removed least
 * recently used first, until the folder's entries fit under the cap; an entry used by the run (read,
 * written or, for the tokens behind a results hit, touched) is never removed, so a run whose own
 * entries exceed the cap keeps them all and removes the rest.
 *
 * "Used" is the file's modification time: a store read or a results hit sets it (store.ts, layers.ts),
 * a write makes it. Entries used since `usedSince` are the run's. A multi-part entry's parts age
 * together (they are written together); should one part go alone, its entry reads as missing
 * (layers.ts), is made again, and the part left behind ages out in turn.
 *
 * Temporary files left by a writer that died mid-write (a killed run) are removed once an hour old.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_LAYERS } from './store.js';
import { timingsEnabled } from '../timings.js';
import { MIB } from '../units.js';

/** The default cap: room for the 100× corpus (819 MB) with its results for two more configurations. */
export const DEFAULT_CACHE_MAX_BYTES = 2048 * MIB;

/** A temporary file this old has no writer left (a write takes milliseconds). */
export const STALE_TMP_MS = 60 * 60 * 1000;

/**
 * How long before a run's start an entry counts as used by it: file times can lag the clock (Linux
 * stamps writes with a clock a few ms coarse; FAT rounds to 2 s), and an entry used just before the
 * run is as worth keeping as one of its own.
 */
export const USED_MARGIN_MS = 5_000;

export interface PruneOptions {
  maxBytes: number;
  /** Entries used at or after this time (ms since the epoch) are kept, whatever the cap. */
  usedSince: number;
  /** Now, for the age of temporary files (default Date.now()). */
  now?: number;
}

export interface PruneResult {
  /** Entries (and their bytes) left in the folder. */
  entries: number;
  bytes: number;
  /** Entries removed as least recently used, and their bytes. */
  removed: number;
  removedBytes: number;
  /** Stale temporary files removed. */
  staleTmp: number;
}

interface EntryFile {
  file: string;
  size: number;
  usedMs: number;
}

/** The entry files of every layer, with their sizes and last use; stale temporary files removed on the way. */
function listEntries(dir: string, now: number, result: PruneResult): EntryFile[] {
  const entries: EntryFile[] = [];
  for (const layer of CACHE_LAYERS) {
    const layerDir = path.join(dir, layer);
    for (const shard of readdirOrEmpty(layerDir)) {
      const shardDir = path.join(layerDir, shard);
      for (const name of readdirOrEmpty(shardDir)) {
        const file = path.join(shardDir, name);
        const st = statOrUndefined(file);
        if (!st?.isFile()) continue;
        if (name.endsWith('.entry')) entries.push({ file, size: st.size, usedMs: st.mtimeMs });
        else if (name.endsWith('.tmp') && now - st.mtimeMs >= STALE_TMP_MS && removeFile(file)) result.staleTmp++;
      }
    }
  }
  return entries;
}

/**
 * Removes the least recently used entries of the cache folder `dir` until the rest fit in
 * `maxBytes`, never one used since `usedSince`. Best effort, like writes: a file that cannot be
 * removed is counted as kept. Ties in last use go by path, so the same folder is pruned the same way.
 */
export function pruneCache(dir: string, options: PruneOptions): PruneResult {
  const result: PruneResult = { entries: 0, bytes: 0, removed: 0, removedBytes: 0, staleTmp: 0 };
  const entries = listEntries(dir, options.now ?? Date.now(), result);
  result.entries = entries.length;
  result.bytes = entries.reduce((n, e) => n + e.size, 0);
  if (result.bytes <= options.maxBytes) return result;
  entries.sort((a, b) => a.usedMs - b.usedMs || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const e of entries) {
    if (result.bytes <= options.maxBytes || e.usedMs >= options.usedSince) break;
    if (!removeFile(e.file)) continue;
    result.entries--;
    result.bytes -= e.size;
    result.removed++;
    result.removedBytes += e.size;
  }
  return result;
}

function readdirOrEmpty(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

function removeFile(file: string): boolean {
  try {
    fs.rmSync(file);
    return true;
  } catch {
    return false;
  }
}

/** `pruneCache` after a run that started at `started` (Date.now()); prints what it did under TURNLENS_TIMINGS=1. */
export function pruneAfterRun(dir: string, started: number, maxBytes: number = DEFAULT_CACHE_MAX_BYTES): PruneResult {
  const result = pruneCache(dir, { maxBytes, usedSince: started - USED_MARGIN_MS });
  if (timingsEnabled()) process.stderr.write(`turnlens cache: ${describePrune(result, maxBytes)}\n`);
  return result;
}

function describePrune(r: PruneResult, maxBytes: number): string {
  const mib = (n: number) => (n / MIB).toFixed(1);
  return `kept ${r.entries} entries (${mib(r.bytes)} MiB, cap ${mib(maxBytes)} MiB), removed ${r.removed} (${mib(r.removedBytes)} MiB) and ${r.staleTmp} stale temporary files`;
}
