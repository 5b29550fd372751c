/**
 * "Then vs now": for each target, the report speaker's statements about it in the earliest and the
 * latest interview that have any, paired by cosine similarity (greedy, each sentence used once).
 */
import type { SentenceRow, TurnStanceRow } from '../../pipeline/types.js';
import { rowsOf, type InterviewInfo, type ReportContext } from '../context.js';
import { cmp } from '../options.js';
import { as } from './as.js';
import { its } from './its.js';
import { sentenceVector } from './vectors.js';
import { r4, table, type Table } from './table.js';

export const PAIRS = 3;
/** Candidate sentences per side; the strongest stance evidence comes first, so this keeps the best. */
const CANDIDATES = 60;

export interface ThenNowRow {
  target: string;
  rank: number;
  then_id: string;
  then_interview: string;
  then_sentence: string;
  now_id: string;
  now_interview: string;
  now_sentence: string;
  similarity: number;
}

/** Sentence ids about a target by the speaker in one interview: stance evidence first, then theme/entity hits. */
function about(ctx: ReportContext, evidenceOf: ReadonlyMap<string, TurnStanceRow[]>, interviewId: string, target: string): SentenceRow[] {
  // Only the first CANDIDATES distinct ids are kept, so the work stops early however long a turn's
  // evidence list is (a one-line transcript is one turn with every sentence as evidence).
  const ids = new Set<string>();
  const add = (id: string): boolean => {
    ids.add(id);
    return ids.size < CANDIDATES;
  };
  collect: {
    for (const t of evidenceOf.get(interviewId) ?? []) {
      if (t.target !== target) continue;
      for (const id of its.evidence(t)) if (!add(id)) break collect;
    }
    const isAbout = its.isAbout(target);
    for (const s of rowsOf(ctx, interviewId).sentences) {
      if (s.speaker === ctx.speaker && isAbout(s) && !add(its.sentenceId(s))) break collect;
    }
  }
  return [...ids].flatMap((id) => {
    const s = ctx.sentence.get(id);
    return s ? [s] : [];
  });
}

export function thenNow(ctx: ReportContext): Table<ThenNowRow> {
  const rows: ThenNowRow[] = [];
  const evidenceOf = new Map<string, TurnStanceRow[]>();
  for (const t of ctx.tables.turnStance) {
    if (t.speaker !== ctx.speaker) continue;
    const list = evidenceOf.get(t.interview_id);
    if (list) list.push(t);
    else evidenceOf.set(t.interview_id, [t]);
  }
  for (const target of ctx.targets) {
    // Only the earliest and the latest interview that say anything about the target are compared.
    const side = (iv: InterviewInfo) => ({ iv, sentences: about(ctx, evidenceOf, iv.id, target) });
    let first: ReturnType<typeof side> | undefined;
    let firstAt = -1;
    for (let i = 0; i < ctx.interviews.length && !first; i++) {
      const x = side(ctx.interviews[i]);
      if (x.sentences.length) [first, firstAt] = [x, i];
    }
    let last: ReturnType<typeof side> | undefined;
    for (let i = ctx.interviews.length - 1; i > firstAt && !last; i--) {
      const x = side(ctx.interviews[i]);
      if (x.sentences.length) last = x;
    }
    if (!first || !last) continue;
    const a = first.sentences.map((s) => ({ s, v: sentenceVector(s) }));
    const b = last.sentences.map((s) => ({ s, v: sentenceVector(s) }));
    const pairs = a
      .flatMap((x, i) => b.map((y, j) => ({ i, j, sim: as.cosine(x.v, y.v) })))
      .filter((p) => p.sim > 0)
      .sort((p, q) => q.sim - p.sim || p.i - q.i || p.j - q.j);
    const usedA = new Set<number>();
    const usedB = new Set<number>();
    for (const p of pairs) {
      if (usedA.size >= PAIRS) break;
      if (usedA.has(p.i) || usedB.has(p.j)) continue;
      usedA.add(p.i);
      usedB.add(p.j);
      rows.push({
        target,
        rank: usedA.size,
        then_id: its.sentenceId(a[p.i].s),
        then_interview: first.iv.label,
        then_sentence: a[p.i].s.text,
        now_id: its.sentenceId(b[p.j].s),
        now_interview: last.iv.label,
        now_sentence: b[p.j].s.text,
        similarity: r4(p.sim),
      });
    }
  }
  rows.sort((p, q) => cmp(p.target, q.target) || p.rank - q.rank);
  return table('then_now', "the speaker's most similar statements about each target from the earliest and latest interviews", [
    'target', 'rank', 'then_id', 'then_interview', 'then_sentence', 'now_id', 'now_interview', 'now_sentence', 'similarity',
  ], rows);
}
