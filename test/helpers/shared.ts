/**
 * Public evaluation data lives in ../shared beside the checkout (TURNLENS_SHARED moves it) and is never
 * copied into the project. Tests that need it skip, with a message, on a machine that lacks it; on CI
 * (CI=true) the data is part of the set-up, so they run and fail if it is missing.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export const SHARED = process.env.TURNLENS_SHARED ?? path.join(ROOT, '..', 'shared');

export function sharedPath(...parts: string[]): { path: string; skip: boolean } {
  const p = path.join(SHARED, ...parts);
  const skip = !fs.existsSync(p) && !process.env.CI;
  if (skip) console.warn(`turnlens tests: ${p} not found, tests that need it are skipped (set TURNLENS_SHARED)`);
  return { path: p, skip };
}
