/**
 * Cache keys, one per layer:
 *
 *   tokens  = sha256(code version, file bytes' sha256, file path, the file's manifest entry)
 *   results = sha256(tokens key, configuration hash)
 *   configuration hash = stableHash(analyzer plan, loaded resources, analysis options)
 *
 * The path is in the tokens key because it is written into every turn's provenance. Resources are
 * hashed as loaded (after validation), so editing themes.json or entities.json changes the results
 * key but not the tokens key: unchanged documents are not re-tokenized, only re-analyzed.
 */
import type { RawDoc } from '../types.js';
import type { DocContext } from '../index.js';
import { manifestFor } from '../manifest.js';
import { sha256, stableHash } from './hash.js';
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

export function configHash(ctx: DocContext): string {
  return stableHash({ plan: ctx.plan.map((a) => a.name), resources: ctx.resources, options: ctx.options });
}

export function cacheSpec(dir: string, ctx: DocContext): CacheSpec {
  return { dir, code: codeVersion(), config: configHash(ctx) };
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
