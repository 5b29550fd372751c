/** Builds small Interviews by hand for tests of the sentence stage and the analyzers. */
import type { Interview, Role, Turn } from '../../../pipeline/types.js';

export interface TurnSpec {
  speaker: string;
  role?: Role;
  text: string;
  /** Extra [offset, line] pairs after the first; the first line is `line`. */
  lines?: Array<[number, number]>;
  line?: number;
}

export function makeInterview(turns: TurnSpec[], id = 'test-interview'): Interview {
  const built: Turn[] = turns.map((t, index) => {
    const line = t.line ?? index * 10 + 1;
    return {
      interviewId: id,
      index,
      speaker: t.speaker,
      label: t.speaker,
      role: t.role ?? (t.speaker === 'Interviewer' ? 'interviewer' : 'interviewee'),
      affiliation: null,
      answersTurn: null,
      source: { file: 'test.txt', line },
      lineMap: [[0, line], ...(t.lines ?? [])],
      text: t.text,
      nWords: t.text.split(/\s+/).filter(Boolean).length,
    };
  });
  const names = [...new Set(turns.map((t) => t.speaker))];
  return {
    id,
    title: 'Test interview',
    date: '2019-12-02',
    place: null,
    outlets: [],
    kind: 'interview',
    sourceFile: 'test.txt',
    interviewee: names.find((n) => n !== 'Interviewer') ?? null,
    speakers: names.map((name) => ({
      name,
      role: name === 'Interviewer' ? 'interviewer' : 'interviewee',
      affiliation: null,
      aliases: [name],
    })),
    turns: built,
  };
}
