/**
 * The code version that cached results depend on: the hash of turnlens's own pipeline and analyzer
 * sources as they run (the compiled .js under dist/, or the .ts sources under tsx), the versions of
 * the NLP libraries that tokenize, and the V8 version (tokens entries are written with v8.serialize).
 * Any upgrade or edit of the code therefore starts from an empty cache instead of a stale one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { sha256 } from './hash.js';
import { CODE_ROOT } from '../code-location.js';

const CODE_FOLDERS = ['pipeline', 'analyzers'];
const LIBRARIES = ['wink-nlp', 'wink-eng-lite-web-model', 'compromise', 'natural'];

let memo: string | undefined;

export function codeVersion(): string {
  memo ??= computeCodeVersion(CODE_ROOT);
  return memo;
}

export function computeCodeVersion(root: string): string {
  return versionOf(root, CODE_FOLDERS, LIBRARIES, [`node-v8 ${process.versions.v8}`]);
}

/**
 * The hash of the given libraries' versions and of every source under the given folders of `root`
 * (each file by its path and bytes), after `extra` parts.
 */
export function versionOf(root: string, folders: readonly string[], libraries: readonly string[], extra: readonly string[] = []): string {
  const parts: string[] = [...extra];
  for (const lib of libraries) parts.push(`${lib} ${libraryVersion(lib)}`);
  for (const folder of folders) {
    for (const file of codeFiles(path.join(root, folder))) {
      parts.push(`${path.relative(root, file)} ${sha256(fs.readFileSync(file))}`);
    }
  }
  return sha256(...parts);
}

/** .js and .ts files (not declarations), sorted, so the hash does not depend on directory order. */
function codeFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile() && /\.(js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const require = createRequire(import.meta.url);

function libraryVersion(name: string): string {
  try {
    // Walk up from the resolved entry to the package's own package.json (exports may hide it).
    let dir = path.dirname(require.resolve(name));
    while (dir !== path.dirname(dir)) {
      const pj = path.join(dir, 'package.json');
      if (fs.existsSync(pj)) {
        const meta = JSON.parse(fs.readFileSync(pj, 'utf8')) as { name?: string; version?: string };
        if (meta.name === name) return meta.version ?? 'unknown';
      }
      dir = path.dirname(dir);
    }
  } catch {
    // Not installed: the version string says so and the key still differs from an installed one.
  }
  return 'absent';
}
