import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listInputs } from '../../../pipeline/ingest/index.js';
import { TurnlensError } from '../../../pipeline/messages.js';
import { errorOf, tmpDir, useTempCwd, write } from '../../helpers/tmp.js';

const dir = useTempCwd();


describe('listInputs', () => {
  it('walks folders recursively, keeps only .txt/.md, sorts by path, relative and /-separated', () => {
    write(dir(), 'c/z.txt', 'z');
    write(dir(), 'c/a/b.MD', 'b');
    write(dir(), 'c/a.txt', 'a');
    write(dir(), 'c/notes.pdf', 'x');
    write(dir(), 'c/manifest.json', '{}');
    write(dir(), 'c/.hidden/x.txt', 'hidden');
    write(dir(), 'c/.y.txt', 'hidden');
    expect(listInputs(['c'])).toEqual(['c/a.txt', 'c/a/b.MD', 'c/z.txt']);
  });

  it('accepts absolute paths inside the working directory and removes duplicates', () => {
    write(dir(), 'd/one.txt', '1');
    expect(listInputs([path.join(dir(), 'd', 'one.txt'), 'd', './d/one.txt'])).toEqual(['d/one.txt']);
  });

  it('sorts by code unit, not locale: upper case before lower case, deterministic', () => {
    write(dir(), 'e/b.txt', '1');
    write(dir(), 'e/B.txt', '1');
    write(dir(), 'e/ä.txt', '1');
    write(dir(), 'e/a.txt', '1');
    expect(listInputs(['e'])).toEqual(['e/B.txt', 'e/a.txt', 'e/b.txt', 'e/ä.txt']);
  });

  it('a missing path is an input error naming it', () => {
    const e = errorOf(() => listInputs(['nope/missing.txt']));
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe('turnlens: "nope/missing.txt": no such file or folder');
  });

  it('a folder without .txt/.md files is an input error naming it', () => {
    write(dir(), 'empty/readme.pdf', 'x');
    const e = errorOf(() => listInputs(['empty']));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('"empty": folder holds no .txt or .md files');
  });

  it('a named file of another type is an input error', () => {
    write(dir(), 'x.pdf', 'x');
    const e = errorOf(() => listInputs(['x.pdf']));
    expect(e.message).toContain('"x.pdf": only .txt and .md files are read');
  });

  it('survives a symlink loop', () => {
    write(dir(), 'loop/a.txt', 'a');
    fs.symlinkSync(path.join(dir(), 'loop'), path.join(dir(), 'loop', 'again'));
    expect(listInputs(['loop'])).toEqual(['loop/a.txt']);
  });
});
