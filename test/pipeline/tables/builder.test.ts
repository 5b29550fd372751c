/**
 * The tables built one document at a time (pipeline/tables/builder.ts): the documents are not kept,
 * and misuse fails loudly. That the rows equal renaming first and tabulating after is tested with
 * the interview ids (test/pipeline/split/corpus-ids.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeParts, prepare, processDocument, processDocumentParts, type DocContext, type ProcessHow } from '../../../pipeline/index.js';
import type { DocResult } from '../../../pipeline/types.js';
import { TableBuilder } from '../../../pipeline/tables/index.js';
import { TurnlensError } from '../../../pipeline/messages.js';
import { collectNow } from '../../../pipeline/memory.js';

const DATA = path.resolve(import.meta.dirname, '..', '..', '..', 'data');
const FIXTURE_TEXT = 'ANN LEE: Does the United States trust Huawei on security?\n\nSAM ROE: The United States should trust our security record. We welcome every inspection.\n';

let ctx: DocContext;
beforeAll(() => {
  ctx = prepare({ dataDir: DATA });
});

const analysed = (file: string): DocResult => processDocument({ file, encoding: 'UTF-8', sha256: file, text: FIXTURE_TEXT }, ctx);

const COMPILATION_FILE = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'transcripts', 'compilation.txt');
const COMPILATION = { file: COMPILATION_FILE, encoding: 'UTF-8', sha256: COMPILATION_FILE, text: fs.readFileSync(COMPILATION_FILE, 'utf8') };

/** The fixture compilation's parts, as processDocumentParts makes them with `how`. */
function compilationParts(how: ProcessHow): DocResult[] {
  const parts: DocResult[] = [];
  processDocumentParts(COMPILATION, ctx, (part) => void parts.push(part), how);
  return parts;
}

describe('TableBuilder', () => {
  /** Adds the documents of `files`; weak references to what each held, taken in a frame that then ends. */
  function addAll(builder: TableBuilder, files: readonly string[]): Array<WeakRef<object>> {
    const refs: Array<WeakRef<object>> = [];
    for (const file of files) {
      const doc = analysed(file);
      const [a] = doc.interviews;
      refs.push(new WeakRef(doc), new WeakRef(a), new WeakRef(a.sentences[0]), new WeakRef(a.terms));
      builder.add(doc);
    }
    return refs;
  }

  it('keeps no document, interview or sentence once it is added', async () => {
    const builder = new TableBuilder(ctx);
    const refs = addAll(builder, ['a.txt', 'b.txt']);
    // A new WeakRef holds its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    collectNow();
    expect(refs.map((r) => r.deref() === undefined)).toEqual(refs.map(() => true));
    const tables = builder.finish(builder.docIds.map((d) => d.ids));
    expect(tables.sentences.length).toBeGreaterThan(0);
    expect(tables.turnStance.length).toBeGreaterThan(0);
  });

  it('takes a document in parts as it takes it whole: one document, the same rows', () => {
    const parts = compilationParts({ batchChars: 1 });
    expect(parts.length).toBeGreaterThan(1);
    const inParts = new TableBuilder(ctx);
    inParts.add(analysed('a.txt'));
    parts.forEach((part, k) => inParts.add(part, k > 0));
    const whole = new TableBuilder(ctx);
    whole.add(analysed('a.txt'));
    whole.add(mergeParts(parts, ctx));
    expect(inParts.docIds).toEqual(whole.docIds);
    expect(inParts.docIds).toHaveLength(2);
    const ids = whole.docIds.map((d) => d.ids);
    expect(JSON.stringify(inParts.finish(ids))).toBe(JSON.stringify(whole.finish(ids)));
  });

  it('takes a long interview in pieces as it takes it whole: the same rows', () => {
    const parts = compilationParts({ batchChars: 1, longInterviewChars: 10 });
    expect(parts.filter((p) => p.interviews.some((a) => (a.piece?.index ?? 0) > 0)).length).toBeGreaterThan(0);
    const inPieces = new TableBuilder(ctx);
    parts.forEach((part, k) => inPieces.add(part, k > 0));
    const whole = new TableBuilder(ctx);
    whole.add(processDocument(COMPILATION, ctx));
    expect(inPieces.docIds).toEqual(whole.docIds);
    const ids = whole.docIds.map((d) => d.ids);
    expect(JSON.stringify(inPieces.finish(ids))).toBe(JSON.stringify(whole.finish(ids)));
  });

  it('takes a turn read in slices as it takes the slices joined: the same rows, each turn once', () => {
    // The sample compilation, its long answers cut every 1,500 characters or so: their themes and
    // stance span slices.
    const file = path.join(DATA, 'ren-zhengfei-interviews-2019-11-to-2020-03.txt');
    const parts: DocResult[] = [];
    const raw = { file, encoding: 'UTF-8', sha256: file, text: fs.readFileSync(file, 'utf8') };
    processDocumentParts(raw, ctx, (part) => void parts.push(part), { batchChars: 1, longInterviewChars: 10, sliceChars: 1_500 });
    const perSlice = parts.flatMap((p) => p.interviews.flatMap((a) => a.stance.map((r) => `${a.interview.id} ${r.turnIndex} ${r.target}`)));
    expect(new Set(perSlice).size).toBeLessThan(perSlice.length);
    const inSlices = new TableBuilder(ctx);
    parts.forEach((part, k) => inSlices.add(part, k > 0));
    const joined = new TableBuilder(ctx);
    joined.add(mergeParts(parts, ctx));
    const ids = joined.docIds.map((d) => d.ids);
    const tables = inSlices.finish(ids);
    expect(JSON.stringify(tables)).toBe(JSON.stringify(joined.finish(ids)));
    expect(tables.turns.length).toBe(processDocument(raw, ctx).interviews.reduce((n, a) => n + a.interview.turns.length, 0));
    const keys = tables.turnStance.map((r) => JSON.stringify([r.interview_id, r.turn_index, r.target]));
    expect(new Set(keys).size).toBe(keys.length);
    expect(tables.themes.some((r) => r.n_turns > 0)).toBe(true);
  });

  it('refuses a piece out of order, and tables finished before an interview’s last piece', () => {
    const parts = compilationParts({ batchChars: 1, longInterviewChars: 10 });
    const skipping = new TableBuilder(ctx);
    skipping.add(parts[0]);
    expect(() => skipping.add(parts[2], true)).toThrow(/came out of order/);
    const unfinished = new TableBuilder(ctx);
    unfinished.add(parts[0]);
    expect(() => unfinished.finish(unfinished.docIds.map((d) => d.ids))).toThrow(/ended before its last piece/);
  });

  it('refuses a document after the tables are finished, and a wrong number of ids', () => {
    const builder = new TableBuilder(ctx);
    builder.add(analysed('a.txt'));
    expect(() => builder.finish([])).toThrow(TurnlensError);
    const other = new TableBuilder(ctx);
    other.add(analysed('a.txt'));
    other.finish(other.docIds.map((d) => d.ids));
    expect(() => other.add(analysed('b.txt'))).toThrow(/added to finished tables/);
  });
});
