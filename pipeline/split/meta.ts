/**
 * Interview metadata: from the manifest when it has the interview, otherwise detected — title from
 * the running header (or the document's title line, or the interviewers' outlets), date from the
 * first lines, outlets from the interviewers' affiliations, id from date and title.
 */
import type { CleanLine, InterviewMeta, InterviewSpan, Role } from '../types.js';
import type { ManifestInterview } from '../manifest.js';
import { findDate } from './dates.js';
import { interviewId } from './slug.js';

/** How many lines at the start of an interview are searched for its date. */
const DATE_LINES = 12;

export interface Detected {
  title: string | null;
  outlets: string[];
  interviewee: string | null;
  kind: string;
}

export function detectedMeta(file: string, lines: readonly CleanLine[], found: Detected, taken: Set<string>, position: number): InterviewMeta {
  const head = lines.slice(0, DATE_LINES).map((l) => l.text).join(' ');
  const date = findDate(`${found.title ?? ''} ${head}`);
  const title =
    found.title ?? (found.outlets.length > 0 ? `Interview with ${found.outlets.join(', ')}` : `Interview ${position + 1}`);
  return {
    id: interviewId(date, title, taken),
    title,
    date,
    place: null,
    outlets: found.outlets,
    kind: found.kind,
    sourceFile: file,
    interviewee: found.interviewee,
  };
}

export function manifestMeta(file: string, iv: ManifestInterview, found: Detected): InterviewMeta {
  return {
    id: iv.id,
    title: iv.title,
    date: iv.date ?? null,
    place: iv.place ?? null,
    outlets: iv.outlets.length > 0 ? iv.outlets : found.outlets,
    kind: iv.kind ?? found.kind,
    sourceFile: file,
    interviewee: iv.interviewee ?? found.interviewee,
  };
}

export function manifestParticipants(iv: ManifestInterview | undefined): InterviewSpan['participants'] {
  return (iv?.participants ?? []).map((p) => ({ label: p.label, role: p.role as Role, affiliation: p.affiliation ?? null }));
}
