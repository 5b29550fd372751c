/**
 * Every cache key holds the code version (keys.ts), so entries written by another version are never
 * read again; left alone they pile up with every upgrade or rebuild (819 MB per version for the
 * 100× corpus). The cache folder names the version its entries were written by in VERSION_FILE; a run of
 * another version, or a folder without the file (made before there was one), first removes the
 * layer folders and nothing else of the folder. Two versions run at once on one folder only lose
 * each other's entries. Best effort, like writes: a folder that cannot be changed only costs speed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_LAYERS } from './store.js';

export const VERSION_FILE = 'code-version';

/** Whether the entries there were removed as another version's (also when there were none yet). */
export function dropOtherVersions(dir: string, code: string): boolean {
  const mark = path.join(dir, VERSION_FILE);
  let written: string | undefined;
  try {
    written = fs.readFileSync(mark, 'utf8').trim();
  } catch {
    written = undefined;
  }
  if (written === code) return false;
  try {
    for (const layer of CACHE_LAYERS) fs.rmSync(path.join(dir, layer), { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(mark, `${code}\n`);
  } catch {
    // Read-only or gone: entries are still keyed by version, so nothing stale is ever read.
  }
  return true;
}
