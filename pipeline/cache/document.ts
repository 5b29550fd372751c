/**
 * One document through the two halves of the per-document stages (defined in pipeline/index.ts),
 * each half cached on its own:
 *
 *   RawDoc ─clean→ split→ turns→ sentences─▶ TokenizedDoc ─analyzers─▶ DocResult
 *          └──────── tokens layer ────────┘              └─ results layer ─┘
 *
 * A long document goes through both halves a part (a batch of interviews) at a time, each part
 * cached on its own (layers.ts), so neither half holds a whole document's tokens; a tokens hit
 * decodes and analyses one interview at a time.
 */
import type { DocResult, RawDoc, TokenizedDoc, TokenizedInterview } from '../types.js';
import { annotateInterviews, docResult, mergeParts, processDocumentParts, type DocContext } from '../index.js';
import { StageTotals } from '../timings.js';
import { resultsKey, tokensKey, type DocCache } from './keys.js';
import { throughCache, type CacheOutcome } from './layers.js';
import type { CacheWrites } from './writes.js';
import { checkEncoded, decodeInterview, encodeTokenized, type EncodedTokenizedDoc } from './tokens-codec.js';

const untimed = new StageTotals();

export interface CachedDoc {
  result: DocResult;
  outcome: CacheOutcome;
}

/**
 * One document through the cache (or straight through when `cache` is undefined), its parts handed
 * to `take` in order as each is read or made (see processDocumentParts), each with the layer it came
 * from; the outcome is the lowest layer any part needed. Cache writes of a one-part document go to
 * `writes` when given (they may then run later); all others run at once.
 */
export function processCachedParts(
  raw: RawDoc,
  ctx: DocContext,
  take: (part: DocResult, from: CacheOutcome) => void,
  cache?: DocCache,
  times: StageTotals = untimed,
  writes?: CacheWrites,
): CacheOutcome {
  if (!cache) {
    processDocumentParts(raw, ctx, (part) => take(part, 'off'), { times });
    return 'off';
  }
  const tKey = tokensKey(cache.spec, raw, ctx);
  return throughCache<EncodedTokenizedDoc, DocResult>(
    cache.store,
    {
      tokensKey: tKey,
      resultsKey: resultsKey(cache.spec, tKey),
      compute: (part) =>
        processDocumentParts(
          raw,
          ctx,
          (result, tokenized, of) => {
            // A one-part document's tokens are encoded when its write runs, which may be later; a
            // long document's at once, so that its token objects can go before the next part.
            const encoded = of.count > 1 ? encodeTokenized(tokenizedPart(result, tokenized)) : undefined;
            part(result, () => encoded ?? encodeTokenized(tokenizedPart(result, tokenized)));
          },
          { times },
        ),
      annotate: (enc) => annotateEncoded(enc, ctx, times),
      check: checkEncoded,
    },
    times,
    take,
    writes && ((write) => writes.schedule(raw.text.length, write)),
  );
}

/** One document through the cache, its parts as one result (worker threads reply with it whole). */
export function processCached(raw: RawDoc, ctx: DocContext, cache?: DocCache, times: StageTotals = untimed, writes?: CacheWrites): CachedDoc {
  const parts: DocResult[] = [];
  const outcome = processCachedParts(raw, ctx, (part) => void parts.push(part), cache, times, writes);
  return { result: mergeParts(parts), outcome };
}

/** A part's tokens as the tokens layer stores them: its interviews, removed lines and warnings. */
function tokenizedPart(part: DocResult, interviews: TokenizedInterview[]): TokenizedDoc {
  return { file: part.file, kind: part.kind, encoding: part.encoding, interviews, removed: part.removed, warnings: part.warnings };
}

/** The analyzers over a part's stored tokens, decoded one interview at a time (each let go once analysed). */
function annotateEncoded(enc: EncodedTokenizedDoc, ctx: DocContext, times: StageTotals): DocResult {
  const analysed = enc.interviews.map((_, i) => {
    const tokenized = times.time('cache read', () => decodeInterview(enc, i));
    return annotateInterviews([tokenized], ctx, times)[0];
  });
  return docResult(enc.doc, analysed);
}
