/**
 * Path spelling for everything turnlens shows or writes: '/'-separated and relative to the working
 * directory when the file lies inside it, so outputs do not depend on where the project sits on disk.
 */
import path from 'node:path';

export function displayPath(p: string, cwd: string = process.cwd()): string {
  const abs = path.resolve(cwd, p);
  const rel = path.relative(cwd, abs);
  const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  const shown = inside ? rel : rel === '' ? '.' : abs;
  return shown.split(path.sep).join('/');
}

/** Code-unit order, not locale order: the same list sorts the same way on every machine. */
export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
