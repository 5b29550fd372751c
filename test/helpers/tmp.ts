/** Temporary folders and error capture shared by the file-system tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { TurnlensError } from '../../pipeline/messages.js';

/** A fresh temporary folder. */
export function tmpDir(prefix = 'turnlens-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function write(dir: string, rel: string, content: string | Uint8Array): string {
  const p = path.join(dir, ...rel.split('/'));
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

/** Each test gets a fresh temporary folder, removed after it; returns a getter for its path. */
export function useTmpDir(prefix = 'turnlens-test-'): () => string {
  let dir = '';
  beforeEach(() => {
    dir = tmpDir(prefix);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

/**
 * Each test runs inside its own temporary folder (as the working directory), removed afterwards even
 * when a test made it read-only. Returns the current folder's path.
 */
export function useTempCwd(): () => string {
  let dir = '';
  let cwd = '';
  beforeEach(() => {
    dir = tmpDir();
    cwd = process.cwd();
    process.chdir(dir);
  });
  afterEach(() => {
    process.chdir(cwd);
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** The TurnlensError `fn` throws; any other outcome fails the test. */
export function errorOf(fn: () => unknown): TurnlensError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TurnlensError) return e;
    throw e;
  }
  throw new Error('expected a TurnlensError');
}
