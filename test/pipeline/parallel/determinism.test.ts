import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepare, processDocument } from '../../../pipeline/index.js';
import { readDoc } from '../../../pipeline/ingest/index.js';
import { chooseJobs, PARALLEL_MIN_BYTES, processDocuments, TASKS_AHEAD_PER_WORKER } from '../../../pipeline/parallel/index.js';
import { TurnlensError } from '../../../pipeline/messages.js';
import { LONG_DOCUMENT_BYTES } from '../../../pipeline/sentences/batches.js';
import { DATA, runDocuments, writeFixtureCorpus } from './fixtures.js';
import { DOCUMENTS_HEAP, HeapCeiling, WORKER_HEAP } from '../../../pipeline/memory.js';

let corpus: { dir: string; files: string[] };
beforeAll(() => {
  corpus = writeFixtureCorpus(3);
});
afterAll(() => fs.rmSync(corpus.dir, { recursive: true, force: true }));

describe('worker pool', () => {
  it('gives byte-identical results, in input order, to the sequential path and to processDocument', async () => {
    const sequential = await runDocuments(corpus.files, { jobs: 1 });
    const pooled = await runDocuments(corpus.files, { jobs: 2 });
    expect([sequential.jobs, pooled.jobs]).toEqual([1, 2]);
    expect(pooled.docs.map((d) => d.file)).toEqual(corpus.files.map((f) => readDoc(f).file));
    expect(JSON.stringify(pooled.docs)).toBe(JSON.stringify(sequential.docs));
    const ctx = prepare({ dataDir: DATA });
    const direct = corpus.files.map((f) => processDocument(readDoc(f), ctx));
    expect(JSON.stringify(sequential.docs)).toBe(JSON.stringify(direct));
    // Stage times come back from the workers too.
    expect(Object.keys(pooled.times.toJSON())).toEqual(expect.arrayContaining(['read', 'clean', 'sentences', 'analyzers']));
  });

  it('gives each document the same result whatever was read before it in the same thread', () => {
    // wink learns the words of every text it reads (pipeline/sentences/nlp.ts); read first, "Quorvex's."
    // (kept whole before its full stop) would keep a later "Quorvex's plan" from splitting.
    const ctx = prepare({ dataDir: DATA });
    const raw = (file: string, text: string) => ({ file, encoding: 'UTF-8', sha256: file, text });
    const later = raw('later.txt', "ANN LEE: Is Quorvex's plan safe?\n\nSAM ROE: Quorvex's plan is safe.\n");
    const alone = JSON.stringify(processDocument(later, ctx));
    processDocument(raw('earlier.txt', "ANN LEE: Whose plan?\n\nSAM ROE: Quorvex's.\n"), ctx);
    expect(JSON.stringify(processDocument(later, ctx))).toBe(alone);
  });

  it('reports progress once per document', async () => {
    const seen: number[] = [];
    await runDocuments(corpus.files, { jobs: 2, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual(corpus.files.map((_, i) => i + 1));
  });

  it('rethrows a worker’s input error as the same TurnlensError the sequential path throws', async () => {
    const empty = path.join(corpus.dir, 'zz-empty.txt');
    fs.writeFileSync(empty, '');
    try {
      const files = [...corpus.files, empty];
      const sequential = await runDocuments(files, { jobs: 1 }).catch((e: unknown) => e);
      const pooled = await runDocuments(files, { jobs: 2 }).catch((e: unknown) => e);
      expect(sequential).toBeInstanceOf(TurnlensError);
      expect(pooled).toBeInstanceOf(TurnlensError);
      expect((pooled as TurnlensError).message).toBe((sequential as TurnlensError).message);
      expect((pooled as TurnlensError).exitCode).toBe((sequential as TurnlensError).exitCode);
    } finally {
      fs.rmSync(empty);
    }
  });
});

describe('chooseJobs', () => {
  it('honours an explicit count, capped by the number of files', () => {
    expect(chooseJobs(corpus.files, 1)).toBe(1);
    expect(chooseJobs(corpus.files, 4)).toBe(4);
    expect(chooseJobs(corpus.files.slice(0, 2), 8)).toBe(2);
  });

  it('leaves long files out of the count: they are read in this thread', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-jobs-'));
    try {
      const file = (name: string, bytes: number) => (fs.writeFileSync(path.join(dir, name), 'x'.repeat(bytes)), path.join(dir, name));
      const short = [file('a.txt', 1_100_000), file('b.txt', 1_100_000)];
      const long = file('c.txt', LONG_DOCUMENT_BYTES);
      expect(chooseJobs([...short, long])).toBe(Math.min(2, os.availableParallelism()));
      expect(chooseJobs([short[0], long])).toBe(1);
      expect(chooseJobs([long, file('d.txt', LONG_DOCUMENT_BYTES + 1)])).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stays in this thread for small inputs and a single file', () => {
    const bytes = corpus.files.reduce((n, f) => n + fs.statSync(f).size, 0);
    expect(bytes).toBeLessThan(PARALLEL_MIN_BYTES);
    expect(chooseJobs(corpus.files)).toBe(1);
    expect(chooseJobs(corpus.files.slice(0, 1))).toBe(1);
  });
});

describe('worker pool: replies waiting to be taken', () => {
  it('stay few behind a long document (tasks are handed over a few at a time)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-ahead-'));
    try {
      // One long document first, then many short ones: a free worker races ahead through the short ones.
      fs.copyFileSync(path.join(DATA, 'ren-zhengfei-interviews-2019-11-to-2020-03.txt'), path.join(dir, 'a-long.txt'));
      for (let i = 0; i < 24; i++) fs.writeFileSync(path.join(dir, `b-${String(i).padStart(2, '0')}.txt`), `ANN LEE: Question ${i}?\n\nSAM ROE: Answer ${i}.\n`);
      const files = fs.readdirSync(dir).sort().map((f) => path.join(dir, f));
      let arrived = 0;
      let taken = 0;
      let mostWaiting = 0;
      const o = { dataDir: DATA, jobs: 2, onProgress: (done: number) => void (arrived = done) };
      await processDocuments(files, prepare(o), o, () => {
        taken += 1;
        mostWaiting = Math.max(mostWaiting, arrived - taken);
      });
      expect(taken).toBe(files.length);
      expect(mostWaiting).toBeLessThanOrEqual(2 * TASKS_AHEAD_PER_WORKER);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('worker pool: each worker keeps its heap near what is live', () => {
  // With no slack and no share, any garbage a document leaves is over the limit: every worker
  // collects after its documents, and says so in the stage times. The default limit is far above
  // what these small documents leave.
  it.each([
    { name: 'collects after a document once the limit is passed', limit: { slackBytes: 0, share: 0 }, collects: true },
    { name: 'does not collect below the default limit', limit: WORKER_HEAP, collects: false },
  ])('$name', async ({ limit, collects }) => {
    const o = { dataDir: DATA, jobs: 2 };
    const run = await processDocuments(corpus.files, prepare(o), o, undefined, limit);
    expect(run.jobs).toBe(2);
    const collect = run.times.toJSON().collect;
    if (collects) expect(collect).toBeGreaterThan(0);
    else expect(collect).toBeUndefined();
  });
});

describe('this thread’s heap ceiling between documents', () => {
  it.each([1, 2])('collects after each document taken, timed as collecting, not tabulating (jobs %i)', async (jobs) => {
    // A heap that always reads 1 GB past what was live: every check collects.
    let used = 0;
    let collections = 0;
    const heap = new HeapCeiling(DOCUMENTS_HEAP, { used: () => (used += 2 ** 30), collect: () => void collections++ });
    const o = { dataDir: DATA, jobs };
    let taken = 0;
    const run = await processDocuments(corpus.files, prepare(o), o, () => void taken++, undefined, heap);
    expect(run.jobs).toBe(jobs);
    expect(taken).toBe(corpus.files.length);
    expect(collections).toBe(corpus.files.length);
    const times = run.times.toJSON();
    expect(times).toHaveProperty('collect');
    expect(times).toHaveProperty('tabulate');
  });
});
