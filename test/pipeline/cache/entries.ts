/** The cache entries under a cache folder (not its version mark, written when a run starts), by file name. */
import fs from 'node:fs';

export function cacheEntries(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.entry'))
    .map((e) => e.name);
}
