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
 */
import type { RawDoc } from '../types.js';
import type { DocContext } from '../index.js';
import { manifestFor } from '../manifest.js';
import { pathHash, sha256, stableHash } from './hash.js';
import { CacheStore } from './store.js';
import { codeVersion } from './version.js';

/** Plain data, so a worker thread can open the same cache with the same keys. */
export interface CacheSpec {
  dir: string;
  code: string;
  config: string;
}

export interface DocCache {
  store: CacheStore;
  spec: CacheSpec;
}

/** `resources`: the files and folders resources are loaded from (see `resourcePaths`). */
export function configHash(ctx: DocContext, resources: readonly string[]): string {
  const plan = ctx.plan.map((a) => a.name);
  return sha256('config', stableHash({ plan, options: ctx.options }), ...resources.map((r) => pathHash(r, '.json')));
}

/** What `prepare` reads resources from, given its options. */
export function resourcePaths(options: { dataDir: string; entities?: string; themes?: string }): string[] {
  return [options.dataDir, options.entities ?? '', options.themes ?? ''];
}

export function cacheSpec(dir: string, ctx: DocContext, resources: readonly string[]): CacheSpec {
  return { dir, code: codeVersion(), config: configHash(ctx, resources) };
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
