/**
 * A document analysed in parts (pipeline/index.ts: processDocumentParts) through `analyze`: here every
 * interview is a part of its own, as the interviews of a long compilation are batched; the documents,
 * the tables and the cache come out as they do for the document taken whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analyze, prepare, processDocument } from '../../pipeline/index.js';
import { readDoc } from '../../pipeline/ingest/index.js';
import { TableBuilder } from '../../pipeline/tables/index.js';
import { chooseInterviewIds } from '../../pipeline/split/corpus-ids.js';
import { DATA } from './parallel/fixtures.js';
import { tmpDir } from '../helpers/tmp.js';

vi.mock('../../pipeline/sentences/batches.js', async (importOriginal) =>
  (await import('../helpers/parts.js')).onePartPerInterview(importOriginal),
);

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'transcripts');
const files = [path.join(FIXTURES, 'article.txt'), path.join(FIXTURES, 'compilation.txt')];
const cacheDir = tmpDir('turnlens-parts-');
afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

describe('analyze, a document in parts', () => {
  const ctx = prepare({ dataDir: DATA });
  const whole = files.map((f) => processDocument(readDoc(f), ctx, { batchChars: 1_000_000 }));
  const builder = new TableBuilder(ctx);
  for (const d of whole) builder.add(d);
  const tables = JSON.stringify(builder.finish(chooseInterviewIds(builder.docIds).ids));

  it.each([
    ['without the cache', false],
    ['computing the cache', true],
    ['served from the cache', true],
  ] as const)('gives each document whole, and the tables of the documents taken whole, %s', async (_, cache) => {
    const result = await analyze(files, { dataDir: DATA, cacheDir: cache ? cacheDir : false });
    expect(whole[1].interviews.length).toBeGreaterThan(1);
    expect(result.docs.map((d) => d.file)).toEqual(whole.map((d) => d.file));
    expect(JSON.stringify(result.docs)).toBe(JSON.stringify(whole));
    expect(JSON.stringify(result.tables)).toBe(tables);
  });

  it('reports progress part by part within a long document, never a document done before its last part', async () => {
    const seen: number[] = [];
    await analyze(files, { dataDir: DATA, onProgress: (done, total) => (expect(total).toBe(2), seen.push(done)) });
    const within = seen.filter((d) => !Number.isInteger(d));
    // One report per part of the compilation after its first; then the document itself.
    expect(within).toHaveLength(whole[1].interviews.length - 1);
    expect(within.every((d) => d > 1 && d < 2)).toBe(true);
    expect(seen.filter(Number.isInteger)).toEqual([1, 2]);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
