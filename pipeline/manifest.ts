/**
 * The optional manifest: per-document kind and per-interview metadata that wins over detection.
 * Validated with zod on load so a typo fails at start with the file, the field and what was expected.
 */
import path from 'node:path';
import { z } from 'zod';
import { TurnlensError, msg } from './messages.js';
import { readJsonFile, validateJson } from './load-json.js';

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

/** Validate parsed JSON; `file` is only used in messages. */
export function parseManifest(data: unknown, file: string): Manifest {
  const manifest = validateJson(file, data, manifestSchema);
  const seen = new Set<string>();
  for (const [d, doc] of manifest.documents.entries()) {
    for (const [i, iv] of (doc.interviews ?? []).entries()) {
      if (seen.has(iv.id)) {
        throw new TurnlensError(
          msg.schema(file, `documents[${d}].interviews[${i}].id`, 'an id not used by another interview', iv.id),
        );
      }
      seen.add(iv.id);
    }
  }
  return manifest;
}

/** Read, parse and validate a manifest file. */
export function loadManifest(file: string): Manifest {
  return parseManifest(readJsonFile(file), file);
}

/** The manifest entry for a source file, matched by basename (paths differ between machines). */
export function manifestFor(m: Manifest, file: string): ManifestDoc | undefined {
  const base = path.basename(file.replace(/\\/g, '/'));
  return m.documents.find((d) => path.basename(d.file.replace(/\\/g, '/')) === base);
}
