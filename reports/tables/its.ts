/**
 * Accessors: how to read a fact off a table row, in one place (in the spirit of wink-nlp's `its.*`),
 * so the table builders say what they aggregate rather than how a column is encoded.
 */
import type { MentionRow, SentenceRow, StanceRow, TurnRow, TurnStanceRow } from '../../pipeline/types.js';
import { sentenceId, splitList, turnKey, type InterviewInfo } from '../context.js';

export const its = {
  sentenceId: (s: SentenceRow | MentionRow): string => sentenceId(s.interview_id, s.turn_index, s.sentence_index),
  turnKey: (t: { interview_id: string; turn_index: number }): string => turnKey(t.interview_id, t.turn_index),
  themes: (s: SentenceRow): string[] => splitList(s.themes),
  entities: (s: SentenceRow): string[] => splitList(s.entities),
  evidence: (s: StanceRow | TurnStanceRow): string[] => splitList(s.evidence),
  /** A sentence is about a target when it carries it as a theme or names it as an entity. */
  isAbout: (target: string) => (s: SentenceRow): boolean => its.themes(s).includes(target) || its.entities(s).includes(target),
  spokenBy: (speaker: string) => (r: { speaker: string }): boolean => r.speaker === speaker,
  isAnswer: (t: TurnRow): boolean => t.answers_turn !== null,
  /** The columns every per-interview chart row starts with: id, axis label, date and time order. */
  interviewAxis: (iv: InterviewInfo): InterviewAxis => ({ interview_id: iv.id, interview: iv.label, date: iv.date, order: iv.order }),
} as const;

export interface InterviewAxis {
  interview_id: string;
  interview: string;
  date: string | null;
  order: number;
}
