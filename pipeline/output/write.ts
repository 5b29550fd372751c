/**
 * Writes out/ all at once. Files go one by one into a staging folder beside out/ as they are made
 * (`openOutputs` → `add` …), so no run holds all its output in memory; `commit` then swaps the
 * folder in with two renames (out → backup, staging → out) and removes the backup. A run killed at
 * any point leaves either the previous out/ or the complete new one; the one gap (between the two
 * renames) is healed by the next run, which puts a stranded backup back before doing anything else,
 * and removes staging folders of dead runs.
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

/** One file's content: text, bytes, or text in pieces (written piece by piece, never joined). */
export type FileContent = string | Uint8Array | Iterable<string>;

/** Receives output files one at a time, paths relative to out/ and '/'-separated. */
export type EmitFile = (rel: string, content: FileContent) => void;

/** The content as one string or byte array (for callers that keep or post whole files). */
export function wholeContent(content: FileContent): string | Uint8Array {
  return typeof content === 'string' || content instanceof Uint8Array ? content : [...content].join('');
}

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
    // Named with the pid, like the staging folders: one left by a run killed right here is removed by
    // the next run's `recover`, as theirs are.
    fs.rmSync(fs.mkdtempSync(path.join(parent, `.${path.basename(abs)}.check-${process.pid}-`)), { recursive: true });
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

/**
 * The path rules every output file passes, one file at a time: relative and inside out/, and no
 * two paths that a case-insensitive disk (macOS, Windows) would silently merge.
 */
class PathRules {
  private readonly seen = new Map<string, string>();

  take(rel: string): void {
    checkRelativePath(rel);
    const folded = rel.toLowerCase();
    const other = this.seen.get(folded);
    if (other !== undefined) {
      throw new TurnlensError(msg.internal(`output paths ${JSON.stringify(other)} and ${JSON.stringify(rel)} collide`), EXIT.internal);
    }
    this.seen.set(folded, rel);
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

/** Removes temp and check folders of dead runs and restores a backup stranded by a run killed between renames. */
function recover(abs: string): void {
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  const leftover = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old|check)-(\\d+)-`);
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

function writeContent(target: string, content: FileContent): void {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    fs.writeFileSync(target, content);
    return;
  }
  const fd = fs.openSync(target, 'w');
  try {
    // writeFileSync on a descriptor writes at its position and loops until every byte is out.
    for (const piece of content) fs.writeFileSync(fd, piece);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The new out/ under construction. Every `add` lands on disk before it returns; nothing replaces out/
 * until `commit`. After a failed `add` the writer is aborted (staging removed) and refuses more work.
 */
export interface OutputWriter {
  /** Writes one file (paths relative to out/, '/'-separated); a path may be added once. */
  add(rel: string, content: FileContent): void;
  /** Files added so far. */
  readonly count: number;
  /** The staging folder (for tests and diagnostics; it is renamed to out/ by `commit`). */
  readonly stagingDir: string;
  /** Replaces out/ with everything added, all at once. */
  commit(): void;
  /** Removes the staging folder; out/ stays as it was. Safe to call more than once, or after commit. */
  abort(): void;
}

/** Checks out/, heals what killed runs left, and creates the staging folder beside out/. */
export function openOutputs(outDir: string): OutputWriter {
  checkOutDir(outDir);
  const shown = displayPath(outDir);
  const abs = path.resolve(outDir);
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  const temp = path.join(parent, `.${base}.tmp-${uniqueSuffix()}`);
  const fail = (e: unknown): TurnlensError => (e instanceof TurnlensError ? e : new TurnlensError(msg.unwritableOut(shown, errCode(e))));
  try {
    ensureDir(parent);
    recover(abs);
    fs.mkdirSync(temp);
  } catch (e) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw fail(e);
  }
  const rules = new PathRules();
  let count = 0;
  let state: 'open' | 'committed' | 'aborted' = 'open';
  const abort = (): void => {
    if (state === 'open') state = 'aborted';
    fs.rmSync(temp, { recursive: true, force: true });
  };
  const mustBeOpen = (): void => {
    if (state !== 'open') throw new TurnlensError(msg.internal(`the output folder is already ${state}`), EXIT.internal);
  };
  return {
    add(rel, content) {
      mustBeOpen();
      try {
        rules.take(rel);
        const target = path.join(temp, ...rel.split('/'));
        ensureDir(path.dirname(target));
        writeContent(target, content);
      } catch (e) {
        abort();
        // A file-system error is about out/; anything else (a failing content generator) is passed on as is.
        throw typeof (e as NodeJS.ErrnoException | null)?.code === 'string' ? fail(e) : e;
      }
      count++;
    },
    get count() {
      return count;
    },
    stagingDir: temp,
    commit() {
      mustBeOpen();
      try {
        fs.writeFileSync(path.join(temp, OUT_MARKER), MARKER_TEXT);
      } catch (e) {
        abort();
        throw fail(e);
      }
      const backup = path.join(parent, `.${base}.old-${uniqueSuffix()}`);
      let movedOld = false;
      try {
        if (fs.existsSync(abs)) {
          fs.renameSync(abs, backup);
          movedOld = true;
        }
        fs.renameSync(temp, abs);
      } catch (e) {
        if (movedOld && !fs.existsSync(abs)) fs.renameSync(backup, abs);
        abort();
        throw fail(e);
      }
      state = 'committed';
      if (movedOld) fs.rmSync(backup, { recursive: true, force: true });
    },
    abort,
  };
}

/** Writes `files` (paths relative to out/, '/'-separated) as the new content of `outDir`. */
export function writeOutputs(outDir: string, files: OutputFiles): void {
  // Every path is checked before out/ or its parent is touched.
  const rules = new PathRules();
  for (const rel of files.keys()) rules.take(rel);
  const writer = openOutputs(outDir);
  try {
    for (const rel of [...files.keys()].sort()) writer.add(rel, files.get(rel)!);
    writer.commit();
  } finally {
    writer.abort();
  }
}
