/** mentions.csv: one row per entity mention, in text order. */
import type { AnalyzedInterview, AnalyzedSentence, MentionRow } from '../../pipeline/types.js';
import type { Mention } from '../types.js';

/** Accessor: a mention as a row, with the sentence that holds it. */
export const mentionRow = (s: AnalyzedSentence, m: Mention): MentionRow => ({
  interview_id: s.interviewId,
  turn_index: s.turnIndex,
  sentence_index: s.index,
  speaker: s.speaker,
  entity: m.entity,
  type: m.type,
  surface: m.surface,
  start: m.start,
  end: m.end,
});

export function mentionRows(docs: readonly AnalyzedInterview[]): MentionRow[] {
  return docs.flatMap((d) => d.sentences.flatMap((s) => s.mentions.map((m) => mentionRow(s, m))));
}
