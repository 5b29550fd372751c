/** The sentences behind a number, resolved from their ids to what a reader needs to check them. */
import { pageOf, type ReportContext } from '../context.js';
import type { Role } from '../../pipeline/types.js';

export interface Evidence {
  id: string;
  interviewId: string;
  interview: string;
  date: string | null;
  turnIndex: number;
  speaker: string;
  role: Role;
  text: string;
  themes: string;
  entities: string;
  /** Transcript page and turn anchor, relative to out/. */
  page: string;
  anchor: string;
}

export function evidence(ctx: ReportContext, id: string): Evidence | null {
  const s = ctx.sentence.get(id);
  const iv = s ? ctx.interview.get(s.interview_id) : undefined;
  if (!s || !iv) return null;
  return {
    id,
    interviewId: iv.id,
    interview: iv.label,
    date: iv.date,
    turnIndex: s.turn_index,
    speaker: s.speaker,
    role: s.role,
    text: s.text,
    themes: s.themes,
    entities: s.entities,
    page: pageOf(iv, s.turn_index),
    anchor: turnAnchor(s.turn_index),
  };
}

export const turnAnchor = (turnIndex: number): string => `t-${turnIndex}`;

export function evidenceList(ctx: ReportContext, ids: readonly string[], limit: number): Evidence[] {
  const out: Evidence[] = [];
  for (const id of ids) {
    if (out.length >= limit) break;
    const e = evidence(ctx, id);
    if (e) out.push(e);
  }
  return out;
}

/** Shortened for tooltips; whole words, an ellipsis when cut. */
export function clip(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
