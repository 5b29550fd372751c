import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUT_MARKER, checkOutDir, writeOutputs } from '../../../pipeline/output/write.js';
import { TurnlensError } from '../../../pipeline/messages.js';
import { errorOf, tmpDir, useTempCwd, write } from '../../helpers/tmp.js';

const dir = useTempCwd();

function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), rel);
      else out[rel] = fs.readFileSync(path.join(d, e.name), 'utf8');
    }
  };
  walk(root, '');
  return out;
}


const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('writeOutputs', () => {
  it('writes nested files and a marker, and leaves nothing beside out/', () => {
    writeOutputs('out', files({ 'report.html': '<p>', 'data/turns.csv': 'a\n' }));
    expect(tree('out')).toEqual({ [OUT_MARKER]: expect.any(String), 'data/turns.csv': 'a\n', 'report.html': '<p>' });
    expect(fs.readdirSync(dir())).toEqual(['out']);
  });

  it('replaces the previous out/ as a whole (stale files do not survive)', () => {
    writeOutputs('out', files({ 'old.csv': 'old', 'data/x.csv': '1' }));
    writeOutputs('out', files({ 'data/x.csv': '2' }));
    expect(tree('out')).toEqual({ [OUT_MARKER]: expect.any(String), 'data/x.csv': '2' });
    expect(fs.readdirSync(dir())).toEqual(['out']);
  });

  it('a write that fails midway leaves the previous out/ intact and no temp folder', () => {
    writeOutputs('out', files({ 'data/x.csv': 'previous' }));
    // "a" as a file and "a/b" under it cannot both exist: the second write fails after the first.
    const e = errorOf(() => writeOutputs('out', files({ a: 'file', 'a/b': 'under a file' })));
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/^turnlens: "out": cannot write output folder \(/);
    expect(tree('out')['data/x.csv']).toBe('previous');
    expect(fs.readdirSync(dir())).toEqual(['out']);
  });

  it('heals a run killed between the two renames: the stranded backup comes back', () => {
    write(dir(), '.out.old-999999999-x/data/x.csv', 'kept');
    write(dir(), '.out.old-999999999-x/' + OUT_MARKER, 'm');
    write(dir(), '.out.tmp-999999999-y/partial.csv', 'half');
    writeOutputs('other', files({ 'a.csv': '1' }));
    expect(fs.readdirSync(dir()).sort()).toEqual(['.out.old-999999999-x', '.out.tmp-999999999-y', 'other']);
    writeOutputs('out2', files({ 'a.csv': '1' }));
    // Only leftovers of the same folder name are touched.
    expect(fs.existsSync('.out.old-999999999-x')).toBe(true);
    fs.rmSync('out2', { recursive: true });
    // Now a run for out/ itself: the backup is restored first, then replaced by the new output.
    fs.rmSync('other', { recursive: true });
    const before = fs.readdirSync(dir()).sort();
    expect(before).toEqual(['.out.old-999999999-x', '.out.tmp-999999999-y']);
    writeOutputs('out', files({ 'data/new.csv': 'new' }));
    expect(fs.readdirSync(dir())).toEqual(['out']);
    expect(tree('out')['data/new.csv']).toBe('new');
  });

  it.each([['../escape.csv'], ['/abs.csv'], ['a/../../b'], ['a\\b'], [''], ['a//b'], ['./a']])(
    'rejects the unsafe output path %j as an internal error before touching out/',
    (rel) => {
      writeOutputs('out', files({ 'keep.csv': 'k' }));
      const e = errorOf(() => writeOutputs('out', files({ [rel]: 'x' })));
      expect(e.exitCode).toBe(3);
      expect(tree('out')['keep.csv']).toBe('k');
      expect(fs.existsSync(path.join(dir(), 'escape.csv'))).toBe(false);
    },
  );

  it('rejects paths that collide on a case-insensitive disk', () => {
    expect(errorOf(() => writeOutputs('out', files({ 'a.csv': '1', 'A.csv': '2' }))).exitCode).toBe(3);
  });

  it('writes binary content byte for byte', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    writeOutputs('out', new Map<string, string | Uint8Array>([['img.png', png]]));
    expect(new Uint8Array(fs.readFileSync('out/img.png'))).toEqual(png);
  });
});

describe('checkOutDir: out/ is deleted on replace, so some folders are refused', () => {
  it.runIf(process.platform === 'linux')('an output folder where mkdir fails (in /proc) is an error, not a hang', () => {
    const e = errorOf(() => checkOutDir('/proc/turnlens-test/out'));
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/^turnlens: "\/proc\/turnlens-test\/out": cannot write output folder \(E[A-Z]+\)$/);
  });
  it.runIf(process.getuid?.() !== 0)('an output folder under a read-only parent is an input error naming it', () => {
    fs.mkdirSync('ro');
    fs.chmodSync('ro', 0o555);
    const e = errorOf(() => checkOutDir('ro/out'));
    fs.chmodSync('ro', 0o755);
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/^turnlens: "ro\/out": cannot write output folder \(EACCES\)/);
  });
  it('a parent that is a file', () => {
    write(dir(), 'file', 'x');
    const e = errorOf(() => checkOutDir('file/out'));
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/^turnlens: "file\/out": cannot write output folder \((ENOTDIR|EEXIST)\)/);
  });
  it('an output path that is a file', () => {
    write(dir(), 'out', 'x');
    expect(errorOf(() => checkOutDir('out')).message).toContain('it exists and is not a folder');
  });
  it.each([['.'], ['..'], ['/']])('the working directory, its ancestors and the root: %j', (p) => {
    expect(errorOf(() => checkOutDir(p)).message).toContain('refusing to use as output folder');
  });
  it('a folder holding an input', () => {
    write(dir(), 'data/a.txt', 'x');
    expect(errorOf(() => checkOutDir('data', ['data/a.txt'])).message).toContain('it holds the input');
  });
  it('a non-empty folder turnlens did not write', () => {
    write(dir(), 'src/main.ts', 'x');
    expect(errorOf(() => checkOutDir('src')).message).toContain('was not written by turnlens');
    expect(fs.existsSync('src/main.ts')).toBe(true);
  });
  it('an empty folder, a missing one and a previous out/ are fine', () => {
    fs.mkdirSync('empty');
    expect(() => checkOutDir('empty')).not.toThrow();
    expect(() => checkOutDir('missing/deeper/out')).not.toThrow();
    writeOutputs('out', files({ 'a.csv': '1' }));
    expect(() => checkOutDir('out')).not.toThrow();
  });
});
