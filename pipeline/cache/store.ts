/**
 * The on-disk cache: one file per key and layer. Writes go to a temporary file renamed into place, so
 * worker threads and concurrent runs never see half a file; an unreadable entry counts as a miss.
 *
 *   <dir>/tokens/<k0k1>/<key>.entry    TokenizedDoc  (clean → split → turns → sentences, with tokens)
 *   <dir>/results/<k0k1>/<key>.entry   DocResult     (after the analyzers)
 *   <dir>/links/<k0k1>/<key>.entry     under a tokens key: the results entry last made from it (layers.ts)
 *   <dir>/names/<k0k1>/<key>.entry     under a tokens key: what compromise found in each of its windows (names.ts)
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
 * JSON.stringify with the check takes 22 ms, v8.serialize 14 ms. A warm run reads results only.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { threadId } from 'node:worker_threads';

export type CacheLayer = 'tokens' | 'results' | 'links' | 'names';

/** Every layer, each a folder of the cache directory. */
export const CACHE_LAYERS: readonly CacheLayer[] = ['tokens', 'results', 'links', 'names'];

/** Layers whose entries are tried as JSON first (see above). */
const JSON_LAYERS: ReadonlySet<CacheLayer> = new Set(['results', 'links', 'names']);

/** v8.serialize's first byte (its version tag). */
const V8_FORMAT = 0xff;

/** Thrown inside JSON.stringify to stop at the first value JSON would not give back as it is (never seen outside exactJson). */
const NOT_JSON = Symbol('not JSON-exact');

/** JSON.stringify's replacer: `v` is the value after its toJSON (a Date's string), so the holder's own is checked. */
function exactJsonValue(this: Record<string, unknown>, key: string, v: unknown): unknown {
  const own = this[key];
  if (typeof own === 'number') {
    if (!Number.isFinite(own) || Object.is(own, -0)) throw NOT_JSON;
  } else if (own === undefined || typeof own === 'function' || typeof own === 'symbol' || typeof own === 'bigint') {
    throw NOT_JSON;
  } else if (typeof own === 'object' && own !== null && !Array.isArray(own)) {
    // JSON.parse gives every object Object.prototype: a class instance, or a dictionary without a prototype, is not given back.
    if (Object.getPrototypeOf(own) !== Object.prototype) throw NOT_JSON;
  }
  return v;
}

/** `value` as JSON text when JSON gives it back exactly, else undefined. */
export function exactJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, exactJsonValue);
  } catch (e) {
    if (e === NOT_JSON) return undefined;
    throw e;
  }
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
