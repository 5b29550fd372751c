/**
 * The documents stage of `analyze`: every file → DocResult, in input order, streamed (a document's
 * text is read, processed and dropped; its DocResult goes to the caller's `take`, or is collected
 * when there is none), served from the cache where it can be, and spread over worker threads when the
 * corpus is big enough to pay for their start-up. A long file (LONG_DOCUMENT_BYTES) is always read
 * in this thread, a part at a time (processDocumentParts), each part taken as it is made.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { DocResult } from '../types.js';
import { DATA_DIR, PartsByDocument, type AnalyzeOptions, type DocContext } from '../index.js';
import { readDoc } from '../ingest/index.js';
import { TurnlensError, type ExitCode } from '../messages.js';
import { cacheSpec, dropOtherVersions, openCache, processCachedParts, type CacheOutcome, type CacheSpec, type DocCache } from '../cache/index.js';
import { StageTotals, timingsEnabled } from '../timings.js';
import { createPool } from './pool.js';
import { workerOptions, type WorkerReply } from './protocol.js';
import { Interner, shareStrings } from './intern.js';
import { decodeResult } from '../cache/results-codec.js';
import { interviewChars, LONG_DOCUMENT_BYTES } from '../sentences/batches.js';
import { WORKER_HEAP, type HeapCeiling, type HeapLimit } from '../memory.js';

/**
 * Below this many bytes of input, worker start-up (each worker loads the NLP model and resources,
 * ≈0.3 s) costs more than a second core saves.
 */
export const PARALLEL_MIN_BYTES = 2_000_000;

/** A document in parts never reports itself done before its last part is in. */
const PART_PROGRESS_MAX = 0.99;

/**
 * Receives each document's result, in input order; what it keeps is up to it. A long document read
 * in this thread comes in parts (see processDocumentParts): `continues` is true for every part after
 * its first.
 */
export type TakeDoc = (doc: DocResult, continues: boolean) => void;

/**
 * Tasks handed to the pool ahead of the reply being awaited, per worker: enough that a worker
 * finishing a small document finds the next one waiting, few enough that the replies waiting
 * behind a long document stay few.
 */
export const TASKS_AHEAD_PER_WORKER = 4;

export interface DocumentsRun {
  /** Every result, in input order, when no `take` was given; else empty. */
  docs: DocResult[];
  /** Per-document stage times, summed over documents (and threads). */
  times: StageTotals;
  outcomes: CacheOutcome[];
  jobs: number;
}

/**
 * Threads to use: `requested` when given (1 = no workers), else all cores when the files workers
 * would read (all but the long ones, which are read in this thread) are big enough.
 */
export function chooseJobs(files: readonly string[], requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(Math.floor(requested), files.length));
  let count = 0;
  let bytes = 0;
  for (const f of files) {
    const size = fs.statSync(f).size;
    if (size >= LONG_DOCUMENT_BYTES) continue;
    count += 1;
    bytes += size;
  }
  return count < 2 || bytes < PARALLEL_MIN_BYTES ? 1 : Math.min(os.availableParallelism(), count);
}

/**
 * The documents of `files`, each handed to `take` (a long one part by part) in input order, in this
 * thread or on worker threads (`jobs`). `heap`: this thread's heap ceiling, checked after each is
 * taken (workers keep their own, `workerHeap`).
 */
export async function processDocuments(
  files: readonly string[],
  ctx: DocContext,
  options: AnalyzeOptions,
  take?: TakeDoc,
  workerHeap: HeapLimit = WORKER_HEAP,
  heap?: HeapCeiling,
): Promise<DocumentsRun> {
  const paths = { dataDir: options.dataDir ?? DATA_DIR, entities: options.entities, themes: options.themes };
  const cache = options.cacheDir ? cacheSpec(options.cacheDir, ctx, paths) : null;
  // Here, before any worker opens the folder.
  if (cache) dropOtherVersions(cache.dir, cache.code);
  const jobs = chooseJobs(files, options.jobs);
  const kept = new PartsByDocument(ctx);
  const receive = take ?? ((d: DocResult, continues: boolean) => kept.add(d, continues));
  const here = readingHere(files, ctx, options, cache, receive, heap);
  const run = jobs > 1 ? await inPool(files, here, cache, jobs, workerHeap) : inThisThread(files, here);
  run.docs = kept.docs();
  if (timingsEnabled()) process.stderr.write(`turnlens cache: ${summarize(run.outcomes)} jobs=${jobs}\n`);
  return run;
}

/** What reading a document in this thread needs, whether or not worker threads read the others. */
interface Here {
  ctx: DocContext;
  options: AnalyzeOptions;
  cache: DocCache | undefined;
  times: StageTotals;
  interner: Interner;
  take: TakeDoc;
  /** This thread's heap ceiling, checked after each document or part is taken (see takeDoc). */
  heap: HeapCeiling | undefined;
  /** Reports progress: `done` documents (fractional within a long one) of the run's. */
  progress: (done: number, file: string) => void;
}

/**
 * One file read and processed in this thread, its parts handed to `take` as they come. A long
 * document reports how far it has got, part by part, from its second part on (with its first, it
 * is not yet known to have more): `done` plus the share of its text read so far.
 */
