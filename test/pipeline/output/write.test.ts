import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUT_MARKER, checkOutDir, openOutputs, writeOutputs } from '../../../pipeline/output/write.js';
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

describe('openOutputs: files reach disk one at a time, out/ changes only on commit', () => {
  const staged = (): string[] => fs.readdirSync(dir()).filter((n) => n.startsWith('.out.tmp-'));

  it('each add is on disk in the staging folder before the next, while out/ still holds the previous run', () => {
    writeOutputs('out', files({ 'old.csv': 'old' }));
    const writer = openOutputs('out');
    expect(staged()).toEqual([path.basename(writer.stagingDir)]);
    writer.add('report.html', '<p>');
    expect(fs.readFileSync(path.join(writer.stagingDir, 'report.html'), 'utf8')).toBe('<p>');
    writer.add('data/deep/x.csv', new Uint8Array([0x61, 0x0a]));
    expect(fs.readFileSync(path.join(writer.stagingDir, 'data', 'deep', 'x.csv'), 'utf8')).toBe('a\n');
    expect(tree('out')).toEqual({ [OUT_MARKER]: expect.any(String), 'old.csv': 'old' });
    expect(writer.count).toBe(2);
    writer.commit();
    expect(tree('out')).toEqual({ [OUT_MARKER]: expect.any(String), 'report.html': '<p>', 'data/deep/x.csv': 'a\n' });
    expect(fs.readdirSync(dir())).toEqual(['out']);
  });

  it('writes pieced content piece by piece, never joining it', () => {
    const writer = openOutputs('out');
    const target = path.join(writer.stagingDir, 'big.csv');
    function* pieces(): Generator<string> {
      yield 'a,b\n';
      // The first piece is already in the file when the second is asked for.
      expect(fs.readFileSync(target, 'utf8')).toBe('a,b\n');
      yield '1,é\n';
    }
    writer.add('big.csv', pieces());
    writer.commit();
    expect(fs.readFileSync('out/big.csv', 'utf8')).toBe('a,b\n1,é\n');
  });

  it('abort leaves the previous out/ and no staging folder; the writer then refuses work', () => {
    writeOutputs('out', files({ 'keep.csv': 'k' }));
    const writer = openOutputs('out');
    writer.add('new.csv', 'n');
    writer.abort();
    writer.abort();
    expect(staged()).toEqual([]);
    expect(tree('out')['keep.csv']).toBe('k');
    expect(errorOf(() => writer.add('more.csv', 'm')).exitCode).toBe(3);
    expect(errorOf(() => writer.commit()).exitCode).toBe(3);
  });

  it.each([['../escape.csv'], ['a//b'], ['A.CSV']])('rejects %j (unsafe, or colliding with "a.csv") and aborts', (rel) => {
    writeOutputs('out', files({ 'keep.csv': 'k' }));
    const writer = openOutputs('out');
    writer.add('a.csv', '1');
    const e = errorOf(() => writer.add(rel, 'x'));
    expect(e.exitCode).toBe(3);
    expect(e.message).toMatch(/unsafe output path|collide/);
    expect(staged()).toEqual([]);
    expect(tree('out')['keep.csv']).toBe('k');
    expect(fs.existsSync(path.join(dir(), 'escape.csv'))).toBe(false);
  });

  it('a path added twice is a collision, not a silent overwrite', () => {
    const writer = openOutputs('out');
    writer.add('transcripts/a.html', 'first');
    expect(errorOf(() => writer.add('transcripts/a.html', 'second')).message).toContain('collide');
  });

  it('a failed write is an output-folder error and aborts', () => {
    const writer = openOutputs('out');
    writer.add('a', 'file');
    const e = errorOf(() => writer.add('a/b', 'under a file'));
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/^turnlens: "out": cannot write output folder \(/);
    expect(staged()).toEqual([]);
    expect(fs.existsSync('out')).toBe(false);
  });

  it('an error from pieced content is passed on as is (it is not about out/), and aborts', () => {
    const writer = openOutputs('out');
    function* failing(): Generator<string> {
      yield 'a';
      throw new RangeError('bad row');
    }
    expect(() => writer.add('x.csv', failing())).toThrow(RangeError);
    expect(staged()).toEqual([]);
  });

  it('a staging folder of a run that died is removed by the next open', () => {
    write(dir(), '.out.tmp-999999999-z/partial.csv', 'half');
    // A run killed while checking that out/'s parent is writable leaves an empty check folder.
    fs.mkdirSync(path.join(dir(), '.out.check-999999999-AbC123'));
    const writer = openOutputs('out');
    expect(staged()).toEqual([path.basename(writer.stagingDir)]);
    expect(fs.readdirSync(dir()).filter((n) => n.includes('.check-'))).toEqual([]);
    writer.abort();
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
