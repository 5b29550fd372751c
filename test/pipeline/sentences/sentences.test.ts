import { describe, expect, it } from 'vitest';
import { toSentences } from '../../../pipeline/sentences/index.js';
import { makeInterview } from './make-interview.js';

function split(text: string): string[] {
  return toSentences(makeInterview([{ speaker: 'Ren Zhengfei', text }])).map((s) => s.text);
}

describe('toSentences: abbreviations do not split sentences', () => {
  const cases: Array<[string, string[]]> = [
    ['Mr. Ren met Ms. Meng and Dr. Smith yesterday.', ['Mr. Ren met Ms. Meng and Dr. Smith yesterday.']],
    ['The U.S. government added us to the list.', ['The U.S. government added us to the list.']],
    ['Revenue in Q1 rose. Then it fell.', ['Revenue in Q1 rose.', 'Then it fell.']],
    ['We are No. 1 in 5G. Others follow.', ['We are No. 1 in 5G.', 'Others follow.']],
    ['George W. Bush met us. We build 5G. Operators buy 4G.', ['George W. Bush met us.', 'We build 5G.', 'Operators buy 4G.']],
    ['Sen. Cotton spoke first. Then Gen. Smith spoke.', ['Sen. Cotton spoke first.', 'Then Gen. Smith spoke.']],
    ['Huawei Technologies Co., Ltd. is private. It is owned by employees.', ['Huawei Technologies Co., Ltd. is private.', 'It is owned by employees.']],
    ['We spent $1.5 billion in 2019. That is a lot.', ['We spent $1.5 billion in 2019.', 'That is a lot.']],
    ['"Really?" he asked. Yes.', ['"Really?" he asked.', 'Yes.']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  // False positives: real boundaries must still be found.
  const mustSplit: Array<[string, number]> = [
    ['Thank you. We are ready. Are you?', 3],
    ['This is our choice! We will survive.', 2],
    ['I disagree. The U.S. is a great country.', 2],
  ];
  it.each(mustSplit)('splits %s into %i', (text, n) => {
    expect(split(text)).toHaveLength(n);
  });
});

describe('toSentences: offsets, lines and tokens', () => {
  const text = 'We will not give up.  The U.S.\ncannot crush us! Thank you.';
  const interview = makeInterview([
    { speaker: 'Interviewer', text: 'Will you survive?' },
    { speaker: 'Ren Zhengfei', text, line: 40, lines: [[text.indexOf('cannot'), 41]] },
  ]);
  const sentences = toSentences(interview);
  const ren = sentences.filter((s) => s.turnIndex === 1);

  it('keeps offsets into the turn text', () => {
    for (const s of ren) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const s of ren) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('numbers sentences per turn and builds evidence ids', () => {
    expect(ren.map((s) => s.id)).toEqual(['test-interview:1:0', 'test-interview:1:1', 'test-interview:1:2']);
    expect(sentences[0].speaker).toBe('Interviewer');
    expect(ren[1].speaker).toBe('Ren Zhengfei');
  });

  it('finds the source line of each sentence through lineMap', () => {
    expect(ren.map((s) => s.source.line)).toEqual([40, 40, 41]);
    expect(ren[0].source.file).toBe('test.txt');
  });

  it('gives lemma, POS, type and negation per token', () => {
    const give = ren[0].tokens.find((t) => t.text === 'give');
    expect(give).toMatchObject({ lemma: 'give', pos: 'VERB', type: 'word', negated: true });
    const we = ren[0].tokens[0];
    expect(we).toMatchObject({ normal: 'we', negated: false });
    const crush = ren[1].tokens.find((t) => t.normal === 'crush');
    expect(crush?.negated).toBe(true);
  });

  it('keeps contractions aligned', () => {
    const s = split("It can't be, isn't it? I'm here.");
    expect(s).toEqual(["It can't be, isn't it?", "I'm here."]);
  });

  it('skips empty turns', () => {
    expect(toSentences(makeInterview([{ speaker: 'Ren Zhengfei', text: '   ' }]))).toEqual([]);
  });
});

describe('toSentences: line breaks inside a turn', () => {
  it('keeps newlines out of tokens and sentence edges', () => {
    const text = 'We grew.\n\nThe US sanctions\nhurt us. Ok.';
    const s = toSentences(makeInterview([{ speaker: 'Ren Zhengfei', text }]));
    expect(s.map((x) => x.text)).toEqual(['We grew.', 'The US sanctions\nhurt us.', 'Ok.']);
    for (const x of s) expect(x.tokens.some((t) => t.text.trim() === '')).toBe(false);
  });
});

describe('toSentences: every token has every field', () => {
  // wink gives no lemma for a sentence-final "cannot"; an undefined lemma crashed the theme matcher.
  const cases = ['I cannot.', 'No, I cannot.', 'We cannot, and we will not.', 'Cannot'];
  it.each(cases)('%s', (text) => {
    const tokens = toSentences(makeInterview([{ speaker: 'Ren Zhengfei', text }])).flatMap((s) => s.tokens);
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) {
      for (const field of ['text', 'normal', 'lemma', 'pos', 'type'] as const) expect(typeof t[field]).toBe('string');
      expect(typeof t.negated).toBe('boolean');
    }
  });
});
