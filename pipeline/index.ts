/**
 * turnlens: the stages, in order.
 *
 *   files ──ingest──▶ RawDoc ──clean──▶ CleanDoc ──split──▶ InterviewSpan[] ──turns──▶ Interview[]
 *                                                                                       │
 *   ┌───────────────────────────────────────────────────────────────────────────────────┘
 *   ▼
 *   sentences ──analyzers──▶ DocResult ──tabulate──┐  (per document: cached, parallel; each folded
 *                                                   │   into the rows as it arrives, then let go)
 *   sentences ──analyzers──▶ DocResult ──tabulate──┤
 *                                                   └──unique ids──▶ Tables ──report──▶ charts + report.html
 *                                                      (per corpus, in input order, on the main thread)
 *
 * Each arrow is one function in its own folder; each box is one type in `types.ts`. Interview ids
 * are made per document; `unique ids` (split/corpus-ids.ts) renames the later of two equal ones, in
 * the rows already made (tables/builder.ts).
 * `analyze` returns the structured corpus; `run` also renders the report and writes `out/`.
 */
import path from 'node:path';
import type { DocResult, RawDoc, Tables, TokenizedDoc } from './types.js';
import { PACKAGE_ROOT } from './code-location.js';
import { listInputs } from './ingest/index.js';
import { loadManifest, manifestFor, type Manifest, type ManifestDoc } from './manifest.js';
import { clean } from './clean/index.js';
import { split } from './split/index.js';
import { findTurns } from './turns/index.js';
import { toSentences } from './sentences/index.js';
import { forgetLearnedWords } from './sentences/nlp.js';
import { analyzeSentences } from './sentences/analyze.js';
import { checkManifestMatches, chooseInterviewIds, withChosenIds } from './split/corpus-ids.js';
import { TableBuilder } from './tables/index.js';
import { processDocuments, type DocumentsRun } from './parallel/index.js';
import { StageTotals, timeStage, timeStageAsync } from './timings.js';
import { HeapCeiling } from './memory.js';
import type { CacheWrites } from './cache/writes.js';
import { ANALYZERS, planAnalyzers, startHelpers, stopHelpers, type AnyAnalyzer, type AnalysisOptions } from '../analyzers/index.js';
import { loadResources, type Resources } from '../analyzers/resources.js';

export type * from './types.js';
export type { Annotations, Mention, SentimentResult, ThemeHit, TurnStance } from '../analyzers/types.js';
import { TurnlensError, EXIT, msg } from './messages.js';
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
  /** Called after each document, for progress display. */
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
 * Per document, first half: clean → split → turns → sentences. Cached apart from the analyzers
 * (pipeline/cache), so editing themes or entities does not re-tokenize unchanged documents.
 */
export function tokenizeDocument(raw: RawDoc, ctx: DocContext, times: StageTotals = untimed): TokenizedDoc {
  const doc: ManifestDoc | undefined = ctx.manifest ? manifestFor(ctx.manifest, raw.file) : undefined;
  // Started here, not in `prepare`: a run whose documents all come from the cache needs none, and a
  // document read from scratch gives them the time its tokenizing takes to get ready.
  if (ctx.helperThreads) startHelpers(ctx.plan);
  const cleaned = times.time('clean', () => clean(raw, doc));
  const spans = times.time('split', () => split(cleaned, doc));
  const found = times.time('turns', () => spans.map((span) => findTurns(span, cleaned, doc)));
  const interviews = times.time('sentences', () => {
    // A document's tokens depend on its own text only, not on what this thread read before.
    forgetLearnedWords();
    return found.map((f) => ({ interview: f.interview, sentences: toSentences(f.interview) }));
  });
  return {
    file: raw.file,
    kind: cleaned.kind,
    encoding: raw.encoding,
    interviews,
    removed: cleaned.removed,
    warnings: found.flatMap((f) => f.warnings),
  };
}

/** Per document, second half: the analyzer plan over each interview's sentences. */
export function annotateDocument(doc: TokenizedDoc, ctx: DocContext, times: StageTotals = untimed): DocResult {
  const interviews = times.time('analyzers', () =>
    doc.interviews.map(({ interview, sentences }) => analyzeSentences(interview, sentences, ctx)),
  );
  // Fields listed, not spread: a doc decoded from the cache must serialise exactly like a fresh one.
  return {
    file: doc.file,
    kind: doc.kind,
    encoding: doc.encoding,
    interviews,
    removed: doc.removed,
    warnings: doc.warnings,
  };
}

/** Per document: clean → split → turns → sentences → analyzers. Pure in its inputs. */
export function processDocument(raw: RawDoc, ctx: DocContext): DocResult {
  return annotateDocument(tokenizeDocument(raw, ctx), ctx);
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

/** The library entry point: files or folders in, structured corpus and tidy tables out. */
export async function analyze(inputs: string[], options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const { onStage } = options;
  const ctx = timeStage('prepare', () => prepare(options), onStage);
  const files = timeStage('list inputs', () => listInputs(inputs), onStage);
  checkManifestMatches(files, ctx.manifest);
  // Per document, streamed, cached, on worker threads when it pays: read → processDocument's stages,
  // then folded into the tables (and let go, unless the caller keeps the documents).
  const builder = new TableBuilder(ctx);
  const kept: DocResult[] = [];
  const docWarnings: string[] = [];
  const keep = options.keepDocs !== false;
  // Documents let go are garbage at once: collected as they pile up, they do not raise the peak.
  const heap = keep ? undefined : new HeapCeiling();
  let run: DocumentsRun;
  try {
    run = await timeStageAsync(
      'documents',
      () =>
        processDocuments(files, ctx, options, (doc) => {
          builder.add(doc);
          for (const w of doc.warnings) docWarnings.push(w);
          if (keep) kept.push(doc);
          heap?.check();
        }),
      onStage,
    );
  } finally {
    if (ctx.helperThreads) stopHelpers(ctx.plan);
  }
  run.times.report('documents', onStage);
  const unique = timeStage('unique ids', () => chooseInterviewIds(builder.docIds, ctx.manifest), onStage);
  const tables = timeStage('tabulate', () => builder.finish(unique.ids), onStage);
  const docs = keep ? withChosenIds(kept, unique.ids) : [];
  return { docs, tables, warnings: [...docWarnings, ...unique.warnings], targets: ctx.options.targets };
}
