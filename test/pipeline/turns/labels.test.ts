import { describe, expect, it } from 'vitest';
import { clean } from '../../../pipeline/clean/index.js';
import { docLabels } from '../../../pipeline/turns/doc-labels.js';
import { parseLabel } from '../../../pipeline/turns/labels.js';

/** Every case ends with this turn (a long-form label, accepted on its own). */
const CONTEXT = '\n\nJane Roe: Thank you.\n';

/** The labels turnlens accepts in a small document (plus CONTEXT), as written. */
function labelsIn(text: string): string[] {
  const full = `${text.trimEnd()}${CONTEXT}`;
  const c = clean({ file: 'case.txt', encoding: 'UTF-8', text: full, sha256: '' }, { file: 'case.txt', kind: 'transcript' });
  return docLabels(c).map((l) => l.raw).slice(0, -1);
}

// Each case: a document, and the labels expected in it (CONTEXT's final label is not listed). The context lines give the evidence a real
// transcript has (other labels, the same speaker elsewhere).
const CASES: Array<{ name: string; text: string; labels: string[] }> = [
  {
    name: 'inline "Name:"',
    text: 'Anna Fifield: Why now?\n\nRen: Because the time is right.\n\nAnna Fifield: Thank you.\n\nRen: You are welcome.\n',
    labels: ['Anna Fifield', 'Ren', 'Anna Fifield', 'Ren'],
  },
  {
    name: '"Name, Title, Outlet :" with a space before the colon',
    text: 'Pablo Díaz, ABC : Thank you. My question is short.\n\nRen: Please ask.\n',
    labels: ['Pablo Díaz, ABC', 'Ren'],
  },
  {
    name: 'long label wrapped over two lines',
    text: 'Nathan VanderKlippe, Asia Correspondent, The Globe\nand Mail: Thank you for meeting me again.\n\nRen: Welcome back.\n',
    labels: ['Nathan VanderKlippe, Asia Correspondent, The Globe and Mail', 'Ren'],
  },
  {
    name: 'long label wrapped over three lines with blank lines between (PDF)',
    text: 'Ren: Sure.\n\nDan Strumpf, technology reporter based in Hong \n\nKong, The Wall Street \n\nJournal : Thanks a lot, Mr. Ren.\n\nRen: Thank you.\n',
    labels: ['Ren', 'Dan Strumpf, technology reporter based in Hong Kong, The Wall Street Journal', 'Ren'],
  },
  {
    name: 'after a question number on its own line (page break)',
    text: 'Stephen Engle: What is at stake?\n\n01\n Ren: The digital economy will go global.\n',
    labels: ['Stephen Engle', 'Ren'],
  },
  {
    name: 'after a question number on the same line',
    text: 'Stephen Engle: What is at stake?\n\n07 Ren: The digital economy will go global.\n\nStephen Engle: Thanks.\n',
    labels: ['Stephen Engle', 'Ren', 'Stephen Engle'],
  },
  {
    name: 'label alone on its line, speech below',
    text: 'Chris Wallace:\nGood evening and welcome.\n\nJane Doe:\nThank you for having me.\n',
    labels: ['Chris Wallace', 'Jane Doe'],
  },
  {
    name: 'role labels',
    text: 'Stephen Engle: Questions from the floor?\n\nAudience: Yes. Will prices fall?\n\nRen: They will.\n',
    labels: ['Stephen Engle', 'Audience', 'Ren'],
  },
  {
    name: 'honorific variant',
    text: 'Tammy Tam: Your view?\n\nMr. Ren: It is simple.\n\nTammy Tam: Thank you.\n\nRen: Thank you.\n',
    labels: ['Tammy Tam', 'Mr. Ren', 'Tammy Tam', 'Ren'],
  },
];

// False positives: colons inside speech that are not labels.
const NOT_LABELS: Array<{ name: string; text: string; labels: string[] }> = [
  {
    name: '"Let me tell you this:"',
    text: 'Ren: Thanks.\n\nLet me tell you this: When I was young, I wanted bread.\n\nRen: Yes.\n',
    labels: ['Ren', 'Ren'],
  },
  {
    name: '"Minimalist: the West should interfere less"',
    text: 'Kishore Mahbubani: I suggest a "3M" solution.\nMinimalist: the West should interfere less in other\ncountries.\n\nRen: I agree.\n',
    labels: ['Kishore Mahbubani', 'Ren'],
  },
  {
    name: 'book title at a line start inside a sentence',
    text: 'Ren: There is a book named\n\nHuawei: Leadership, Culture, and Connectivity, which\n\nsays growth is never smooth.\n\nNathan VanderKlippe: Thanks.\n',
    labels: ['Ren', 'Nathan VanderKlippe'],
  },
  {
    name: '"Hong\\nKong." at a line start',
    text: 'Tammy Tam: There was chaos in Hong\nKong. Some stores were smashed.\n\nRen: Yes.\n',
    labels: ['Tammy Tam', 'Ren'],
  },
  {
    name: 'sentence ending in a colon',
    text: 'Ren: Thanks.\n\nThe answer to my question: Everyone thinks the same.\n\nAnother critical thing is this: The rest of the world decides.\n',
    labels: ['Ren'],
  },
  {
    name: 'headline with a possessive',
    text: 'Huawei’s Ren Zhengfei: US won’t crush us\n\nRen: Yes.\n\nRen: Sure.\n',
    labels: ['Ren', 'Ren'],
  },
  {
    name: 'a time and a URL',
    text: 'Ren: Thanks.\n\nAt 10:30 we met.\n\nSee https://example.com for more.\n',
    labels: ['Ren'],
  },
];

describe('speaker labels', () => {
  for (const c of CASES) it(`accepts: ${c.name}`, () => expect(labelsIn(c.text)).toEqual(c.labels));
  for (const c of NOT_LABELS) it(`rejects: ${c.name}`, () => expect(labelsIn(c.text)).toEqual(c.labels));
});

describe('parseLabel', () => {
  it('parses name and affiliation', () => {
    const l = parseLabel(['Eladio Gonzalez Vizcarro, Expansión (Mexico) : In Mexico'], 0);
    expect(l).toMatchObject({ name: 'Eladio Gonzalez Vizcarro', affiliation: 'Expansión (Mexico)', lineCount: 1 });
  });
  it('takes an affiliation in parentheses', () => {
    expect(parseLabel(['Chris Wallace (Fox News): Welcome.'], 0)).toMatchObject({ name: 'Chris Wallace', affiliation: 'Fox News' });
  });
  it('gives up on long lines without a colon in reach (bounded work)', () => {
    expect(parseLabel(['A'.repeat(10_000)], 0)).toBeNull();
    expect(parseLabel([`Name, ${'x'.repeat(500)}: text`], 0)).toBeNull();
  });
});
