/**
 * `turnlens analyze data` picks up `data/manifest.json` by itself, so the sample corpus (and any
 * folder a user prepares the same way) needs no extra flag. Only folders named as inputs are
 * looked at, not their subfolders: a manifest's file paths are relative to where it sits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { displayPath } from './paths.js';

export const MANIFEST_NAME = 'manifest.json';

export interface ManifestChoice {
  manifest: string | undefined;
  /** Manifests found in other input folders and not used. */
  ignored: string[];
}

export function findManifest(inputs: string[]): ManifestChoice {
  const found: string[] = [];
  for (const p of inputs) {
    let isDir = false;
    try {
      isDir = fs.statSync(p).isDirectory();
    } catch {
      continue; // listInputs reports missing paths with the proper message
    }
    const candidate = path.join(p, MANIFEST_NAME);
    if (isDir && fs.existsSync(candidate)) found.push(displayPath(candidate));
  }
  const unique = [...new Set(found)];
  return { manifest: unique[0], ignored: unique.slice(1) };
}
