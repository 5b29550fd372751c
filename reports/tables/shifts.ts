/**
 * What changed between consecutive interviews (or any two, for --compare): the largest moves in
 * theme share and stance for the report speaker, each with the sentences on both sides.
 */
import { rowsOf, type ReportContext } from '../context.js';
import { cmp } from '../options.js';
import { its } from './its.js';
import type { ThemeShareRow } from './themes.js';
import type { StancePointRow } from './stance.js';
import { FEW } from './themes.js';
import { r4, table, type Table } from './table.js';

export const THEME_SHIFTS = 3;
const EVIDENCE = 2;

export interface ShiftRow {
  from_id: string;
  from_interview: string;
  to_id: string;
  to_interview: string;
  kind: 'theme' | 'stance';
  /** Theme id or stance target. */
  key: string;
  rank: number;
  from_value: number;
  to_value: number;
  delta: number;
  from_n: number;
  to_n: number;
  few: boolean;
  evidence_from: string;
  evidence_to: string;
}

function themeSentences(ctx: ReportContext, interviewId: string, theme: string): string[] {
  const out: string[] = [];
  for (const s of rowsOf(ctx, interviewId).sentences) {
    if (out.length >= EVIDENCE) break;
    if (s.speaker === ctx.speaker && its.themes(s).includes(theme)) out.push(its.sentenceId(s));
  }
  return out;
}

/** The report speaker's theme shares and stance points by interview, indexed once for every pair. */
export interface ShiftIndex {
  shares: Map<string, Map<string, ThemeShareRow>>;
  stance: Map<string, Map<string, StancePointRow>>;
}

export function shiftIndex(speaker: string, shares: readonly ThemeShareRow[], stance: readonly StancePointRow[]): ShiftIndex {
  const index: ShiftIndex = { shares: new Map(), stance: new Map() };
  const put = <R>(m: Map<string, Map<string, R>>, id: string, key: string, row: R) => {
    const inner = m.get(id) ?? new Map<string, R>();
    inner.set(key, row);
    m.set(id, inner);
  };
  for (const s of shares) if (s.speaker === speaker) put(index.shares, s.interview_id, s.theme, s);
  for (const s of stance) if (s.speaker === speaker) put(index.stance, s.interview_id, s.target, s);
  return index;
}

/** Shifts from interview `a` to interview `b`. */
export function shiftsBetween(ctx: ReportContext, a: string, b: string, index: ShiftIndex, themeLimit = THEME_SHIFTS): ShiftRow[] {
  const ia = ctx.interview.get(a);
  const ib = ctx.interview.get(b);
  if (!ia || !ib) return [];
  const none = new Map<string, never>();
  const sa = index.shares.get(a) ?? none;
  const sb = index.shares.get(b) ?? none;
  const themeRows = [...new Set([...sa.keys(), ...sb.keys()])]
    .map((theme) => {
      const x = sa.get(theme);
      const y = sb.get(theme);
      const from = x?.share ?? 0;
      const to = y?.share ?? 0;
      return { theme, from, to, delta: r4(to - from), fromN: x?.n_sentences ?? 0, toN: y?.n_sentences ?? 0, fromAll: x?.n_speaker_sentences ?? 0, toAll: y?.n_speaker_sentences ?? 0 };
    })
    .filter((t) => t.delta !== 0)
    .sort((p, q) => Math.abs(q.delta) - Math.abs(p.delta) || cmp(p.theme, q.theme))
    .slice(0, themeLimit)
    .map((t, i): ShiftRow => ({
      from_id: a, from_interview: ia.label, to_id: b, to_interview: ib.label,
      kind: 'theme',
      key: t.theme,
      rank: i + 1,
      from_value: t.from,
      to_value: t.to,
      delta: t.delta,
      from_n: t.fromN,
      to_n: t.toN,
      few: t.fromAll < FEW || t.toAll < FEW,
      evidence_from: themeSentences(ctx, a, t.theme).join(';'),
      evidence_to: themeSentences(ctx, b, t.theme).join(';'),
    }));
  const ta = index.stance.get(a) ?? none;
  const tb = index.stance.get(b) ?? none;
  const stanceRows = ctx.targets
    .filter((t) => ta.has(t) && tb.has(t))
    .map((target) => ({ target, x: ta.get(target)!, y: tb.get(target)! }))
    .sort((p, q) => Math.abs(q.y.score - q.x.score) - Math.abs(p.y.score - p.x.score) || cmp(p.target, q.target))
    .map(({ target, x, y }, i): ShiftRow => ({
      from_id: a, from_interview: ia.label, to_id: b, to_interview: ib.label,
      kind: 'stance',
      key: target,
      rank: i + 1,
      from_value: x.score,
      to_value: y.score,
      delta: r4(y.score - x.score),
      from_n: x.n_sentences,
      to_n: y.n_sentences,
      few: x.few || y.few,
      evidence_from: x.evidence.split(';').slice(0, EVIDENCE).join(';'),
      evidence_to: y.evidence.split(';').slice(0, EVIDENCE).join(';'),
    }));
  return [...stanceRows, ...themeRows];
}

/** Consecutive pairs among the interviews where the speaker said anything. */
export function shifts(ctx: ReportContext, shares: readonly ThemeShareRow[], stance: readonly StancePointRow[]): Table<ShiftRow> {
  const seq = ctx.interviews.filter((iv) => rowsOf(ctx, iv.id).sentences.some((s) => s.speaker === ctx.speaker));
  const index = shiftIndex(ctx.speaker, shares, stance);
  const rows = seq.slice(1).flatMap((iv, i) => shiftsBetween(ctx, seq[i].id, iv.id, index));
  return table('shifts', 'largest changes in theme share and stance between consecutive interviews, with evidence sentence ids', [
    'from_id', 'from_interview', 'to_id', 'to_interview', 'kind', 'key', 'rank', 'from_value', 'to_value', 'delta', 'from_n', 'to_n', 'few', 'evidence_from', 'evidence_to',
  ], rows);
}
