/**
 * Issue 6, "bad input gets a clear answer": every case through the built CLI must end with exit
 * code 2 and exactly one stderr line starting with "turnlens:" that names the file (and the line
 * or field where there is one), no stack trace, nothing on stdout, and no output folder written.
 */
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, errorLine, runCli } from '../pipeline/cli/run-cli.js';
import { SMALL_TRANSCRIPT, put, tmpProject } from '../pipeline/cli/fixtures.js';

let dir: string;
beforeAll(() => {
  dir = tmpProject('turnlens-bad-');
  put(dir, 'good/one.txt', SMALL_TRANSCRIPT);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

/** The bundled resource files with one value broken, so the schema error is about that value. */
function broken(file: string, edit: (json: Record<string, unknown[]>) => void): string {
  const json = JSON.parse(fs.readFileSync(`${ROOT}/data/${file}`, 'utf8')) as Record<string, unknown[]>;
  edit(json);
  return JSON.stringify(json, null, 2);
}
const THEMES_SCHEMA = broken('themes.json', (j) => ((j.themes[1] as Record<string, unknown>).cues = 'security'));
const ENTITIES_SCHEMA = broken('entities.json', (j) => ((j.entities[2] as Record<string, unknown>).type = 'planet'));

interface Case {
  name: string;
  /** Files to create, relative to the project folder. */
  files: Record<string, string | Buffer>;
  args: string[];
  /** The exact error line, or a pattern for messages that quote library text. */
  expected: string | RegExp;
}

const MANIFEST_SCHEMA = JSON.stringify({ documents: [{ file: 'one.txt', kind: 'book' }] });

export const BAD_INPUTS: Case[] = [
  { name: 'missing file', files: {}, args: ['nope.txt'], expected: 'turnlens: "nope.txt": no such file or folder' },
  { name: 'missing folder beside a good one', files: {}, args: ['good', 'gone/'], expected: 'turnlens: "gone/": no such file or folder' },
  { name: 'binary file with NUL bytes', files: { 'bin.txt': bytes('text', [0, 1, 2, 0, 0xff, 0xfe, 0x10, 0]) }, args: ['bin.txt'], expected: 'turnlens: "bin.txt": looks like a binary file (contains NUL bytes), not a transcript' },
  { name: 'PDF saved as .txt', files: { 'paper.txt': bytes('%PDF-1.4\n1 0 obj <<>> endobj\n') }, args: ['paper.txt'], expected: 'turnlens: "paper.txt": looks like a binary file (PDF document), not a transcript' },
  { name: 'Word document saved as .md', files: { 'w.md': bytes([0x50, 0x4b, 0x03, 0x04], 'word/document.xml') }, args: ['w.md'], expected: 'turnlens: "w.md": looks like a binary file (ZIP archive or Office document), not a transcript' },
  { name: 'control characters', files: { 'ctl.txt': bytes('\x1b[31m\x07\x08\x01\x02\x03ok\x04\x05\x06'.repeat(20)) }, args: ['ctl.txt'], expected: /^turnlens: "ctl\.txt": looks like a binary file \(\d+% control characters\), not a transcript$/ },
  { name: 'empty file', files: { 'empty.txt': '' }, args: ['empty.txt'], expected: 'turnlens: "empty.txt": file is empty' },
  { name: 'whitespace-only file', files: { 'blank.md': ' \r\n\t\n\u00a0\n' }, args: ['blank.md'], expected: 'turnlens: "blank.md": file is empty' },
  { name: 'empty file inside a folder', files: { 'mixed/a.txt': SMALL_TRANSCRIPT, 'mixed/b.txt': '' }, args: ['mixed'], expected: 'turnlens: "mixed/b.txt": file is empty' },
  { name: 'empty folder', files: { 'nothing/.keep': '' }, args: ['nothing'], expected: 'turnlens: "nothing": folder holds no .txt or .md files' },
  { name: 'folder of other files', files: { 'pdfs/a.pdf': '%PDF-1.4', 'pdfs/b.docx': 'x' }, args: ['pdfs'], expected: 'turnlens: "pdfs": folder holds no .txt or .md files' },
  { name: 'named file of another type', files: { 'notes.pdf': '%PDF-1.4' }, args: ['notes.pdf'], expected: 'turnlens: "notes.pdf": only .txt and .md files are read' },
  { name: 'invalid UTF-8 on line 3', files: { 'bad8.txt': bytes('Q: “Why?”\nA: Because.\nQ: And ', [0xe2, 0x28, 0xa1], '?\n') }, args: ['bad8.txt'], expected: 'turnlens: "bad8.txt" line 3: cannot decode text (invalid UTF-8 byte 0xE2 in a UTF-8 file)' },
  { name: 'byte undefined in Windows-1252 on line 2', files: { 'cp.txt': bytes([0x63, 0x61, 0x66, 0xe9, 0x0d, 0x0a, 0x78, 0x81, 0x0a]) }, args: ['cp.txt'], expected: 'turnlens: "cp.txt" line 2: cannot decode text (bytes not defined in windows-1252)' },
  { name: 'unpaired surrogate in UTF-16', files: { 'u16.txt': bytes([0xff, 0xfe], [...iconv.encode('Q: a\nA: b\n', 'utf-16le')], [0x00, 0xdc]) }, args: ['u16.txt'], expected: 'turnlens: "u16.txt" line 3: cannot decode text (unpaired surrogate in utf-16le)' },
  { name: 'truncated UTF-16', files: { 'odd.txt': bytes([0xfe, 0xff], [...iconv.encode('Q: a\nA: b', 'utf-16be')], [0x00]) }, args: ['odd.txt'], expected: 'turnlens: "odd.txt" line 2: cannot decode text (truncated utf-16be character at the end)' },
  { name: 'manifest that is not JSON', files: { 'm.json': '{\n  "documents": [\n    { "file": "one.txt", }\n  ]\n}' }, args: ['good', '--manifest', 'm.json'], expected: /^turnlens: "m\.json" line 3: not valid JSON \(/ },
  { name: 'manifest not matching its schema', files: { 'm2.json': MANIFEST_SCHEMA }, args: ['good', '--manifest', 'm2.json'], expected: /^turnlens: "m2\.json": field "documents\[0\]\.kind": expected .*transcript.*, got "book"$/ },
  { name: 'manifest found in the input folder, broken', files: { 'auto/one.txt': SMALL_TRANSCRIPT, 'auto/manifest.json': '[' }, args: ['auto'], expected: /^turnlens: "auto\/manifest\.json" line 1: not valid JSON/ },
  { name: 'missing manifest', files: {}, args: ['good', '--manifest', 'absent.json'], expected: /^turnlens: "absent\.json": no such file/ },
  { name: 'themes that are not JSON', files: { 't.json': '{"themes": [\n  {"id": "x",}\n]}' }, args: ['good', '--themes', 't.json'], expected: /^turnlens: "t\.json" line 2: not valid JSON \(/ },
  { name: 'themes not matching their schema', files: { 't2.json': THEMES_SCHEMA }, args: ['good', '--themes', 't2.json'], expected: /^turnlens: "t2\.json": field "themes\[1\]\.cues": expected .*, got "security"$/ },
  { name: 'entities that are not JSON', files: { 'e.json': '{"entities": [\n\n  oops\n]}' }, args: ['good', '--entities', 'e.json'], expected: /^turnlens: "e\.json" line 3: not valid JSON \(/ },
  { name: 'entities not matching their schema', files: { 'e2.json': ENTITIES_SCHEMA }, args: ['good', '--entities', 'e2.json'], expected: /^turnlens: "e2\.json": field "entities\[2\]\.type": expected .*country.*, got "planet"$/ },
  { name: 'missing themes file', files: {}, args: ['good', '--themes', 'absent-themes.json'], expected: /^turnlens: "absent-themes\.json": no such file/ },
  { name: 'output folder under a file', files: { 'afile': 'x' }, args: ['good', '--out', 'afile/out'], expected: /^turnlens: "afile\/out": cannot write output folder \((ENOTDIR|EEXIST)\)$/ },
  { name: 'output path that is a file', files: { 'outfile': 'x' }, args: ['good', '--out', 'outfile'], expected: 'turnlens: "outfile": cannot write output folder (it exists and is not a folder)' },
  { name: 'output folder that cannot be created (in /proc)', files: {}, args: ['good', '--out', '/proc/turnlens/out'], expected: /^turnlens: "\/proc\/turnlens\/out": cannot write output folder \(E[A-Z]+\)$/ },
  { name: 'output folder that is the working directory', files: {}, args: ['good', '--out', '.'], expected: 'turnlens: ".": refusing to use as output folder (it holds the working directory)' },
  { name: 'output folder holding the input', files: {}, args: ['good/one.txt', '--out', 'good'], expected: 'turnlens: "good": refusing to use as output folder (it holds the input "good/one.txt")' },
  { name: 'output folder with files turnlens did not write', files: { 'src/keep.ts': 'x' }, args: ['good', '--out', 'src'], expected: /^turnlens: "src": refusing to use as output folder \(it exists, is not empty and was not written by turnlens/ },
];

describe('bad input: exit 2, one line naming the file', () => {
  it.each(BAD_INPUTS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    for (const [rel, content] of Object.entries(c.files)) put(dir, rel, content);
    const out = `out-${BAD_INPUTS.indexOf(c)}`;
    const args = ['analyze', ...c.args, ...(c.args.includes('--out') ? [] : ['--out', out])];
    const r = runCli(args, { cwd: dir });
    expect(r.stdout).toBe('');
    const line = errorLine(r);
    if (typeof c.expected === 'string') expect(line).toBe(c.expected);
    else expect(line).toMatch(c.expected);
    expect(line).not.toMatch(/\n|\bat .*\.js:\d+/);
    expect(r.code).toBe(2);
    expect(fs.existsSync(`${dir}/${out}`)).toBe(false);
  });

  it('keeps src/ untouched when refusing it as output', () => {
    expect(fs.readFileSync(`${dir}/src/keep.ts`, 'utf8')).toBe('x');
  });
});
