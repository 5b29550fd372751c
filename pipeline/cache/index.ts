/**
 * The result cache: a document's tokens and its analysis, keyed by content, code and configuration.
 * Where it lives: `defaultCacheDir(out)` = `.turnlens-cache/` beside the output folder.
 */
import path from 'node:path';

export { CACHE_LAYERS, CacheStore, type CacheLayer } from './store.js';
export { cacheSpec, configHash, openCache, resultsKey, tokensKey, type CacheSpec, type DocCache } from './keys.js';
export { processCached, processCachedParts, type CachedDoc } from './document.js';
export { partKey, throughCache, type CacheOutcome, type LayeredWork, type WriteScheduler } from './layers.js';
export { CacheWrites } from './writes.js';
export { codeVersion } from './version.js';
export { dropOtherVersions, VERSION_FILE } from './version-mark.js';
export { DEFAULT_CACHE_MAX_BYTES, pruneAfterRun, pruneCache, type PruneOptions, type PruneResult } from './prune.js';
export { decodeTokenized, encodeTokenized, type EncodedTokenizedDoc } from './tokens-codec.js';
export { pathHash, sha256, stableHash } from './hash.js';

export const CACHE_FOLDER = '.turnlens-cache';

/** `.turnlens-cache/` in the output folder's parent: `out/` → `./.turnlens-cache/`. */
export function defaultCacheDir(outDir: string): string {
  return path.join(path.dirname(path.resolve(outDir)), CACHE_FOLDER);
}
