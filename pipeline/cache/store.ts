/**
 * The on-disk cache: one file per key and layer, written with v8.serialize (several times faster
 * than JSON for token-heavy documents). Writes go to a temporary file renamed into place, so worker
 * threads and concurrent runs never see half a file; an unreadable entry counts as a miss.
 *
 *   <dir>/tokens/<k0k1>/<key>.v8    TokenizedDoc  (clean → split → turns → sentences, with tokens)
 *   <dir>/results/<k0k1>/<key>.v8   DocResult     (after the analyzers)
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { threadId } from 'node:worker_threads';

export type CacheLayer = 'tokens' | 'results';

export class CacheStore {
  constructor(readonly dir: string) {}

  file(layer: CacheLayer, key: string): string {
    return path.join(this.dir, layer, key.slice(0, 2), `${key}.v8`);
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
    try {
      return v8.deserialize(bytes) as T;
    } catch {
      // A truncated or foreign file: recompute and overwrite it.
      return undefined;
    }
  }

  /** Best effort: a cache that cannot be written (read-only disk, full disk) only costs speed. */
  write(layer: CacheLayer, key: string, value: unknown): boolean {
    const target = this.file(layer, key);
    const tmp = `${target}.${process.pid}.${threadId}.tmp`;
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(tmp, v8.serialize(value));
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
