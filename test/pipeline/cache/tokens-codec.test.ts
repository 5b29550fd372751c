import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { checkEncoded, decodeInterview, decodeTokenized, encodeTokenized } from '../../../pipeline/cache/tokens-codec.js';
import { prepare, tokenizeDocument } from '../../../pipeline/index.js';
import type { Sentence, Token, TokenizedDoc } from '../../../pipeline/types.js';
import { DATA } from '../parallel/fixtures.js';

const tok = (text: string, start: number, extra: Partial<Token> = {}): Token => ({
  text, normal: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'NOUN', type: 'word', start, end: start + text.length,
  negated: false, ...extra,
});

function doc(): TokenizedDoc {
  const sentence = (index: number, tokens: Token[]): Sentence => ({
    id: `iv:0:${index}`, interviewId: 'iv', turnIndex: 0, index, speaker: 'Ren', role: 'interviewee',
    text: tokens.map((t) => t.text).join(' '), start: tokens[0]?.start ?? 0, end: tokens.at(-1)?.end ?? 0,
    source: { file: 'a.txt', line: 3 }, tokens,
  });
  return {
    file: 'a.txt', kind: 'transcript', encoding: 'UTF-8', removed: [], warnings: ['w'],
    interviews: [{
      interview: {
        id: 'iv', title: 'T', date: '2019-12-02', place: null, outlets: ['X'], kind: 'interview', sourceFile: 'a.txt',
        interviewee: 'Ren', speakers: [], turns: [],
      },
      sentences: [
        sentence(0, [
          tok('We', 0, { pos: 'PRON' }),
          tok("don't", 3, { normal: 'do', lemma: 'do', pos: 'AUX' }),
          tok('US', 9, { normal: 'us', lemma: 'US', pos: 'PROPN', negated: true }),
          tok('banned', 12, { lemma: 'ban', pos: 'VERB', negated: true }),
          tok('.', 18, { pos: 'PUNCT', type: 'punctuation' }),
        ]),
        sentence(1, []),
        // What wink sometimes returns: a missing lemma must come back missing, not repaired.
        sentence(2, [tok('cannot', 0, { lemma: undefined as unknown as string, pos: 'AUX' }), tok('?', 6, { type: 'punctuation', pos: 'PUNCT' })]),
      ],
    }],
  };
}

describe('tokens codec', () => {
  it('round-trips a document exactly, through v8 serialization as the cache stores it', () => {
    const back = decodeTokenized(checkEncoded(v8.deserialize(v8.serialize(encodeTokenized(doc())))));
    expect(back).toStrictEqual(doc());
    expect(back.interviews[0].sentences[2].tokens[0]).toHaveProperty('lemma', undefined);
  });

  it('stores derived normal forms and lemmas once, as null', () => {
    const cols = encodeTokenized(doc()).interviews[0].tokens;
    expect(cols.normal.slice(0, 4)).toEqual([null, 'do', null, null]);
    expect(cols.lemma.slice(0, 4)).toEqual([null, null, 'US', 'ban']);
    expect([...cols.counts]).toEqual([5, 0, 2]);
  });

  it('decodes one interview at a time, as the whole document decodes it', () => {
    const d = doc();
    const second = structuredClone(d.interviews[0]);
    second.interview.id = 'iv2';
    second.sentences[0].tokens[0].pos = 'INTJ';
    const two: TokenizedDoc = { ...d, interviews: [d.interviews[0], second] };
    const enc = checkEncoded(v8.deserialize(v8.serialize(encodeTokenized(two))));
    expect(decodeInterview(enc, 1)).toStrictEqual(two.interviews[1]);
    expect(decodeInterview(enc, 0)).toStrictEqual(two.interviews[0]);
  });

  it('stores a real document without what its turns already hold, and reads it back exactly', () => {
    const file = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'transcripts', 'compilation.txt');
    const tokenized = tokenizeDocument({ file, encoding: 'UTF-8', sha256: 'x', text: fs.readFileSync(file, 'utf8') }, prepare({ dataDir: DATA }));
    const enc = encodeTokenized(tokenized);
    // Every head is five numbers, every token's text the sentence's at its offsets, every removal a row of columns.
    expect(enc.interviews.flatMap((iv) => iv.heads.whole)).toEqual([]);
    expect(enc.interviews.flatMap((iv) => iv.tokens.text).filter((t) => t !== null)).toEqual([]);
    expect(enc.removed.whole).toEqual([]);
    const bytes = v8.serialize(enc);
    const back = decodeTokenized(checkEncoded(v8.deserialize(bytes)));
    expect(back).toStrictEqual(tokenized);
    expect(JSON.stringify(back.interviews)).toBe(JSON.stringify(tokenized.interviews));
    // Columns filled in order stay packed, which v8 writes densely: far less than the objects.
    expect(bytes.length).toBeLessThan(0.5 * v8.serialize(tokenized).length);
  });

  it('rejects what it did not write', () => {
    expect(() => checkEncoded({ codec: 'columns-0' })).toThrow();
    expect(() => checkEncoded(doc())).toThrow();
    expect(() => checkEncoded(null)).toThrow();
  });
});