function readHere(file: string, done: number, here: Here): CacheOutcome {
  const { times, options } = here;
  const raw = times.time('read', () => readDoc(file));
  let parts = 0;
  let chars = 0;
  return processCachedParts(
    raw,
    here.ctx,
    (part, from) => {
      // Results read back from the cache hold string copies, like results from a worker.
      const doc = from === 'off' || from === 'miss' ? part : times.time('share strings', () => shareStrings(part, here.interner));
      const continues = parts++ > 0;
      takeDoc(here, doc, continues);
      for (const a of part.interviews) chars += interviewChars(a.interview);
      if (continues) here.progress(done + Math.min(chars / Math.max(raw.text.length, 1), PART_PROGRESS_MAX), file);
    },
    here.cache,
    times,
    options.cacheWrites,
  );
}

function readingHere(
  files: readonly string[],
  ctx: DocContext,
  options: AnalyzeOptions,
  spec: CacheSpec | null,
  take: TakeDoc,
  heap: HeapCeiling | undefined,
): Here {
  return {
    ctx,
    options,
    cache: spec ? openCache(spec) : undefined,
    times: new StageTotals(),
    interner: new Interner(),
    take,
    heap,
    progress: (done, file) => options.onProgress?.(done, files.length, file),
  };
}

/**
 * A document (or part) handed to `take`, then this thread's heap ceiling checked; a collection is
 * timed as such, not as tabulating (a 6 MB interview in pieces: 2.1 s of its 3.8 s of "tabulate").
 */
function takeDoc(here: Here, doc: DocResult, continues: boolean): void {
  here.times.time('tabulate', () => here.take(doc, continues));
  if (!here.heap) return;
  const t0 = performance.now();
  if (here.heap.check()) here.times.add('collect', performance.now() - t0);
}

function inThisThread(files: readonly string[], here: Here): DocumentsRun {
  const outcomes: CacheOutcome[] = [];
  for (const [i, file] of files.entries()) {
    outcomes.push(readHere(file, i, here));
    here.progress(i + 1, file);
  }
  return { docs: [], times: here.times, outcomes, jobs: 1 };
}

async function inPool(files: readonly string[], here: Here, cache: CacheSpec | null, jobs: number, workerHeap: HeapLimit): Promise<DocumentsRun> {
  const pool = createPool({ options: workerOptions(here.options), cache, heap: workerHeap }, jobs);
  const outcomes: CacheOutcome[] = [];
  let done = 0;
  const { times, interner } = here;
  // A long file is read here, in parts, in its turn: a worker replies with a document whole, and
  // two workers replying with 15 MB compilations held 2.4 GB. The workers go on meanwhile with the
  // files after it (as many as they are ahead).
  const long = files.map((f) => fs.statSync(f).size >= LONG_DOCUMENT_BYTES);
  // Tasks (file paths only) are handed to the pool a few at a time, in input order, and replies are
  // taken in input order, so the output does not depend on which worker finished first. Handing
  // over every task at once let the pool start them in an order of its own (the 100× corpus: the
  // document after the fourth came back after 20 s), and every reply behind the one awaited waited
  // in this thread: most of the corpus held at once. A reply is let go once taken (its slot
  // emptied): a settled promise keeps its value for as long as it is referenced.
  const replies = new Array<Promise<WorkerReply> | undefined>(files.length);
  let submitted = 0;
  const submitNext = (): void => {
    while (submitted < files.length && long[submitted]) submitted++;
    if (submitted >= files.length) return;
    const file = files[submitted];
    const reply = pool.run({ file }).then((r) => {
      done += 1;
      here.progress(done, file);
      return r;
    });
    // Failures are rethrown in input order below; this keeps later ones from going unhandled.
    reply.catch(() => undefined);
    replies[submitted++] = reply;
  };
  for (let k = 0; k < jobs * TASKS_AHEAD_PER_WORKER; k++) submitNext();
  try {
    for (let i = 0; i < files.length; i++) {
      if (long[i]) {
        outcomes.push(readHere(files[i], done, here));
        done += 1;
        here.progress(done, files[i]);
        continue;
      }
      const reply = (await replies[i])!;
      replies[i] = undefined;
      submitNext();
      if (!reply.ok) throw fromWorker(reply);
      const received = times.time('decode', () => decodeResult(reply.result));
      const doc = times.time('share strings', () => shareStrings(received, interner));
      takeDoc(here, doc, false);
      outcomes.push(reply.outcome);
      times.merge(reply.times);
    }
  } finally {
    await pool.destroy();
  }
  return { docs: [], times, outcomes, jobs };
}

function fromWorker(reply: Extract<WorkerReply, { ok: false }>): Error {
  if (reply.exitCode !== null) return new TurnlensError(reply.message, reply.exitCode as ExitCode);
  const err = new Error(reply.message);
  if (reply.stack) err.stack = reply.stack;
  return err;
}

function summarize(outcomes: readonly CacheOutcome[]): string {
  const n = (o: CacheOutcome) => outcomes.filter((x) => x === o).length;
  return `results-hits=${n('results')} tokens-hits=${n('tokens')} misses=${n('miss')} off=${n('off')}`;
}
