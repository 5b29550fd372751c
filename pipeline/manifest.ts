/**
 * The optional manifest: per-document kind and per-interview metadata that wins over detection.
 * Validated with zod on load so a typo fails at start with the file, the field and what was expected.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { TurnlensError, msg } from './messages.js';

const ROLES = ['interviewee', 'interviewer', 'moderator', 'panelist', 'audience', 'narrator'] as const;

const participantSchema = z.strictObject({
  /** The speaker label as written in the text (the name part; affiliations are parsed from the text). */
  label: z.string().min(1),
  role: z.enum(ROLES),
  affiliation: z.string().min(1).optional(),
});

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'a real calendar date');

const interviewSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a filename-safe id (lower-case letters, digits, ".", "_", "-")'),
  title: z.string().min(1),
  date: isoDate.nullable().optional(),
  place: z.string().min(1).nullable().optional(),
  outlets: z.array(z.string().min(1)).default([]),
  /** 'interview' | 'panel' | 'roundtable' | 'article' | … free text. */
  kind: z.string().min(1).optional(),
  interviewee: z.string().min(1).nullable().optional(),
  participants: z.array(participantSchema).default([]),
});

const docSchema = z.strictObject({
  /** Matched against the input file's basename. */
  file: z.string().min(1),
  kind: z.enum(['transcript', 'compilation', 'article']),
  interviews: z.array(interviewSchema).optional(),
});

const manifestSchema = z.strictObject({
  documents: z.array(docSchema),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestDoc = z.infer<typeof docSchema>;
export type ManifestInterview = z.infer<typeof interviewSchema>;
export type ManifestParticipant = z.infer<typeof participantSchema>;

/** JSON.parse reports a character position; users need a line. */
function jsonErrorLine(text: string, error: Error): number {
  const m = /position (\d+)/.exec(error.message) ?? /line (\d+)/.exec(error.message);
  if (!m) return 1;
  if (/line \d+/.test(m[0])) return Number(m[1]);
  const pos = Math.min(Number(m[1]), text.length);
  let line = 1;
  for (let i = 0; i < pos; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function valueAt(root: unknown, keys: PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of keys) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function fieldPath(keys: PropertyKey[]): string {
  let out = '';
  for (const k of keys) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
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
      return issue.origin === 'string' ? 'a non-empty string' : `at least ${String(issue.minimum)} items`;
    default:
      return issue.message;
  }
}

/** Validate parsed JSON; `file` is only used in messages. */
export function parseManifest(data: unknown, file: string): Manifest {
  const result = manifestSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const keys = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    throw new TurnlensError(msg.schema(file, fieldPath(keys), expectedText(issue), valueAt(data, keys) ?? null));
  }
  const seen = new Set<string>();
  for (const [d, doc] of result.data.documents.entries()) {
    for (const [i, iv] of (doc.interviews ?? []).entries()) {
      if (seen.has(iv.id)) {
        throw new TurnlensError(
          msg.schema(file, `documents[${d}].interviews[${i}].id`, 'an id not used by another interview', iv.id),
        );
      }
      seen.add(iv.id);
    }
  }
  return result.data;
}

/** Read, parse and validate a manifest file. */
export function loadManifest(file: string): Manifest {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new TurnlensError(msg.missingPath(file));
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const error = e as Error;
    throw new TurnlensError(msg.invalidJson(file, jsonErrorLine(text, error), error.message));
  }
  return parseManifest(data, file);
}

/** The manifest entry for a source file, matched by basename (paths differ between machines). */
export function manifestFor(m: Manifest, file: string): ManifestDoc | undefined {
  const base = path.basename(file.replace(/\\/g, '/'));
  return m.documents.find((d) => path.basename(d.file.replace(/\\/g, '/')) === base);
}
