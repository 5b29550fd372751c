/** One row per sentence: who said it, where, and what the analyzers found in it. */
import type { AnalyzedInterview, AnalyzedSentence, SentenceRow } from '../types.js';

/** Theme ids of a sentence, sorted so the column is stable. */
export const themeIdsOf = (s: AnalyzedSentence): string[] => [...new Set(s.themes.map((t) => t.theme))].sort();

/** Canonical entity names of a sentence, in order of first mention. */
export const entityIdsOf = (s: AnalyzedSentence): string[] => [...new Set(s.mentions.map((m) => m.entity))];

export function sentenceRows(docs: readonly AnalyzedInterview[]): SentenceRow[] {
  return docs.flatMap(({ sentences }) =>
    sentences.map((s) => ({
      interview_id: s.interviewId,
      turn_index: s.turnIndex,
      sentence_index: s.index,
      speaker: s.speaker,
      role: s.role,
      source_line: s.source.line,
      sentiment: s.sentiment.score,
      label: s.sentiment.label,
      themes: themeIdsOf(s).join(';'),
      entities: entityIdsOf(s).join(';'),
      n_words: s.nWords,
      text: s.text,
    })),
  );
}
