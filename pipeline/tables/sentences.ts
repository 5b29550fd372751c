/** One row per sentence: who said it, where, and what the analyzers found in it. */
import type { AnalyzedInterview, AnalyzedSentence, SentenceRow } from '../types.js';

// Most sentences carry no theme and name no entity, and most others one: those need no Set, array or
// sort (a row per sentence of the corpus); a one-item list is the item itself, as join would give it.

/** Theme ids of a sentence, sorted so the column is stable, ';'-joined. */
export function themesColumn(s: AnalyzedSentence): string {
  const hits = s.themes;
  if (hits.length === 0) return '';
  if (hits.length === 1) return hits[0].theme;
  return [...new Set(hits.map((t) => t.theme))].sort().join(';');
}

/** Canonical entity names of a sentence, in order of first mention, ';'-joined. */
export function entitiesColumn(s: AnalyzedSentence): string {
  const mentions = s.mentions;
  if (mentions.length === 0) return '';
  if (mentions.length === 1) return mentions[0].entity;
  return [...new Set(mentions.map((m) => m.entity))].join(';');
}

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
      themes: themesColumn(s),
      entities: entitiesColumn(s),
      n_words: s.nWords,
      text: s.text,
    })),
  );
}
