/** The sentiment analyzer: a score in [-1, 1] and a label per sentence (see score.ts for the rules). */
import type { Analyzer } from '../types.js';
import { scoreTokens } from './score.js';

export const sentimentAnalyzer: Analyzer<'sentiment'> = {
  name: 'sentiment',
  requires: [],
  produces: ['sentiment'],
  reads: ['sentiment'],
  run: ({ sentences, resources }) => ({
    sentiment: sentences.map((s) => scoreTokens([s.tokens], resources.sentiment)),
  }),
};
