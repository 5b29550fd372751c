/**
 * Cache keys, one per layer:
 *
 *   tokens  = sha256(code version, file bytes' sha256, file path, the file's manifest entry)
 *   results = sha256(tokens key, configuration hash)
 *   configuration hash = sha256(analyzer plan, analysis options (targets), bytes of every resource
 *                        file: the data folder's .json files, --entities and --themes when given)
 *
 * The path is in the tokens key because it is written into every turn's provenance. Editing
 * themes.json or entities.json changes the results key but not the tokens key: unchanged documents
 * are re-analyzed, not re-tokenized. The code version covers how resources are loaded and used.
 * Resources are JSON by rule, so only .json files of the data folder count: transcripts kept in the
 * same folder (the sample corpus is) can be added without invalidating anything.
 *
 * Beside the keys, the spec holds each analyzer's fingerprint (fingerprints.ts): a results miss may
 * still take, from the results an earlier configuration left for the same tokens, the annotations of
 * the analyzers whose input is unchanged (layers.ts).
 */
import type { RawDoc } from '../types.js';
import type { DocContext } from '../index.js';
import { manifestFor } from '../manifest.js';
import type { ResourcePaths } from '../../analyzers/resources.js';
import { pathHash, sha256, stableHash } from './hash.js';
import { analyzerFingerprints, resourceHashes, type Fingerprints } from './fingerprints.js';
import { CacheStore } from './store.js';
import { codeVersion } from './version.js';

/** Plain data, so a worker thread can open the same cache with the same keys. */
export interface CacheSpec {
  dir: string;
  code: string;
  config: string;
  /** Analyzer name → fingerprint, for the analyzers of the plan. */
  analyzers: Fingerprints;
}

export interface DocCache {
  store: CacheStore;
  spec: CacheSpec;
}

/** `paths`: what `prepare` reads resources from, given its options. */
export function configHash(ctx: DocContext, paths: ResourcePaths): string {
  const plan = ctx.plan.map((a) => a.name);
  const resources = [paths.dataDir, paths.entities ?? '', paths.themes ?? ''];
  return sha256('config', stableHash({ plan, options: ctx.options }), ...resources.map((r) => pathHash(r, '.json')));
}

export function cacheSpec(dir: string, ctx: DocContext, paths: ResourcePaths): CacheSpec {
  return {
    dir,
    code: codeVersion(),
    config: configHash(ctx, paths),
    analyzers: analyzerFingerprints(ctx.plan, resourceHashes(paths), ctx.options),
  };
}

export function openCache(spec: CacheSpec): DocCache {
  return { store: new CacheStore(spec.dir), spec };
}

export function tokensKey(spec: CacheSpec, raw: RawDoc, ctx: DocContext): string {
  const entry = ctx.manifest ? manifestFor(ctx.manifest, raw.file) : undefined;
  return sha256('tokens', spec.code, raw.sha256, raw.file, stableHash(entry ?? null));
}

export function resultsKey(spec: CacheSpec, tokens: string): string {
  return sha256('results', tokens, spec.config);
}
