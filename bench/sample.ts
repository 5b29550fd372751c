/**
 * The benchmark's input: the sample corpus taken through the pipeline up to sentences once, so every
 * method is measured on exactly the same turns and sentences, and throughput has one denominator
 * (tokens and words as the bare tokenizer counts them in the turn texts).
 */
import fs from 'node:fs';
import { prepare, type AnalyzeOptions, type DocContext, type TokenizedDoc } from '../pipeline/index.js';
import { findManifest, listInputs, readDoc } from '../pipeline/ingest/index.js';
import { tokenizeDocument } from '../pipeline/index.js';
import { tokenizeBare } from './tokenizer.js';

export interface BenchSample {
  inputs: string[];
  files: string[];
  bytes: number;
  ctx: DocContext;
  docs: TokenizedDoc[];
  /** What wink reads in the pipeline: one text per turn. */
  turnTexts: string[];
  sentenceTexts: string[];
  interviews: number;
  tokens: number;
  words: number;
}

/** As the CLI reads it: with the inputs' manifest.json when there is one. */
export function loadSample(inputs: string[], options: AnalyzeOptions = {}): BenchSample {
  const ctx = prepare({ manifest: findManifest(inputs).manifest, ...options });
  const files = listInputs(inputs);
  const docs = files.map((f) => tokenizeDocument(readDoc(f), ctx));
  const turnTexts = docs.flatMap((d) => d.interviews.flatMap((i) => i.interview.turns.map((t) => t.text)));
  const sentenceTexts = docs.flatMap((d) => d.interviews.flatMap((i) => i.sentences.map((s) => s.text)));
  const { tokens, words } = tokenizeBare(turnTexts);
  return {
    inputs,
    files,
    bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0),
    ctx,
    docs,
    turnTexts,
    sentenceTexts,
    interviews: docs.reduce((n, d) => n + d.interviews.length, 0),
    tokens,
    words,
  };
}
