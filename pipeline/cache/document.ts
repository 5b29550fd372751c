/**
 * One document through the two halves of the per-document stages (defined in pipeline/index.ts),
 * each half cached on its own:
 *
 *   RawDoc ─clean→ split→ turns→ sentences─▶ TokenizedDoc ─analyzers─▶ DocResult
 *          └──────── tokens layer ────────┘              └─ results layer ─┘
 */
import type { DocResult, RawDoc, TokenizedDoc } from '../types.js';
import { annotateDocument, tokenizeDocument, type DocContext } from '../index.js';
import { StageTotals } from '../timings.js';
import { resultsKey, tokensKey, type DocCache } from './keys.js';
import { throughCache, type CacheOutcome } from './layers.js';
import type { CacheWrites } from './writes.js';
import { checkEncoded, decodeTokenized, encodeTokenized } from './tokens-codec.js';

const untimed = new StageTotals();

export interface CachedDoc {
  result: DocResult;
  outcome: CacheOutcome;
}

/**
 * One document through the cache (or straight through when `cache` is undefined). Its cache writes go
 * to `writes` when given (they may then run later), else they run at once.
 */
export function processCached(
  raw: RawDoc,
  ctx: DocContext,
  cache?: DocCache,
  times: StageTotals = untimed,
  writes?: CacheWrites,
): CachedDoc {
  if (!cache) return { result: annotateDocument(tokenizeDocument(raw, ctx, times), ctx, times), outcome: 'off' };
  const tKey = tokensKey(cache.spec, raw, ctx);
  return throughCache<TokenizedDoc, DocResult>(
    cache.store,
    {
      tokensKey: tKey,
      resultsKey: resultsKey(cache.spec, tKey),
      tokenize: () => tokenizeDocument(raw, ctx, times),
      annotate: (doc) => annotateDocument(doc, ctx, times),
      pack: encodeTokenized,
      unpack: (stored) => decodeTokenized(checkEncoded(stored)),
    },
    times,
    writes && ((write) => writes.schedule(raw.text.length, write)),
  );
}
