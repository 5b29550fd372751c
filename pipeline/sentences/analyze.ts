/**
 * Runs the analyzer plan over one interview's sentences and keeps what the tables need:
 * tokens are dropped here so per-document results stay small enough to cache and pass between threads.
 */
import type { AnalyzedInterview, Interview, Sentence } from '../types.js';
import type { DocContext } from '../index.js';
import { runAnalyzers } from '../../analyzers/registry.js';

const NO_TERMS = { unigrams: {}, bigrams: {}, nTokens: 0 };

export function analyzeSentences(interview: Interview, sentences: Sentence[], ctx: DocContext): AnalyzedInterview {
  const a = runAnalyzers(ctx.plan, { interview, sentences, resources: ctx.resources, options: ctx.options });
  return {
    interview,
    sentences: sentences.map(({ tokens, ...s }, i) => ({
      ...s,
      nWords: tokens.reduce((n, t) => (t.type === 'word' || t.type === 'number' ? n + 1 : n), 0),
      sentiment: a.sentiment?.[i] ?? { score: 0, label: 'neutral' },
      mentions: a.mentions?.[i] ?? [],
      themes: a.themes?.[i] ?? [],
    })),
    stance: a.stance ?? [],
    terms: a.terms ?? NO_TERMS,
  };
}
