/**
 * Inputs built to make regular expressions backtrack: long runs of what label, header, number,
 * hyphenation, quotation and sentence patterns look for, without the ending that would let them
 * match. Each builder gives roughly `n` characters.
 */
export interface Adversary {
  name: string;
  build(n: number): string;
}

const rep = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

export const ADVERSARIES: Adversary[] = [
  { name: 'spaces without text', build: (n) => 'A: ' + rep(' ', n) + 'x' },
  { name: 'tabs and spaces mixed', build: (n) => 'Q: ' + rep(' \t', n) + '!' },
  { name: 'capitalised words, no colon (label-like)', build: (n) => rep('Abc ', n) + 'end' },
  { name: 'capitalised words on many lines, no colon', build: (n) => rep('Abc Def Ghi\n', n) },
  { name: 'name, title, outlet commas without colon', build: (n) => rep('Ab Cd, ', n) + '\n' },
  { name: 'colons everywhere', build: (n) => rep('a:', n) },
  { name: 'label colons on every line', build: (n) => rep('A:\n', n) },
  { name: 'digits', build: (n) => rep('1', n) },
  { name: 'number lines', build: (n) => rep('12\n', n) },
  { name: 'dots', build: (n) => rep('.', n) },
  { name: 'abbreviation-like', build: (n) => rep('Mr. ', n) },
  { name: 'initials', build: (n) => rep('A.', n) },
  { name: 'hyphens at line ends', build: (n) => rep('con-\n', n) },
  { name: 'hyphens in a line', build: (n) => rep('a-', n) },
  { name: 'straight quotes', build: (n) => rep('"', n) },
  { name: 'open curly quotes, never closed', build: (n) => rep('“a ', n) },
  { name: 'said-clauses without quotes', build: (n) => rep('he said, ', n) },
  { name: 'parentheses', build: (n) => rep('(', n) },
  { name: 'header-like repeated lines', build: (n) => rep("Ren Zhengfei's Interview with X\n", n) },
  { name: 'blank lines', build: (n) => 'A: x' + rep('\n', n) + 'y' },
  { name: 'apostrophes', build: (n) => rep("'", n) },
  { name: 'question marks and exclamations', build: (n) => rep('?!', n) },
  { name: 'long word', build: (n) => rep('a', n) },
  { name: 'form feeds and page numbers', build: (n) => rep('\f3\n', n) },
];
