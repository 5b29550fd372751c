/** Sentences by id through each interview's rows: hits, misses, ids of any shape, rows out of order. */
import { describe, expect, it } from 'vitest';
import { SentenceIndex } from '../../reports/sentence-index.js';
import { sentenceId } from '../../reports/context.js';
import type { SentenceRow } from '../../pipeline/types.js';

const row = (interview_id: string, turn_index: number, sentence_index: number): SentenceRow => ({
  interview_id,
  turn_index,
  sentence_index,
  speaker: 'A',
  role: 'interviewee',
  source_line: 1,
  sentiment: 0,
  label: 'neutral',
  themes: '',
  entities: '',
  n_words: 1,
  text: `${interview_id} ${turn_index}.${sentence_index}`,
});

const byInterview = new Map<string, SentenceRow[]>([
  ['a', [row('a', 0, 0), row('a', 0, 1), row('a', 2, 0), row('a', 2, 1), row('a', 2, 2), row('a', 10, 0)]],
  // An id that itself holds colons and digits.
  ['x:1:2', [row('x:1:2', 1, 0), row('x:1:2', 3, 4)]],
  // Out of order: found all the same.
  ['u', [row('u', 5, 1), row('u', 0, 0), row('u', 5, 0)]],
  ['empty', []],
]);

const index = new SentenceIndex((id) => byInterview.get(id));

describe('SentenceIndex', () => {
  it.each([
    ['a:0:0'],
    ['a:0:1'],
    ['a:2:2'],
    ['a:10:0'],
    ['x:1:2:1:0'],
    ['x:1:2:3:4'],
    ['u:0:0'],
    ['u:5:0'],
    ['u:5:1'],
  ])('finds %s', (id) => {
    const s = index.get(id);
    expect(s && sentenceId(s.interview_id, s.turn_index, s.sentence_index)).toBe(id);
  });

  it.each([
    ['a:1:0', 'a turn without sentences'],
    ['a:2:3', 'past the last sentence of a turn'],
    ['a:11:0', 'past the last turn'],
    ['b:0:0', 'an unknown interview'],
    ['empty:0:0', 'an interview without sentences'],
    ['a:0', 'too few parts'],
    ['a:0:x', 'a sentence index that is not a number'],
    ['a:-1:0', 'a negative turn'],
    ['a:0:0 ', 'trailing space'],
    ['', 'empty'],
    ['x:1:2', 'an interview id alone'],
  ])('misses %j (%s)', (id) => {
    expect(index.get(id)).toBeUndefined();
  });

  it('leaves the rows it was given in their order', () => {
    expect(byInterview.get('u')!.map((s) => `${s.turn_index}.${s.sentence_index}`)).toEqual(['5.1', '0.0', '5.0']);
  });

  it('agrees with a Map of every id on every row', () => {
    for (const rows of byInterview.values()) for (const s of rows) expect(index.get(sentenceId(s.interview_id, s.turn_index, s.sentence_index))).toBe(s);
  });
});
