/**
 * Accuracy beside speed: the sentiment eval (`npm run eval`, analyzers/sentiment/eval.ts) is imported,
 * not re-implemented, and its NYT-editorials figures are reported next to the speeds.
 */
import { evalSentiment, type EvalReport } from '../analyzers/sentiment/eval.js';

export interface AccuracyResult {
  command: string;
  /** Pearson r on the NYT editorials, turnlens and VADER. */
  nyt: { turnlens: number; vader: number };
  detail: EvalReport;
}

export async function measureAccuracy(): Promise<AccuracyResult> {
  const report = await evalSentiment();
  if (!report.nyt) throw new Error('the eval found no NYT editorials file');
  return { command: 'npm run eval', nyt: report.nyt, detail: report };
}
