/** The cache entries under a cache folder (not its version mark, written when a run starts), by file name. */
import fs from 'node:fs';

export function cacheEntries(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.entry'))
    .map((e) => e.name);
}

/** How many entries each layer folder holds (the first folder under the cache folder). */
export function entriesByLayer(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.entry')) continue;
    const layer = e.parentPath.slice(dir.length + 1).split(/[\\/]/)[0];
    out[layer] = (out[layer] ?? 0) + 1;
  }
  return out;
}
