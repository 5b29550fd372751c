import { describe, expect, it } from 'vitest';
import { clean } from '../../../pipeline/clean/index.js';
import { keepHyphen, suspendedHyphen } from '../../../pipeline/clean/hyphenation.js';
import { isEnglishWord } from '../../../pipeline/clean/lexicon.js';
import { COMPILATION, readRaw } from '../turns/sample.js';

function cleanText(text: string) {
  return clean({ file: 't.txt', encoding: 'UTF-8', text, sha256: '' }, { file: 't.txt', kind: 'transcript' });
}

describe('hyphenation across line breaks', () => {
  const none = new Set<string>();
  const CASES: Array<[string, string, boolean]> = [
    ['self', 'reliance', true],
    ['con', 'tinue', false],
    ['in', 'depth', true],
    ['be', 'cause', false],
    ['non', 'acting', true],
    ['eye', 'catching', true],
    ['co', 'operate', false],
    ['AI', 'powered', true],
  ];
  for (const [a, b, keep] of CASES) {
    it(`${a}-⏎${b} → ${keep ? `${a}-${b}` : a + b}`, () => expect(keepHyphen(a, b, none, isEnglishWord)).toBe(keep));
  }
  it('follows the document when it writes the word elsewhere', () => {
    expect(keepHyphen('under', 'stand', new Set(['understand']), isEnglishWord)).toBe(false);
    expect(keepHyphen('long', 'term', new Set(['long-term']), isEnglishWord)).toBe(true);
  });
  it('joins the lines and logs the removed hyphen', () => {
    const c = cleanText('Ann Lee: We con-\ntinue to grow, with self-\nreliance. A middle- \nto high-end market.\n');
    expect(c.lines.map((l) => `${l.text}${l.glue ? '+' : ''}`)).toEqual(['Ann Lee: We con+', 'tinue to grow, with self-+', 'reliance. A middle-', 'to high-end market.']);
    expect(c.removed).toEqual([{ file: 't.txt', line: 1, what: '-', why: 'hyphen at line break' }]);
  });
  // Told by the words, with or without a space after the hyphen; false positives: words split before "to"/"and".
  const SUSPENDED: Array<[string, string, boolean]> = [
    ['middle', 'to high-end talent', true],
    ['short', 'and long-term plans', true],
    ['pre', 'or post-war', true],
    ['in', 'to the room', false],
    ['thous', 'and more', false],
    ['down', 'to-earth', false],
    ['middle', 'management', false],
    ['middle', 'to', false],
  ];
  for (const [a, next, suspended] of SUSPENDED) {
    it(`${a}-⏎${next} is ${suspended ? '' : 'not '}a suspended compound`, () => expect(suspendedHyphen(a, next, none, isEnglishWord)).toBe(suspended));
  }
  it('leaves a suspended compound without a space after the hyphen unjoined', () => {
    const c = cleanText('Ann Lee: A middle-\nto high-end market, and short-\nand long-term plans.\n');
    expect(c.lines.map((l) => `${l.text}${l.glue ? '+' : ''}`)).toEqual(['Ann Lee: A middle-', 'to high-end market, and short-', 'and long-term plans.']);
  });
});

describe('cleaning cleaned text changes nothing', () => {
  /** Cleaned lines back to text, as a reader of the cleaned document would save it. */
  const asText = (lines: ReadonlyArray<{ text: string; glue?: boolean }>) =>
    lines.map((l, i) => l.text + (i === lines.length - 1 || l.glue ? '' : '\n')).join('');
  const CASES: Array<[string, string]> = [
    ['a space after a suspended hyphen', 'Ann Lee: We hire middle- \nto high-end talent.\nBo Chen: Ok.\n'],
    ['a glued page number after a line-end hyphen', ' Ann Lee: We started in a small workshop and made long- 12\n term plans.\nBo Chen: Ok.\n'],
    ['a question number with a leading zero before a trailing space', 'Ann Lee: We grew step by step. Then we 07 \nmoved to a bigger place.\nBo Chen: Ok.\n'],
  ];
  for (const [what, text] of CASES) {
    it(what, () => {
      const once = asText(cleanText(text).lines);
      expect(asText(cleanText(once).lines)).toBe(once);
    });
  }
});

describe('PDF artifacts', () => {
  const pdf = [
    ' Ann Lee: We started in a small',
    'workshop and grew step by step. Then we 07',
    ' moved to a bigger place.',
    '',
    '',
    '',
    '23',
    '',
    'Ann Lee in Conversation with the Weekly',
    '',
    'Since then we have doubled every year.',
    '',
    '',
    'Bo Chen: What next?',
  ].join('\n');
  const c = cleanText(pdf);
  it('removes page numbers, glued numbers, running headers and leading spaces, and logs them', () => {
    expect(c.removed.filter((r) => !r.why.includes('blank'))).toEqual([
      { file: 't.txt', line: 1, what: ' ', why: 'leading space after page break' },
      { file: 't.txt', line: 2, what: '07', why: 'question number' },
      { file: 't.txt', line: 3, what: ' ', why: 'leading space after page break' },
      { file: 't.txt', line: 7, what: '23', why: 'page number' },
      { file: 't.txt', line: 9, what: 'Ann Lee in Conversation with the Weekly', why: 'running header' },
    ]);
    expect(c.markers.filter((m) => m.kind === 'running-header')).toEqual([{ line: 9, kind: 'running-header', text: 'Ann Lee in Conversation with the Weekly' }]);
  });
  it('keeps one empty line per paragraph break and none inside a sentence', () => {
    expect(c.lines.map((l) => l.text)).toEqual([
      'Ann Lee: We started in a small',
      'workshop and grew step by step. Then we',
      'moved to a bigger place.',
      '',
      'Since then we have doubled every year.',
      '',
      'Bo Chen: What next?',
    ]);
  });
  it('removes the brand pages before the first session of the sample compilation', () => {
    const cleaned = clean(readRaw(COMPILATION));
    const front = cleaned.removed.filter((r) => r.why === 'front matter');
    expect(front[0]).toMatchObject({ line: 1, what: 'Bring connectivity to every corner' });
    expect(Math.max(...front.map((r) => r.line))).toBeLessThan(38);
    expect(cleaned.lines[0]).toEqual({ line: 38, text: 'Stephen Engle: Good afternoon, friends. My name is' });
  });
});

describe('document kind', () => {
  it('detects a transcript, an article and a compilation', () => {
    const detect = (text: string) => clean({ file: 'k.txt', encoding: 'UTF-8', text, sha256: '' }).kind;
    expect(detect('Ann Lee: Hello.\n\nBo Chen: Hi.\n')).toBe('transcript');
    expect(detect('Mayor speaks\n\n“We will not raise taxes,” she said. “Never.”\n')).toBe('article');
    expect(clean(readRaw(COMPILATION)).kind).toBe('compilation');
  });
});
