/**
 * turnlens: the stages, in order.
 *
 *   files ──ingest──▶ RawDoc ──clean──▶ CleanDoc ──split──▶ InterviewSpan[] ──turns──▶ Interview[]
 *                                                                                       │
 *   ┌───────────────────────────────────────────────────────────────────────────────────┘
 *   ▼
 *   sentences ──analyzers──▶ DocResult ─┐  (per document: cached, parallel)
 *                                        ├──unique ids──▶ DocResult[] ──tabulate──▶ Tables ──report──▶ charts + report.html
 *   sentences ──analyzers──▶ DocResult ─┘  (per corpus, in input order, on the main thread)
 *
 * Each arrow is one function in its own folder; each box is one type in `types.ts`. Interview ids
 * are made per document; `unique ids` (split/corpus-ids.ts) renames the later of two equal ones.
 * `analyze` returns the structured corpus; `run` also renders the report and writes `out/`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocResult, RawDoc, Tables, TokenizedDoc } from './types.js';
import { listInputs } from './ingest/index.js';
import { loadManifest, manifestFor, type Manifest, type ManifestDoc } from './manifest.js';
import { clean } from './clean/index.js';
import { split } from './split/index.js';
import { findTurns } from './turns/index.js';
import { toSentences } from './sentences/index.js';
import { analyzeSentences } from './sentences/analyze.js';
import { checkManifestMatches, uniqueInterviewIds } from './split/corpus-ids.js';
import { tabulate } from './tables/index.js';
import { processDocuments } from './parallel/index.js';
import { StageTotals, timeStage, timeStageAsync } from './timings.js';
import type { CacheWrites } from './cache/writes.js';
import { ANALYZERS, planAnalyzers, type AnyAnalyzer, type AnalysisOptions } from '../analyzers/index.js';
import { loadResources, type Resources } from '../analyzers/resources.js';

export type * from './types.js';
export type { Annotations, Mention, SentimentResult, ThemeHit, TurnStance } from '../analyzers/types.js';
import { TurnlensError, EXIT, msg } from './messages.js';
export { TurnlensError } from './messages.js';

/** The package's own data folder (default lexicons, themes, entities, sample corpus). */
export const DATA_DIR = path.join(packageRoot(path.dirname(fileURLToPath(import.meta.url))), 'data');

/** Nearest folder upwards holding package.json: the same from source (vitest) and from dist/. */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

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
}

/**
 * Per document, first half: clean → split → turns → sentences. Cached apart from the analyzers
 * (pipeline/cache), so editing themes or entities does not re-tokenize unchanged documents.
 */
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
  return { plan, resources, manifest, options: { targets } };
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
  // Per document, streamed, cached, on worker threads when it pays: read → processDocument's stages.
  const run = await timeStageAsync('documents', () => processDocuments(files, ctx, options), onStage);
  run.times.report('documents', onStage);
  const unique = timeStage('unique ids', () => uniqueInterviewIds(run.docs, ctx.manifest), onStage);
  const docs = unique.docs;
  run.docs = docs; // the originals of renamed documents are not held past this point
  const tables = timeStage('tabulate', () => tabulate(docs, ctx), onStage);
  const warnings = [...docs.flatMap((d) => d.warnings), ...unique.warnings];
  return { docs, tables, warnings, targets: ctx.options.targets };
}
