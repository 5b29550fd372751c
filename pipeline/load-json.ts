/**
 * Reads a user-editable JSON file (manifest, themes, entities, lexicons) and validates it with a zod
 * schema. Every failure is an input error (exit 2) that names the file and where to look: bad JSON by
 * line, a schema mismatch by field path, what was expected and what was found.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { TurnlensError, msg } from './messages.js';

/** 1-based line of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** V8 reports either "at position N" or "(line L column C)", or, for some tokens, neither. */
function jsonErrorLine(text: string, message: string): number {
  const byLine = /line (\d+) column \d+/.exec(message);
  if (byLine) return Number(byLine[1]);
  const byPos = /position (\d+)/.exec(message);
  return lineOf(text, byPos ? Number(byPos[1]) : firstBadOffset(text));
}

/**
 * Where parsing first goes wrong: the shortest prefix whose error is not merely "input ended too
 * soon". Every shorter prefix of a file is a valid start of JSON, so a binary search finds it.
 */
function firstBadOffset(text: string): number {
  const endsEarly = (n: number): boolean => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (e) {
      const m = e instanceof Error ? e.message : '';
      const pos = /position (\d+)/.exec(m);
      return /end of JSON input|Unterminated/.test(m) || (pos !== null && Number(pos[1]) >= n);
    }
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endsEarly(mid + 1)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = data;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** "documents[0].interviews[2].id"; the whole file is "(top level)". */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || '(top level)';
}

function expectedText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `no field ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (unknown field)`;
    case 'too_small':
      return issue.origin === 'string' ? 'a non-empty string' : `at least ${String(issue.minimum)} (${issue.message})`;
    default:
      return issue.message;
  }
}

/** Read and parse; a missing file or bad JSON is an input error naming the file (and line). */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new TurnlensError(msg.missingPath(file));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new TurnlensError(msg.invalidJson(file, jsonErrorLine(text, why), why));
  }
}

/** Validate parsed JSON; the first mismatch becomes an input error naming file, field and expectation. */
export function validateJson<S extends z.ZodType>(file: string, data: unknown, schema: S): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  throw new TurnlensError(msg.schema(file, fieldPath(path), expectedText(issue), valueAt(data, path) ?? null));
}

export function loadJsonResource<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  return validateJson(file, readJsonFile(file), schema);
}

/**
 * `{ word: number }` tables of tens of thousands of entries (the sentiment lexicons): zod checks each
 * entry through its full machinery, ≈5× slower than a plain loop. The loop decides valid tables; only
 * an invalid one goes through zod, so its first bad entry is reported exactly as zod would report it.
 */
export function finiteNumberRecord(): z.ZodType<Record<string, number>> {
  const full = z.record(z.string(), z.number().finite());
  return z.unknown().transform((value, ctx) => {
    if (isFiniteNumberRecord(value)) return value;
    const checked = full.safeParse(value);
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues) ctx.issues.push(issue as z.core.$ZodRawIssue);
    return z.NEVER;
  });
}

function isFiniteNumberRecord(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  }
  return true;
}
