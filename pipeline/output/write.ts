/**
 * Writes out/ all at once. Everything goes into a temporary folder beside out/, then two renames
 * swap it in (out → backup, temp → out) and the backup is removed. A run killed at any point leaves
 * either the previous out/ or the complete new one; the one gap (between the two renames) is healed
 * by the next run, which puts a stranded backup back before doing anything else.
 *
 * Because the old folder is deleted, out/ is checked first: never the working directory, an input,
 * an ancestor of either, or a non-empty folder that turnlens did not write.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXIT, TurnlensError, msg } from '../messages.js';
import { displayPath } from '../ingest/paths.js';

/** Present in every out/ turnlens writes; its absence protects folders turnlens does not own. */
export const OUT_MARKER = '.turnlens-out';
const MARKER_TEXT = 'This folder is written by turnlens and replaced on every run.\n';

export type OutputFiles = Map<string, string | Uint8Array>;

function isSameOrAncestor(ancestor: string, p: string): boolean {
  const rel = path.relative(ancestor, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * mkdir -p without `{ recursive: true }`: Node's recursive mkdir spins forever where mkdir fails
 * with ENOENT under an existing parent (e.g. anywhere in /proc), hanging the run instead of failing.
 */
export function ensureDir(dir: string): void {
  const missing: string[] = [];
  let cur = path.resolve(dir);
  for (;;) {
    try {
      fs.statSync(cur);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    missing.push(cur);
    const up = path.dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  for (const d of missing.reverse()) fs.mkdirSync(d);
}

function errCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
}

/** Checks that out/ may be replaced, before any analysis runs; throws a TurnlensError if not. */
export function checkOutDir(outDir: string, inputs: readonly string[] = []): void {
  const shown = displayPath(outDir);
  const abs = path.resolve(outDir);
  if (path.parse(abs).root === abs) throw new TurnlensError(msg.unsafeOut(shown, 'it is the file system root'));
  if (isSameOrAncestor(abs, process.cwd())) {
    throw new TurnlensError(msg.unsafeOut(shown, 'it holds the working directory'));
  }
  if (isSameOrAncestor(abs, os.homedir())) throw new TurnlensError(msg.unsafeOut(shown, 'it holds the home folder'));
  for (const input of inputs) {
    if (isSameOrAncestor(abs, path.resolve(input))) {
      throw new TurnlensError(msg.unsafeOut(shown, `it holds the input ${JSON.stringify(input)}`));
    }
  }
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(abs);
  } catch {
    st = undefined;
  }
  if (st && !st.isDirectory()) throw new TurnlensError(msg.unwritableOut(shown, 'it exists and is not a folder'));
  if (st && !fs.existsSync(path.join(abs, OUT_MARKER)) && fs.readdirSync(abs).length > 0) {
    throw new TurnlensError(
      msg.unsafeOut(shown, 'it exists, is not empty and was not written by turnlens; choose another --out or empty it'),
    );
  }
  const parent = path.dirname(abs);
  try {
    ensureDir(parent);
    fs.rmSync(fs.mkdtempSync(path.join(parent, `.${path.basename(abs)}.check-`)), { recursive: true });
  } catch (e) {
    throw new TurnlensError(msg.unwritableOut(shown, errCode(e)));
  }
}

/** Output paths come from the report builder; reject anything that could land outside out/. */
function checkRelativePath(rel: string): void {
  const segments = rel.split('/');
  const bad =
    rel === '' ||
    rel.includes('\\') ||
    rel.includes('\0') ||
    path.isAbsolute(rel) ||
    segments.some((s) => s === '' || s === '.' || s === '..');
  if (bad) throw new TurnlensError(msg.internal(`unsafe output path ${JSON.stringify(rel)}`), EXIT.internal);
}

function checkPaths(files: OutputFiles): void {
  const seen = new Map<string, string>();
  for (const rel of files.keys()) {
    checkRelativePath(rel);
    // Case-insensitive disks (macOS, Windows) would silently merge these.
    const folded = rel.toLowerCase();
    const other = seen.get(folded);
    if (other !== undefined) {
      throw new TurnlensError(msg.internal(`output paths ${JSON.stringify(other)} and ${JSON.stringify(rel)} collide`), EXIT.internal);
    }
    seen.set(folded, rel);
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp folders of dead runs and restores a backup stranded by a run killed between renames. */
function recover(abs: string): void {
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  const leftover = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)-`);
  let names: string[];
  try {
    names = fs.readdirSync(parent).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const m = leftover.exec(name);
    if (!m || pidAlive(Number(m[2]))) continue;
    const full = path.join(parent, name);
    if (m[1] === 'old' && !fs.existsSync(abs)) fs.renameSync(full, abs);
    else fs.rmSync(full, { recursive: true, force: true });
  }
}

function uniqueSuffix(): string {
  return `${process.pid}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`;
}

function writeTree(dir: string, files: OutputFiles): void {
  for (const rel of [...files.keys()].sort()) {
    const target = path.join(dir, ...rel.split('/'));
    ensureDir(path.dirname(target));
    const content = files.get(rel)!;
    fs.writeFileSync(target, typeof content === 'string' ? content : Buffer.from(content));
  }
  fs.writeFileSync(path.join(dir, OUT_MARKER), MARKER_TEXT);
}

/** Writes `files` (paths relative to out/, '/'-separated) as the new content of `outDir`. */
export function writeOutputs(outDir: string, files: OutputFiles): void {
  checkPaths(files);
  checkOutDir(outDir);
  const shown = displayPath(outDir);
  const abs = path.resolve(outDir);
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  const temp = path.join(parent, `.${base}.tmp-${uniqueSuffix()}`);
  const backup = path.join(parent, `.${base}.old-${uniqueSuffix()}`);
  try {
    ensureDir(parent);
    recover(abs);
    fs.mkdirSync(temp);
    writeTree(temp, files);
  } catch (e) {
    fs.rmSync(temp, { recursive: true, force: true });
    if (e instanceof TurnlensError) throw e;
    throw new TurnlensError(msg.unwritableOut(shown, errCode(e)));
  }
  let movedOld = false;
  try {
    if (fs.existsSync(abs)) {
      fs.renameSync(abs, backup);
      movedOld = true;
    }
    fs.renameSync(temp, abs);
  } catch (e) {
    if (movedOld && !fs.existsSync(abs)) fs.renameSync(backup, abs);
    fs.rmSync(temp, { recursive: true, force: true });
    throw new TurnlensError(msg.unwritableOut(shown, errCode(e)));
  }
  if (movedOld) fs.rmSync(backup, { recursive: true, force: true });
}
