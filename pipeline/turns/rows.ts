/**
 * The transcript model as tidy rows: interviews.csv, turns.csv and removed.csv. Column names are
 * the CSV headers; order is the model's order (documents, interviews, turns) and removals by file
 * and line, so output is deterministic.
 */
import type { Interview, InterviewMeta, InterviewRow, Removal, RemovedRow, TurnRow } from '../types.js';

/** An interview's row, given its number of turns and words (summed over its pieces, for a long one). */
export function interviewRow(iv: InterviewMeta, nTurns: number, nWords: number): InterviewRow {
  return {
    interview_id: iv.id,
    title: iv.title,
    date: iv.date ?? '',
    place: iv.place ?? '',
    outlets: iv.outlets.join('; '),
    kind: iv.kind,
    source_file: iv.sourceFile,
    interviewee: iv.interviewee ?? '',
    n_turns: nTurns,
    n_words: nWords,
  };
}

export function turnRows(interviews: readonly Interview[]): TurnRow[] {
  return interviews.flatMap((iv) =>
    iv.turns.map((t) => ({
      interview_id: iv.id,
      turn_index: t.index,
      speaker: t.speaker,
      role: t.role,
      affiliation: t.affiliation ?? '',
      answers_turn: t.answersTurn,
      source_file: t.source.file,
      source_line: t.source.line,
      n_words: t.nWords,
      text: t.text,
    })),
  );
}

export function removedRows(removed: readonly Removal[]): RemovedRow[] {
  const rows = removed.map((r) => ({ file: r.file, line: r.line, what: r.what, why: r.why }));
  // Stable sort: removals on one line keep the order they were made in.
  return rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
