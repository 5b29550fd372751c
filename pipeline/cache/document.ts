/**
 * One document through the per-document stages, in two cached halves:
 *
 *   RawDoc ─clean→ split→ turns→ sentences─▶ TokenizedDoc ─analyzers─▶ DocResult
 *          └──────── tokens layer ────────┘              └─ results layer ─┘
 *
 * The composition is the same as `processDocument` in pipeline/index.ts (a test holds them equal);
 * it is split here so each half can be cached and timed on its own.
 */
import type { DocResult, RawDoc, TokenizedDoc } from '../types.js';
import type { DocContext } from '../index.js';
import { manifestFor, type ManifestDoc } from '../manifest.js';
import { clean } from '../clean/index.js';
import { split } from '../split/index.js';
import { findTurns } from '../turns/index.js';
import { toSentences } from '../sentences/index.js';
import { analyzeSentences } from '../sentences/analyze.js';
import { StageTotals } from '../timings.js';
import { resultsKey, tokensKey, type DocCache } from './keys.js';
import { throughCache, type CacheOutcome } from './layers.js';

const untimed = new StageTotals();

export function tokenizeDocument(raw: RawDoc, ctx: DocContext, times: StageTotals = untimed): TokenizedDoc {
  const doc: ManifestDoc | undefined = ctx.manifest ? manifestFor(ctx.manifest, raw.file) : undefined;
  const cleaned = times.time('clean', () => clean(raw, doc));
  const spans = times.time('split', () => split(cleaned, doc));
  const found = times.time('turns', () => spans.map((span) => findTurns(span, cleaned, doc)));
  const interviews = times.time('sentences', () =>
    found.map((f) => ({ interview: f.interview, sentences: toSentences(f.interview) })),
  );
  return {
    file: raw.file,
    kind: cleaned.kind,
    encoding: raw.encoding,
    interviews,
    removed: cleaned.removed,
    warnings: found.flatMap((f) => f.warnings),
  };
}

export function annotateDocument(doc: TokenizedDoc, ctx: DocContext, times: StageTotals = untimed): DocResult {
  const interviews = times.time('analyzers', () =>
    doc.interviews.map(({ interview, sentences }) => analyzeSentences(interview, sentences, ctx)),
  );
  return {
    file: doc.file,
    kind: doc.kind,
    encoding: doc.encoding,
    interviews,
    removed: doc.removed,
    warnings: doc.warnings,
  };
}

export interface CachedDoc {
  result: DocResult;
  outcome: CacheOutcome;
}

/** One document through the cache (or straight through when `cache` is undefined). */
export function processCached(raw: RawDoc, ctx: DocContext, cache?: DocCache, times: StageTotals = untimed): CachedDoc {
  if (!cache) return { result: annotateDocument(tokenizeDocument(raw, ctx, times), ctx, times), outcome: 'off' };
  const tKey = tokensKey(cache.spec, raw, ctx);
  return throughCache<TokenizedDoc, DocResult>(
    cache.store,
    {
      tokensKey: tKey,
      resultsKey: resultsKey(cache.spec, tKey),
      tokenize: () => tokenizeDocument(raw, ctx, times),
      annotate: (doc) => annotateDocument(doc, ctx, times),
    },
    times,
  );
}
