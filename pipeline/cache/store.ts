/**
 * The on-disk cache: one file per key and layer. Writes go to a temporary file renamed into place, so
 * worker threads and concurrent runs never see half a file; an unreadable entry counts as a miss.
 *
 *   <dir>/tokens/<k0k1>/<key>.entry    TokenizedDoc  (clean → split → turns → sentences, with tokens)
 *   <dir>/results/<k0k1>/<key>.entry   DocResult     (after the analyzers)
 *   <dir>/links/<k0k1>/<key>.entry     under a tokens key: the results entry last made from it (layers.ts)
 *   <dir>/names/<k0k1>/<key>.entry     under a tokens key: what compromise found in each of its windows (names.ts)
 *   <dir>/charts/<k0k1>/<key>.entry    a chart's SVG, under its spec (reports/render/cache.ts)
 *
 * An entry's modification time is when a run last used it: reads set it (see touch), so the cache can
 * be kept under a size cap least recently used first (prune.ts).
 *
 * An entry is written as JSON when its value comes back from JSON exactly (plain objects, arrays,
 * strings, booleans, null and finite numbers other than -0), else in v8's serialization format; it is
 * read by its first byte (v8's format opens with 0xFF, which JSON text never does). Tokens entries
 * hold typed arrays, which v8's format writes as they are in memory, so they are not tried as JSON.
 * Results entries are plain data: JSON.parse read the sample compilation's result in 17–28 ms where
 * v8.deserialize took 43–56 ms on a fresh heap (even, on a heap grown large), and left a smaller heap;
 * writing one costs a check for exactness (`exactJson`). A warm run reads results only. Both layers
 * store their values in columns (tokens-codec.ts, results-codec.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { threadId } from 'node:worker_threads';

export type CacheLayer = 'tokens' | 'results' | 'links' | 'names' | 'charts';

/** Every layer, each a folder of the cache directory. */
export const CACHE_LAYERS: readonly CacheLayer[] = ['tokens', 'results', 'links', 'names', 'charts'];

/** Layers whose entries are tried as JSON first (see above). */
const JSON_LAYERS: ReadonlySet<CacheLayer> = new Set(['results', 'links', 'names', 'charts']);

/** v8.serialize's first byte (its version tag). */
const V8_FORMAT = 0xff;

/**
 * Whether JSON.parse gives `v` back exactly: only strings, booleans, null, finite numbers other than
 * -0, arrays without holes, and objects whose prototype is Object.prototype (JSON.parse gives every
 * object that one: a class instance, a Map or a dictionary without a prototype is not given back).
 * Checked by a walk, then written by a plain JSON.stringify: a third faster than one JSON.stringify
 * with a checking replacer (the sample compilation's result as stored: 24–26 ms against 35–40, a
 * plain JSON.stringify alone 18–21).
 */
function jsonExact(v: unknown): boolean {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0);
    case 'object': {
      if (v === null) return true;
      if (Array.isArray(v)) {
        // A hole reads as undefined, which fails.
        for (let i = 0; i < v.length; i++) if (!jsonExact(v[i])) return false;
        return true;
      }
      if (Object.getPrototypeOf(v) !== Object.prototype) return false;
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) if (!jsonExact(o[k])) return false;
      return true;
    }
    default:
      return false;
  }
}

/** `value` as JSON text when JSON gives it back exactly, else undefined. */
export function exactJson(value: unknown): string | undefined {
  // (A cycle overflows the walk's stack, an error as JSON.stringify's own would be.)
  return jsonExact(value) ? JSON.stringify(value) : undefined;
}

export function encodeEntry(layer: CacheLayer, value: unknown): string | Buffer {
  return (JSON_LAYERS.has(layer) ? exactJson(value) : undefined) ?? v8.serialize(value);
}

export function decodeEntry(bytes: Buffer): unknown {
  return bytes[0] === V8_FORMAT ? v8.deserialize(bytes) : JSON.parse(bytes.toString('utf8'));
}

export class CacheStore {
  constructor(readonly dir: string) {}

  file(layer: CacheLayer, key: string): string {
    return path.join(this.dir, layer, key.slice(0, 2), `${key}.entry`);
  }

  /** Whether an entry's file is there (not whether it can be read). */
  has(layer: CacheLayer, key: string): boolean {
    return fs.existsSync(this.file(layer, key));
  }

  read<T>(layer: CacheLayer, key: string): T | undefined {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.file(layer, key));
    } catch {
      return undefined;
    }
    let value: T;
    try {
      value = decodeEntry(bytes) as T;
    } catch {
      // A truncated or foreign file: recompute and overwrite it.
      return undefined;
    }
    this.touch(layer, key);
    return value;
  }

  /**
   * Marks an entry as used now (its modification time), so that pruning (prune.ts) keeps the entries
   * runs read over those no run has read for longest. False when it is not there or cannot be changed.
   */
  touch(layer: CacheLayer, key: string): boolean {
    const now = new Date();
    try {
      fs.utimesSync(this.file(layer, key), now, now);
      return true;
    } catch {
      return false;
    }
  }

  /** Best effort: a cache that cannot be written (read-only disk, full disk) only costs speed. */
  write(layer: CacheLayer, key: string, value: unknown): boolean {
    const target = this.file(layer, key);
    const tmp = `${target}.${process.pid}.${threadId}.tmp`;
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(tmp, encodeEntry(layer, value));
      fs.renameSync(tmp, target);
      return true;
    } catch {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // The folder itself is unusable; there is nothing to clean up.
      }
      return false;
    }
  }
}
