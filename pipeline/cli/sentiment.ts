/**
 * `turnlens sentiment`: one text per line on stdin, one JSON object per line on stdout with its
 * sentiment only ({text, score, label}), read in batches by the bare tokenizer: for many short texts,
 * where `turnlens score` would also find entities and themes. The scoring is
 * analyzers/sentiment/text.ts; this file only moves lines.
 */
import type { Command } from 'commander';
import { mapLineBatches } from './lines.js';

interface SentimentFlags {
  debug?: boolean;
}

async function sentimentAction(_flags: SentimentFlags): Promise<void> {
  const { createSentimentScorer, SENTIMENT_LINES } = await import('../../analyzers/sentiment/lines.js');
  const score = createSentimentScorer({});
  await mapLineBatches(process.stdin, process.stdout, score, SENTIMENT_LINES);
}

export function sentimentCommand(program: Command): void {
  program
    .command('sentiment')
    .description('score the sentiment of text lines from stdin, fast; print one JSON object per line on stdout')
    .option('--debug', 'show stack traces on errors')
    .action(sentimentAction);
}
