/**
 * `turnlens sentiment`: lines of text in, {text, score, label} per line out, each line scored as a
 * whole by the bare-tokenizer reader (text.ts). Resources are loaded once, before any line is read.
 */
import path from 'node:path';
import type { SentimentLabel } from '../../pipeline/types.js';
import { PACKAGE_ROOT } from '../../pipeline/code-location.js';
import { loadSentimentResource } from './resource.js';
import { scoreSentimentTexts } from './text.js';
import { round4 } from '../stance/bootstrap.js';

export interface LineSentiment {
  text: string;
  score: number;
  label: SentimentLabel;
}

/**
 * Lines handed to the scorer at once. Each distinct unit (word with its punctuation) among them is
 * read once (text.ts): more lines share more units, and hold more at once.
 */
export const SENTIMENT_LINES = 1024;

export function createSentimentScorer(opts: { dataDir?: string }): (lines: readonly string[]) => LineSentiment[] {
  const res = loadSentimentResource(opts.dataDir ?? path.join(PACKAGE_ROOT, 'data'));
  return (lines) => scoreSentimentTexts(lines, res).map((r, i) => ({ text: lines[i], score: round4(r.score), label: r.label }));
}
