/**
 * turnlens: the stages, in order.
 *
 *   files ──ingest──▶ RawDoc ──clean──▶ CleanDoc ──split──▶ InterviewSpan[] ──turns──▶ Interview[]
 *                                                                                       │
 *   ┌───────────────────────────────────────────────────────────────────────────────────┘
 *   ▼
 *   sentences ──analyzers──▶ DocResult ──tabulate──┐  (per document: cached, parallel; each folded
 *                                                   │   into the rows as it arrives, then let go; a
 *   sentences ──analyzers──▶ DocResult ──tabulate──┤   long one a part, a batch of interviews or a piece
 *                                                   │   of a long interview, at a time)
 *                                                   └──unique ids──▶ Tables ──report──▶ charts + report.html
 *                                                      (per corpus, in input order, on the main thread)
 *
 * Each arrow is one function in its own folder; each box is one type in `types.ts`. Interview ids
 * are made per document; `unique ids` (split/corpus-ids.ts) renames the later of two equal ones, in
 * the rows already made (tables/builder.ts).
 * `analyze` returns the structured corpus; `run` also renders the report and writes `out/`.
 */
import path from 'node:path';
import type { AnalyzedInterview, DocHead, DocResult, FoundDoc, Interview, RawDoc, Tables, TokenizedDoc, TokenizedInterview } from './types.js';
import { PACKAGE_ROOT } from './code-location.js';
import { listInputs } from './ingest/index.js';
import { loadManifest, manifestFor, type Manifest, type ManifestDoc } from './manifest.js';
import { clean } from './clean/index.js';
import { split } from './split/index.js';
import { findTurns } from './turns/index.js';
import { toSentences } from './sentences/index.js';
import { planParts, type PartPlan, type PieceSpan } from './sentences/batches.js';
import { joinPieces, pieceView, PieceReader } from './sentences/long-interviews.js';
import { forgetLearnedWords } from './sentences/nlp.js';
import { analyzeSentences } from './sentences/analyze.js';
import { checkManifestMatches, chooseInterviewIds, withChosenIds } from './split/corpus-ids.js';
import { TableBuilder } from './tables/index.js';
import { processDocuments, type DocumentsRun } from './parallel/index.js';
import { StageTotals, timeStage, timeStageAsync } from './timings.js';
import { HeapCeiling } from './memory.js';
import type { CacheWrites } from './cache/writes.js';
import { pruneAfterRun } from './cache/prune.js';
import { ANALYZERS, planAnalyzers, startHelpers, stopHelpers, type AnyAnalyzer, type AnalysisOptions } from '../analyzers/index.js';
import { loadResources, type Resources } from '../analyzers/resources.js';
import { aggregateOptionsFrom, type AggregateOptions } from '../analyzers/stance/rows.js';

export type * from './types.js';
export type { Annotations, Mention, SentimentResult, ThemeHit, TurnStance } from '../analyzers/types.js';
import { TurnlensError, EXIT, msg, q } from './messages.js';
export { TurnlensError } from './messages.js';

/** The package's own data folder (default lexicons, themes, entities, sample corpus). */
export const DATA_DIR = path.join(PACKAGE_ROOT, 'data');

export const DEFAULT_TARGETS = ['United States', 'security_trust'];

export interface AnalyzeOptions {
  /** Manifest with per-document and per-interview metadata; wins over what is detected. */
  manifest?: string;
  /** Stance targets (entity ids or theme ids). Default: United States, security_trust. */
  targets?: string[];
  /** Analyzer names to run (default: all, in registry order). */
  analyzers?: string[];
  /** Resource overrides. */
  dataDir?: string;
  entities?: string;
  themes?: string;
  /**
   * Called after each document, for progress display; during a long document read in this thread
   * (one in parts, see processDocumentParts), also after each of its parts from the second on, with
   * `done` between the documents done and the next whole number (the share of its text read).
   */
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * Worker threads for the documents stage: 1 = none; default: all cores when the input is large
   * enough to pay for worker start-up (see pipeline/parallel).
   */
  jobs?: number;
  /**
   * Folder of the result cache (tokenized documents and analyzer results, keyed by content, code and
   * configuration hashes); false or absent = no cache. The CLI uses `defaultCacheDir(out)`.
   */
  cacheDir?: string | false;
  /**
   * Where cache writes of documents analysed in this thread wait, to be run by the caller's
   * `flush()` when it has time (the CLI: while the report is built); absent = written at once.
   * Documents analysed on worker threads are written by their worker, at once.
   */
  cacheWrites?: CacheWrites;
  /**
   * Size cap of the cache folder, in bytes (default 2 GiB): after the run, the least recently used
   * entries beyond it are removed, never one the run used (pipeline/cache/prune.ts). Done at the end
   * of `analyze`; with `cacheWrites`, by the caller once it has flushed them (`pruneAfterRun`).
   */
  cacheMaxBytes?: number;
  /**
   * Return the per-document results in `AnalysisResult.docs` (default true). False streams them: each
   * is folded into the tables as it arrives and let go, so memory holds the tables, not the corpus's
   * analysis twice over; `docs` is then empty.
   */
  keepDocs?: boolean;
  /**
   * Let analyzers start helper threads (AnalyzerHelper) when the first document is read in this
   * thread; they end when `analyze` returns. Default false. Worth it where a core would otherwise sit
   * idle: the CLI sets it for a corpus analysed in its own thread. Results are the same either way.
   */
  helperThreads?: boolean;
  /** Called with each stage's wall time in ms (see pipeline/timings.ts; TURNLENS_TIMINGS=1 prints them). */
  onStage?: (stage: string, ms: number) => void;
}

