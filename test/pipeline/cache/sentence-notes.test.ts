import { describe, expect, it } from 'vitest';
import { addNotes, emptyNoteColumns, notesFit, NotesReader } from '../../../pipeline/cache/sentence-notes.js';
import type { AnalyzedSentence } from '../../../pipeline/types.js';

const sentence = (text: string, extra: Partial<AnalyzedSentence> = {}): AnalyzedSentence => ({
  id: 'iv:0:0', interviewId: 'iv', turnIndex: 0, index: 0, speaker: 'Ren', role: 'interviewee', text, start: 0, end: text.length,
  source: { file: 'a.txt', line: 1 }, nWords: text.split(' ').length, sentiment: { score: 0.25, label: 'positive' },
  mentions: [], themes: [], ...extra,
});

const named = sentence('The US cannot crush Huawei.', {
  mentions: [
    { entity: 'United States', type: 'country', surface: 'US', start: 4, end: 6 },
    { entity: 'Huawei', type: 'company', surface: 'HUAWEI', start: 20, end: 26 },
  ],
  themes: [{ theme: 'us_relations', weight: 2, cues: ['US', 'crush'] }, { theme: 'business', weight: 1, cues: [] }],
});

describe('sentence annotations in columns', () => {
  it('reads back what was added, in order, a surface stored only where it is not the text at its offsets', () => {
    const plain = sentence('No one is named here.', { sentiment: { score: -0.1, label: 'negative' } });
    const cols = emptyNoteColumns();
    for (const s of [named, plain]) {
      expect(notesFit(s)).toBe(true);
      addNotes(cols, s);
    }
    expect(cols.surface).toEqual([null, 'HUAWEI']);
    const reader = new NotesReader(structuredClone(cols));
    const back = [named, plain].map((s) => {
      const { nWords: _n, sentiment: _s, mentions: _m, themes: _t, ...head } = s;
      const b = head as AnalyzedSentence;
      reader.next(b);
      return b;
    });
    reader.done();
    expect(back).toStrictEqual([named, plain]);
    expect(back.map((s) => Object.keys(s))).toEqual([named, plain].map((s) => Object.keys(s)));
  });

  // Annotations the columns would not give back as they are: the caller keeps such a sentence whole.
  const odd: Array<[string, AnalyzedSentence]> = [
    ['a sentiment with a field more', { ...named, sentiment: { ...named.sentiment, compound: 1 } as AnalyzedSentence['sentiment'] }],
    ['a sentiment without a score', { ...named, sentiment: { label: 'neutral' } as AnalyzedSentence['sentiment'] }],
    ['a mention with keys in another order', { ...named, mentions: [{ type: 'country', entity: 'United States', surface: 'US', start: 4, end: 6 }] }],
    ['a mention with a field more', { ...named, mentions: [{ ...named.mentions[0], score: 1 } as AnalyzedSentence['mentions'][number]] }],
    ['a mention without a surface', { ...named, mentions: [{ ...named.mentions[0], surface: undefined as unknown as string }] }],
    ['a hole among the mentions', { ...named, mentions: new Array(1) }],
    ['mentions that are no array', { ...named, mentions: {} as AnalyzedSentence['mentions'] }],
    ['a theme hit whose cue is no text', { ...named, themes: [{ theme: 't', weight: 1, cues: [1 as unknown as string] }] }],
    ['a hole among the cues', { ...named, themes: [{ theme: 't', weight: 1, cues: new Array<string>(1) }] }],
    ['a theme hit without a weight', { ...named, themes: [{ theme: 't', cues: [] } as unknown as AnalyzedSentence['themes'][number]] }],
    ['a word count that is no number', { ...named, nWords: '5' as unknown as number }],
  ];
  it.each(odd)('does not take %s', (_, s) => expect(notesFit(s)).toBe(false));

  it('refuses columns with annotations left over or missing', () => {
    const cols = emptyNoteColumns();
    addNotes(cols, named);
    const reader = new NotesReader(cols);
    expect(() => reader.done()).toThrow(/left over/);
    reader.next(sentence(named.text));
    expect(() => reader.next(sentence(named.text))).toThrow(/no stored annotations/);
  });
});
