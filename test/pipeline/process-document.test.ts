import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  annotateDocument,
  mergeParts,
  prepare,
  processDocument,
  processDocumentParts,
  tokenizeDocument,
  type DocResult,
  type TokenizedInterview,
} from '../../pipeline/index.js';
import { interviewChars } from '../../pipeline/sentences/batches.js';
import { DATA } from './parallel/fixtures.js';

const FIXTURE = path.resolve(import.meta.dirname, '..', 'fixtures', 'transcripts', 'compilation.txt');
const raw = { file: FIXTURE, encoding: 'UTF-8', sha256: 'compilation', text: fs.readFileSync(FIXTURE, 'utf8') };
const ctx = prepare({ dataDir: DATA });

describe('processDocumentParts: a document a batch of interviews at a time', () => {
  const whole = annotateDocument(tokenizeDocument(raw, ctx), ctx);

  it.each([1, 60, 1_000_000])('gives, merged, what tokenizing every interview first gives, in batches of %i characters', (batchChars) => {
    const parts: DocResult[] = [];
    const batches: TokenizedInterview[][] = [];
    const of: Array<{ index: number; count: number }> = [];
    processDocumentParts(raw, ctx, (part, tokenized, o) => (parts.push(part), batches.push(tokenized), of.push(o)), { batchChars });
    expect(of).toEqual(parts.map((_, index) => ({ index, count: parts.length })));
    expect(JSON.stringify(mergeParts(parts, ctx))).toBe(JSON.stringify(whole));
    expect(JSON.stringify(processDocument(raw, ctx, { batchChars }))).toBe(JSON.stringify(whole));
    // Each part holds the interviews whose tokens come with it, within the size (or one interview alone).
    parts.forEach((part, k) => {
      expect(batches[k].map((t) => t.interview.id)).toEqual(part.interviews.map((a) => a.interview.id));
      const chars = batches[k].reduce((n, t) => n + interviewChars(t.interview), 0);
      expect(batches[k].length === 1 || chars <= batchChars).toBe(true);
    });
  });

  // Every interview of the fixture (104 to 296 characters) in pieces of about `batchChars`.
  it.each([1, 60, 150])('gives, merged, the whole document when long interviews come in pieces of %i characters', (batchChars) => {
    const parts: DocResult[] = [];
    const batches: TokenizedInterview[][] = [];
    processDocumentParts(raw, ctx, (part, tokenized) => (parts.push(part), batches.push(tokenized)), { batchChars, longInterviewChars: 100 });
    const pieces = parts.flatMap((p) => p.interviews.filter((a) => a.piece));
    expect(pieces.length).toBeGreaterThan(1);
    // An interview that would be one piece is read whole, with the others: no sweeps for nothing.
    expect(pieces.every((a) => a.piece!.count >= 2)).toBe(true);
    expect(JSON.stringify(mergeParts(parts, ctx))).toBe(JSON.stringify(whole));
    // A piece is a part alone, holding its own turns; its tokens come with it.
    parts.forEach((part, k) => {
      if (!part.interviews.some((a) => a.piece)) return;
      expect(part.interviews).toHaveLength(1);
      const [a] = part.interviews;
      expect(batches[k].map((t) => t.piece)).toEqual([a.piece]);
      expect(new Set(a.sentences.map((s) => s.turnIndex))).toEqual(new Set(a.interview.turns.map((t) => t.index)));
      expect(a.interview.turns.length === 1 || interviewChars(a.interview) <= batchChars).toBe(true);
    });
  });

  it('refuses to merge a long interview with a piece missing', () => {
    const parts: DocResult[] = [];
    processDocumentParts(raw, ctx, (part) => void parts.push(part), { batchChars: 1, longInterviewChars: 100 });
    expect(() => mergeParts(parts.filter((_, k) => k !== 1), ctx)).toThrow(/piece 2 of \d+ of interview ".+" is missing or out of order/);
  });

  it('puts the removed lines in the first part and each interview’s warnings in its own part', () => {
    const parts: DocResult[] = [];
    processDocumentParts(raw, ctx, (part) => void parts.push(part), { batchChars: 1 });
    expect(parts.length).toBe(whole.interviews.length);
    expect(parts.length).toBeGreaterThan(1);
    expect(whole.removed.length).toBeGreaterThan(0);
    expect(parts[0].removed).toEqual(whole.removed);
    expect(parts.slice(1).every((p) => p.removed.length === 0)).toBe(true);
    expect(parts.flatMap((p) => p.warnings)).toEqual(whole.warnings);
  });

  it('gives a blank document as one part', () => {
    const parts: DocResult[] = [];
    processDocumentParts({ ...raw, text: '\n\n   \n' }, ctx, (part) => void parts.push(part), { batchChars: 1 });
    expect(parts).toHaveLength(1);
  });
});