export interface AnalysisResult {
  docs: DocResult[];
  tables: Tables;
  warnings: string[];
  targets: string[];
  /** The interval settings the stance table was made with; the report's per-group stance uses them too. */
  aggregate: AggregateOptions;
}

/** Everything a worker needs to process documents; plain data so it can cross threads. */
export interface DocContext {
  plan: AnyAnalyzer[];
  resources: Resources;
  options: AnalysisOptions;
  manifest: Manifest | undefined;
  /** AnalyzeOptions.helperThreads. */
  helperThreads: boolean;
}

/**
 * Per document, before tokens: clean → split → turns. Tokens are made per interview, in batches
 * (`processDocument`), or all at once (`tokenizeDocument`).
 */
export function findInterviews(raw: RawDoc, ctx: DocContext, times: StageTotals = untimed): FoundDoc {
  const doc: ManifestDoc | undefined = ctx.manifest ? manifestFor(ctx.manifest, raw.file) : undefined;
  // Started here, not in `prepare`: a run whose documents all come from the cache needs none, and a
  // document read from scratch gives them the time its tokenizing takes to get ready.
  if (ctx.helperThreads) startHelpers(ctx.plan);
  // Cleaning and splitting a long document leave most of what they made as garbage, which V8 lets
  // pile up: a million short lines peaked at 1.26 GB while its turns were found. A ceiling, not a
  // collection each time: with --jobs 1 on a large corpus the heap holds the tables, and every
  // document would pay two full collections.
  const heap = new HeapCeiling();
  const cleaned = times.time('clean', () => clean(raw, doc));
  heap.check();
  const spans = times.time('split', () => split(cleaned, doc));
  heap.check();
  const found = times.time('turns', () => spans.map((span) => findTurns(span, cleaned, doc)));
  return {
    head: { file: raw.file, kind: cleaned.kind, encoding: raw.encoding, removed: cleaned.removed, warnings: found.flatMap((f) => f.warnings) },
    interviews: found,
  };
}

/**
 * Sentences, with tokens, of each interview. `firstOfDocument`: what wink learned is forgotten first,
 * so a document's tokens depend on its own text only, not on what this thread read before.
 */
export function tokenizeInterviews(interviews: readonly Interview[], times: StageTotals, firstOfDocument: boolean): TokenizedInterview[] {
  return times.time('sentences', () => {
    if (firstOfDocument) forgetLearnedWords();
    return interviews.map((interview) => ({ interview, sentences: toSentences(interview) }));
  });
}

/** The analyzer plan over each interview's sentences. */
export function annotateInterviews(tokenized: readonly TokenizedInterview[], ctx: DocContext, times: StageTotals): AnalyzedInterview[] {
  return times.time('analyzers', () => tokenized.map(({ interview, sentences }) => analyzeSentences(interview, sentences, ctx)));
}

/**
 * Per document, first half: clean → split → turns → sentences, every interview's tokens at once.
 * Cached apart from the analyzers (pipeline/cache), so editing themes or entities does not
 * re-tokenize unchanged documents.
 */
export function tokenizeDocument(raw: RawDoc, ctx: DocContext, times: StageTotals = untimed): TokenizedDoc {
  const { head, interviews } = findInterviews(raw, ctx, times);
  const tokenized = tokenizeInterviews(interviews.map((f) => f.interview), times, true);
  return { file: head.file, kind: head.kind, encoding: head.encoding, interviews: tokenized, removed: head.removed, warnings: head.warnings };
}

/** Per document, second half: the analyzer plan over each interview's sentences. */
export function annotateDocument(doc: TokenizedDoc, ctx: DocContext, times: StageTotals = untimed): DocResult {
  return docResult(doc, annotateInterviews(doc.interviews, ctx, times));
}

