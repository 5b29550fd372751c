/**
 * Which files a run reads: the .txt and .md files named, and those found in folders (recursively).
 * Hidden entries (".git", ".out.tmp-…") are skipped in folders so an output or VCS folder beside the
 * transcripts is never read as input; a hidden file named explicitly is still read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TurnlensError, msg } from '../messages.js';
import { byPath, displayPath } from './paths.js';

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

export function isTextFileName(name: string): boolean {
  return TEXT_EXTENSIONS.has(path.extname(name).toLowerCase());
}

function statOrThrow(p: string): fs.Stats {
  try {
    return fs.statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new TurnlensError(msg.missingPath(p));
    throw new TurnlensError(msg.unreadable(p, code ?? String(e)));
  }
}

/** Files under `dir`, depth first; `seen` holds real paths of visited folders so symlink loops end. */
function walk(dir: string, seen: Set<string>, found: string[]): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new TurnlensError(msg.unreadable(displayPath(dir), (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = fs.statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link inside a folder is not something the user asked for
      }
    }
    if (isDir) walk(full, seen, found);
    else if (isFile && isTextFileName(entry.name)) found.push(full);
  }
}

/**
 * Every input file, '/'-separated and relative to the working directory when inside it, sorted by
 * that path and without duplicates. Throws a TurnlensError naming the path for a missing path, a
 * folder holding no .txt/.md files, or a named file of another type.
 */
export function listInputs(paths: string[]): string[] {
  const files = new Set<string>();
  for (const p of paths) {
    const st = statOrThrow(p);
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(p, new Set(), found);
      if (found.length === 0) throw new TurnlensError(msg.emptyFolder(p));
      for (const f of found) files.add(displayPath(f));
    } else if (st.isFile() && isTextFileName(p)) {
      files.add(displayPath(p));
    } else {
      throw new TurnlensError(msg.unsupportedType(p));
    }
  }
  return [...files].sort(byPath);
}
