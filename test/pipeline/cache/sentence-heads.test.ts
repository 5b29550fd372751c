import { describe, expect, it } from 'vitest';
import { addHead, emptyHeadColumns, HEAD_KEYS, readHeads, turnsByIndex, type SentenceHead } from '../../../pipeline/cache/sentence-heads.js';
import { hasKeys } from '../../../pipeline/cache/shape.js';
import type { Interview, Turn } from '../../../pipeline/types.js';

const turn = (index: number, text: string, speaker = 'Ren Zhengfei'): Turn => ({
  interviewId: 'iv', index, speaker, label: speaker, role: 'interviewee', affiliation: null, answersTurn: null,
  source: { file: 'a.txt', line: 10 * index + 1 }, lineMap: [[0, 10 * index + 1]], text, nWords: text.split(' ').length,
});

// A piece's interview: turns 3 and 4 only.
const interview: Interview = {
  id: 'iv', title: 'T', date: '2019-12-02', place: null, outlets: ['X'], kind: 'interview', sourceFile: 'a.txt',
  interviewee: 'Ren Zhengfei', speakers: [], turns: [turn(3, 'We will survive. The US cannot crush us.'), turn(4, 'Why?', 'Lionel Barber')],
};

/** What the sentence stage makes of [start, end) of turn `t`. */
const head = (t: Turn, index: number, start: number, end: number, line = t.source.line): SentenceHead => ({
  id: `iv:${t.index}:${index}`, interviewId: 'iv', turnIndex: t.index, index, speaker: t.speaker, role: t.role,
  text: t.text.slice(start, end), start, end, source: { file: t.source.file, line },
});

const [t3, t4] = interview.turns;
const plain = [head(t3, 0, 0, 16), head(t3, 1, 17, 40, 12), head(t4, 0, 0, 4)];

function roundTrip(heads: readonly SentenceHead[]): { back: SentenceHead[]; whole: number[] } {
  const turns = turnsByIndex(interview);
  const cols = emptyHeadColumns();
  for (const h of heads) addHead(cols, h, hasKeys(h, HEAD_KEYS), interview.id, turns);
  // As the cache stores them: JSON (results) keeps only what survives it.
  const stored = JSON.parse(JSON.stringify(cols)) as typeof cols;
  const back: SentenceHead[] = [];
  readHeads(stored, interview.id, turns, (h) => void back.push(h));
  return { back, whole: cols.whole.map(([k]) => k) };
}

describe('sentence heads in the cache', () => {
  it('stores a head its turn explains as five numbers, and rebuilds it with its keys in order', () => {
    const { back, whole } = roundTrip(plain);
    expect(whole).toEqual([]);
    expect(JSON.stringify(back)).toBe(JSON.stringify(plain));
    expect(back).toStrictEqual(plain);
  });

  // Each head here is not what its numbers and turn give: it must be kept whole, and come back as it was.
  const odd: Array<[string, SentenceHead]> = [
    ['another id', { ...plain[0], id: 'iv:3:0-other' }],
    ['another interview id', { ...plain[0], interviewId: 'iv2' }],
    ['another speaker', { ...plain[0], speaker: 'Lionel Barber' }],
    ['another role', { ...plain[0], role: 'moderator' }],
    ['text that is not the slice', { ...plain[0], text: 'We will survive!' }],
    ['a turn the piece does not hold', { ...head(t3, 0, 0, 16), turnIndex: 2, id: 'iv:2:0' }],
    ['another source file', { ...plain[0], source: { file: 'b.txt', line: 31 } }],
    ['a source with a key more', { ...plain[0], source: { file: 'a.txt', line: 31, page: 2 } as SentenceHead['source'] }],
    ['source keys in another order', { ...plain[0], source: { line: 31, file: 'a.txt' } }],
    ['keys in another order', (({ id, ...rest }) => ({ ...rest, id }))(plain[0])],
    ['a key more', { ...plain[0], extra: 1 } as SentenceHead],
    ['a negative start', { ...plain[0], start: -1, text: t3.text.slice(-1, 16) }],
    ['a fractional index', { ...plain[0], index: 0.5, id: 'iv:3:0.5' }],
    ['-0 as start', { ...plain[0], start: -0 }],
    ['a line that is no count', { ...plain[0], source: { file: 'a.txt', line: Number.NaN } }],
  ];
  it.each(odd)('keeps a head with %s whole', (_, h) => {
    const heads = [plain[0], h, plain[2]];
    const turns = turnsByIndex(interview);
    const cols = emptyHeadColumns();
    for (const x of heads) addHead(cols, x, hasKeys(x, HEAD_KEYS), interview.id, turns);
    expect(cols.whole.map(([k]) => k)).toEqual([1]);
    const back: SentenceHead[] = [];
    readHeads(cols, interview.id, turns, (x) => void back.push(x));
    expect(back).toStrictEqual(heads);
    expect(back.map((x) => Object.keys(x))).toEqual(heads.map((x) => Object.keys(x)));
  });

  it('refuses columns that name a turn the interview does not hold', () => {
    const cols = emptyHeadColumns();
    addHead(cols, plain[0], true, interview.id, turnsByIndex(interview));
    cols.turnIndex[0] = 9;
    expect(() => readHeads(cols, interview.id, turnsByIndex(interview), () => {})).toThrow(/no turn 9/);
  });
});