/** Fields listed, not spread: a result made from cached tokens must serialise exactly like a fresh one. */
export function docResult(head: DocHead, interviews: AnalyzedInterview[]): DocResult {
  return { file: head.file, kind: head.kind, encoding: head.encoding, interviews, removed: head.removed, warnings: head.warnings };
}

/**
 * Per document: clean → split → turns → sentences → analyzers, pure in its inputs; the result is
 * that of `annotateDocument(tokenizeDocument(raw))`, made part by part (`processDocumentParts`).
 */
export function processDocument(raw: RawDoc, ctx: DocContext, how: ProcessHow = {}): DocResult {
  const parts: DocResult[] = [];
  processDocumentParts(raw, ctx, (part) => void parts.push(part), how);
  return mergeParts(parts, ctx);
}

/**
 * Per document, in parts: interviews are tokenized and analysed a batch at a time
 * (sentences/batches.ts), and each batch's DocResult goes to `onPart` with its tokens, its index and
 * the number of parts, before the next batch is read, so a long compilation of interviews never
 * holds all its tokens, nor, when the caller folds each part into the tables, all its analysis. An
 * interview too long for that is read in pieces of whole turns (a turn too long, in slices), each a
 * part of its own (sentences/long-interviews.ts). Parts come in order; the first carries the
 * document's removed lines, each the warnings of its own interviews (a long interview's, its first
 * piece); a document without interviews is one part. wink's learned words are forgotten once, before
 * the first part: the parts are read as the whole document would be.
 */
export function processDocumentParts(
  raw: RawDoc,
  ctx: DocContext,
  onPart: (part: DocResult, tokenized: TokenizedInterview[], of: { index: number; count: number }) => void,
  how: ProcessHow = {},
): void {
  const times = how.times ?? untimed;
  const { head, interviews } = findInterviews(raw, ctx, times);
  const planned = planParts(interviews.map((f) => f.interview), how.batchChars, how.longInterviewChars, how.sliceChars);
  const parts: PartPlan[] = planned.length > 0 ? planned : [{ kind: 'interviews', from: 0, to: 0 }];
  // A part's tokens are garbage once analysed; V8 would let them pile up to several parts' worth.
  // Measured from what is live once cleaning and splitting a long document have left their garbage.
  const heap = parts.length > 1 ? new HeapCeiling() : undefined;
  heap?.rebase();
  let reader: PieceReader | undefined;
  parts.forEach((part, i) => {
    let tokenized: TokenizedInterview[];
    let analysed: AnalyzedInterview[];
    let warnings: string[];
    if (part.kind === 'interviews') {
      const batch = interviews.slice(part.from, part.to);
      tokenized = tokenizeInterviews(batch.map((f) => f.interview), times, i === 0);
      analysed = annotateInterviews(tokenized, ctx, times);
      warnings = batch.flatMap((f) => f.warnings);
    } else {
      const { interview, warnings: said } = interviews[part.interview];
      if (part.index === 0) {
        const pieces = parts.flatMap((p): PieceSpan[] => (p.kind === 'piece' && p.interview === part.interview ? [{ from: p.from, to: p.to, chars: p.chars }] : []));
        reader = new PieceReader(interview, pieces, ctx, times, i === 0, heap, how.sweepHoldChars);
        // The pieces hold the interview's turns from here on (see PieceReader).
        interviews[part.interview] = { interview: pieceView(interview, { from: 0, to: 0 }), warnings: said };
      }
      const read = reader!.read(part.index);
      tokenized = [read.tokenized];
      analysed = [read.analysed];
      warnings = part.index === 0 ? said : [];
    }
    const partHead: DocHead = { ...head, removed: i === 0 ? head.removed : [], warnings };
    onPart(docResult(partHead, analysed), tokenized, { index: i, count: parts.length });
    heap?.check();
  });
}

/** The parts of one document (in order) as one DocResult, a long interview's pieces joined. */
export function mergeParts(parts: readonly DocResult[], ctx: DocContext): DocResult {
  if (parts.length === 1 && !parts[0].interviews.some((a) => a.piece)) return parts[0];
  const interviews: AnalyzedInterview[] = [];
  const removed: DocResult['removed'] = [];
  const warnings: string[] = [];
  for (const p of parts) {
    for (const a of p.interviews) interviews.push(a);
    for (const r of p.removed) removed.push(r);
    for (const w of p.warnings) warnings.push(w);
  }
  return docResult({ ...parts[0], removed, warnings }, joinPieces(interviews, ctx));
}

/**
 * Documents handed on part by part, in order (each part after a document's first `continues` it),
 * kept as parts and merged once, when asked for: merging at every part would copy a long
 * document's interviews once per part.
 */
