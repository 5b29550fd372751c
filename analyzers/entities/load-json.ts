/**
 * Reads a user-editable JSON resource and validates it with a zod schema. Both failure kinds name the
 * file and where to look: bad JSON by line, a schema mismatch by field path and what was expected.
 */
import fs from 'node:fs';
import type { z } from 'zod';
import { EXIT, TurnlensError, msg } from '../../pipeline/messages.js';

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

interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  values?: unknown[];
  keys?: string[];
  minimum?: unknown;
}

function expectedOf(issue: IssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      return `a value of type ${String(issue.expected)}`;
    case 'invalid_value':
      return `one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `no unknown keys (found ${(issue.keys ?? []).join(', ')})`;
    case 'too_small':
      return `at least ${String(issue.minimum)} (${issue.message})`;
    default:
      return issue.message;
  }
}

function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? '(root)' : path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
}

export function loadJsonResource<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new TurnlensError(msg.missingPath(file), EXIT.usage);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new TurnlensError(msg.invalidJson(file, jsonErrorLine(text, why), why), EXIT.usage);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as unknown as IssueLike;
    const got = issue.code === 'unrecognized_keys' ? (issue.keys ?? []).join(', ') : valueAt(data, issue.path);
    throw new TurnlensError(msg.schema(file, fieldName(issue.path), expectedOf(issue), got ?? 'nothing'), EXIT.usage);
  }
  return parsed.data;
}
