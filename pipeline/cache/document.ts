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
 *
 * On a tokens hit, the results an earlier configuration made from the same tokens lend the
 * annotations of every analyzer whose fingerprint is unchanged (fingerprints.ts); the others run.
 */
import type { DocResult, Interview, RawDoc, TokenizedDoc, TokenizedInterview } from '../types.js';
import { docResult, mergeParts, processDocumentParts, type DocContext } from '../index.js';
import { analyzeSentences, annotationsOf } from '../sentences/analyze.js';
import type { AnnotationKey, Annotations } from '../../analyzers/types.js';
import { StageTotals } from '../timings.js';
import { resultsKey, tokensKey, type DocCache } from './keys.js';
import { atOnce, throughCache, type CacheOutcome, type Earlier, type ReadAgain, type WriteScheduler } from './layers.js';
import { Carried, Swept } from '../../analyzers/registry.js';
import { analyzePiece, needsSweeps } from '../sentences/long-interviews.js';
import { SWEEP_HOLD_CHARS } from '../sentences/batches.js';
import { knownNames, recordNames } from '../../analyzers/entities/compromise.js';
import { namesToStore, readNames } from './names.js';
import { sameFingerprints, type Fingerprints } from './fingerprints.js';
import type { CacheWrites } from './writes.js';
import { decodeResult, encodeResult } from './results-codec.js';
import { storedInterviewId } from './interview-codec.js';
import { checkEncoded, decodeDocHead, decodeInterview, encodeTokenized, type EncodedTokenizedDoc } from './tokens-codec.js';

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
  // A long interview's pieces, annotated from stored tokens, are swept first (once per interview),
  // and each leaves the next what it carries (in order: each piece is one part).
  let current: { id: string; swept?: Swept; carried: Carried } | undefined;
  const piecesOf = (interview: Interview) => {
    if (current?.id !== interview.id) current = { id: interview.id, carried: new Carried() };
    return current;
  };
  const sweptFor = (interview: Interview, again: ReadAgain<EncodedTokenizedDoc>): Swept => {
    const pieces = piecesOf(interview);
    return (pieces.swept ??= sweepStored(interview, again, ctx, times));
  };
  const carriedFor = (interview: Interview): Carried => piecesOf(interview).carried;
  // compromise's finds in this document's windows, read back before the stored tokens are analysed
  // (names.ts), and those of windows read this time stored after.
  let readBack: ReturnType<typeof readNames> | undefined;
  const knowNames = (): void => {
    if (readBack) return;
    readBack = readNames(cache.store, tKey, times);
    knownNames(readBack);
  };
  const schedule: WriteScheduler = writes ? (write) => writes.schedule(raw.text.length, write) : atOnce;
  const { value: outcome, names } = recordNames(() => throughCache<EncodedTokenizedDoc, DocResult>(
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
      annotate: (enc, earlier, again) => {
        knowNames();
        return annotateEncoded(enc, ctx, times, earlier && lentKeys(ctx, cache.spec.analyzers, earlier), (interview) => sweptFor(interview, again), carriedFor);
      },
      check: checkEncoded,
      results: { encode: encodeResult, decode: decodeResult },
      link: { note: cache.spec.analyzers, lends: (note) => sameFingerprints(cache.spec.analyzers, note).size > 0 },
    },
    times,
    take,
    schedule,
  ));
  const stored = namesToStore(readBack ?? [], names);
  if (stored) schedule(() => void cache.store.write('names', tKey, stored));
  return outcome;
}

/** One document through the cache, its parts as one result (worker threads reply with it whole). */
export function processCached(raw: RawDoc, ctx: DocContext, cache?: DocCache, times: StageTotals = untimed, writes?: CacheWrites): CachedDoc {
  const parts: DocResult[] = [];
  const outcome = processCachedParts(raw, ctx, (part) => void parts.push(part), cache, times, writes);
  return { result: mergeParts(parts, ctx), outcome };
}

/** A part's tokens as the tokens layer stores them: its interviews, removed lines and warnings. */
function tokenizedPart(part: DocResult, interviews: TokenizedInterview[]): TokenizedDoc {
  return { file: part.file, kind: part.kind, encoding: part.encoding, interviews, removed: part.removed, warnings: part.warnings };
}

/** What an earlier result lends: its interviews, and the annotation keys whose producers' fingerprints are unchanged. */
interface Lent {
  result: DocResult;
  keys: AnnotationKey[];
}

function lentKeys(ctx: DocContext, now: Fingerprints, earlier: Earlier<DocResult>): Lent | undefined {
  const same = sameFingerprints(now, earlier.note);
  const keys = ctx.plan.filter((a) => same.has(a.name)).flatMap((a) => a.produces);
  return keys.length > 0 ? { result: earlier.result, keys } : undefined;
}

/**
 * The annotations interview `i` of a part borrows: none unless the earlier result's interview `i` is
 * the same interview with the same sentences (made from the same tokens, it always is, but an entry
 * is only trusted as far as it is checked).
 */
function borrowed(lent: Lent | undefined, i: number, interview: TokenizedInterview): Partial<Annotations> | undefined {
  const earlier = lent?.result.interviews?.[i];
  if (!lent || !earlier || earlier.interview?.id !== interview.interview.id || earlier.sentences?.length !== interview.sentences.length) return undefined;
  for (let j = 0; j < interview.sentences.length; j++) if (earlier.sentences[j].id !== interview.sentences[j].id) return undefined;
  return annotationsOf(earlier, lent.keys);
}

/**
 * The analyzers over a part's stored tokens, decoded one interview at a time (each let go once
 * analysed); a piece of a long interview with what `sweptFor` gathered from all its pieces, unless
 * the earlier results lend what every sweeping analyzer produces, and what the pieces before it left
 * (`carriedFor`).
 */
function annotateEncoded(
  enc: EncodedTokenizedDoc,
  ctx: DocContext,
  times: StageTotals,
  lent: Lent | undefined,
  sweptFor: (interview: Interview) => Swept,
  carriedFor: (interview: Interview) => Carried,
): DocResult {
  const analysed = enc.interviews.map((_, i) => {
    const tokenized = times.time('cache read', () => decodeInterview(enc, i));
    const given = borrowed(lent, i, tokenized);
    if (!tokenized.piece) return times.time('analyzers', () => analyzeSentences(tokenized.interview, tokenized.sentences, ctx, given));
    const swept = needsSweeps(ctx.plan, given) ? sweptFor(tokenized.interview) : undefined;
    return times.time('analyzers', () => analyzePiece(tokenized, ctx, swept, carriedFor(tokenized.interview), given));
  });
  return docResult(decodeDocHead(enc), analysed);
}

/** The plan's sweeps over the stored pieces of one long interview (see long-interviews.ts). */
function sweepStored(interview: Interview, again: ReadAgain<EncodedTokenizedDoc>, ctx: DocContext, times: StageTotals): Swept {
  return times.time('sweeps', () => {
    const swept = new Swept(ctx.plan, interview, ctx.resources, ctx.options);
    swept.sweepAll(
      (add) =>
        again((enc) =>
          enc.interviews.forEach((stored, i) => {
            if (!stored.piece || storedInterviewId(stored.interview) !== interview.id) return;
            const { interview: view, sentences } = decodeInterview(enc, i);
            add({ interview: view, sentences, resources: ctx.resources, options: ctx.options });
          }),
        ),
      undefined,
      SWEEP_HOLD_CHARS,
    );
    return swept;
  });
}