export class PartsByDocument {
  private readonly groups: DocResult[][] = [];

  constructor(private readonly ctx: DocContext) {}

  add(part: DocResult, continues: boolean): void {
    const last = this.groups.at(-1);
    if (continues && last) last.push(part);
    else this.groups.push([part]);
  }

  docs(): DocResult[] {
    return this.groups.map((parts) => mergeParts(parts, this.ctx));
  }
}

export interface ProcessHow {
  /** Where stage times are added up. */
  times?: StageTotals;
  /** Characters of turn text per part (default BATCH_CHARS). */
  batchChars?: number;
  /** An interview of more characters is read in pieces (default LONG_INTERVIEW_CHARS). */
  longInterviewChars?: number;
  /** A turn of more characters, in an interview read in pieces, is read in slices (default SLICE_CHARS). */
  sliceChars?: number;
  /** Sentence text a long interview's sweep may hold for the next, in characters (default SWEEP_HOLD_CHARS). */
  sweepHoldChars?: number;
}

const untimed = new StageTotals();

/** Prepare everything that can fail on configuration before any text is read. */
export function prepare(options: AnalyzeOptions = {}): DocContext {
  const plan = planAnalyzers(ANALYZERS, options.analyzers);
  const resources = loadResources({
    dataDir: options.dataDir ?? DATA_DIR,
    entities: options.entities,
    themes: options.themes,
  });
  const manifest = options.manifest ? loadManifest(options.manifest) : undefined;
  const targets = options.targets ?? DEFAULT_TARGETS;
  checkTargets(targets, resources);
  return { plan, resources, manifest, options: { targets }, helperThreads: options.helperThreads === true };
}

/** A target must name an entity id or a theme id; a typo would otherwise give an empty stance table. */
function checkTargets(targets: readonly string[], resources: Resources): void {
  const known = new Set([...resources.entities.entities.map((e) => e.id), ...resources.themes.themes.map((t) => t.id)]);
  for (const t of targets) if (!known.has(t)) throw new TurnlensError(msg.unknownTarget(t), EXIT.usage);
}

/** A cache cap is a size ≥ 0 (Infinity: no cap); NaN or a negative one is refused rather than read as one or the other. */
export function checkCacheMax(bytes: number | undefined): void {
  if (bytes !== undefined && !(typeof bytes === 'number' && bytes >= 0)) {
    throw new TurnlensError(msg.usage(`cacheMaxBytes ${q(bytes)}: expected a number of bytes ≥ 0`), EXIT.usage);
  }
}

/** The library entry point: files or folders in, structured corpus and tidy tables out. */
export async function analyze(inputs: string[], options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const started = Date.now();
  const { onStage } = options;
  checkCacheMax(options.cacheMaxBytes);
  const ctx = timeStage('prepare', () => prepare(options), onStage);
  const files = timeStage('list inputs', () => listInputs(inputs), onStage);
  checkManifestMatches(files, ctx.manifest);
  // Per document, streamed, cached, on worker threads when it pays: read → processDocument's stages,
  // then folded into the tables (and let go, unless the caller keeps the documents).
  const builder = new TableBuilder(ctx);
  const kept = new PartsByDocument(ctx);
  const docWarnings: string[] = [];
  const keep = options.keepDocs !== false;
  // Documents let go are garbage at once: collected as they pile up, they do not raise the peak.
  const heap = keep ? undefined : new HeapCeiling();
  let run: DocumentsRun;
  try {
    run = await timeStageAsync(
      'documents',
      () =>
        processDocuments(
          files,
          ctx,
          options,
          (doc, continues) => {
            builder.add(doc, continues);
            for (const w of doc.warnings) docWarnings.push(w);
            if (keep) kept.add(doc, continues);
          },
          undefined,
          heap,
        ),
      onStage,
    );
  } finally {
    if (ctx.helperThreads) stopHelpers(ctx.plan);
  }
  run.times.report('documents', onStage);
  const unique = timeStage('unique ids', () => chooseInterviewIds(builder.docIds, ctx.manifest), onStage);
  const tables = timeStage('tabulate', () => builder.finish(unique.ids), onStage);
  const docs = keep ? withChosenIds(kept.docs(), unique.ids) : [];
  const { cacheDir } = options;
  if (cacheDir && !options.cacheWrites) timeStage('cache prune', () => pruneAfterRun(cacheDir, started, options.cacheMaxBytes), onStage);
  return { docs, tables, warnings: [...docWarnings, ...unique.warnings], targets: ctx.options.targets, aggregate: aggregateOptionsFrom(ctx.resources.sentiment) };
}
