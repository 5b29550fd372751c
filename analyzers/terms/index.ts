/** Terms analyzer: the counts behind keyness and collocations (see keyness.ts, collocations.ts). */
import type { Analyzer } from '../types.js';
import { countTerms, speakerNameWords } from './count.js';

export const termsAnalyzer: Analyzer<'terms'> = {
  name: 'terms',
  requires: ['mentions'],
  produces: ['terms'],
  reads: [],
  run: ({ interview, sentences, annotations }) => ({
    terms: countTerms(sentences, speakerNameWords(interview), annotations.mentions ?? []),
  }),
};
