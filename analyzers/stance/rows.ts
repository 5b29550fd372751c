/**
 * Tidy tables of stance and sentiment: one row per turn, per interview × speaker (and, for sentiment,
 * per speaker over the corpus), each aggregate with its bootstrap interval and the evidence behind it.
 *
 * Stance per interview × speaker × target: the mean of the turn scores, with an interval from
 * resampling turns (the turn is the unit of an answer); evidence lists every sentence id behind it,
 * strongest first.
 */
import type { AnalyzedInterview, SentimentAggRow, StanceRow, TurnStanceRow } from '../../pipeline/types.js';
import type { TurnStance } from '../types.js';
import { bootstrapCI, mean, round4, seedFor } from './bootstrap.js';
import { stanceLabel } from './index.js';

/** Defaults match data/sentiment/stance-cues.json; tables built without resources use them. */
export interface AggregateOptions {
  resamples: number;
  seed: number;
  neutralBand: number;
}
export const DEFAULT_AGGREGATE: AggregateOptions = { resamples: 1000, seed: 20190101, neutralBand: 0.1 };

function byKey<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** What stance rows read of an analysed interview: its id and its turns' stance. */
export interface StanceSource {
  interview: { id: string };
  stance: readonly TurnStance[];
}

export function stanceRows(
  docs: readonly StanceSource[],
  targets: readonly string[],
  opts: AggregateOptions = DEFAULT_AGGREGATE,
): { stance: StanceRow[]; turnStance: TurnStanceRow[] } {
  const wanted = new Set(targets);
  const stance: StanceRow[] = [];
  const turnStance: TurnStanceRow[] = [];
  for (const doc of docs) {
    const id = doc.interview.id;
    const turns = doc.stance.filter((t) => wanted.has(t.target));
    for (const t of turns) {
      turnStance.push({
        interview_id: id,
        turn_index: t.turnIndex,
        speaker: t.speaker,
        target: t.target,
        n_sentences: t.evidence.length,
        score: round4(t.score),
        label: t.label,
        evidence: t.evidence.join(';'),
      });
    }
    const groups = byKey(turns, (t) => `${t.speaker}\u0000${t.target}`);
    const keys = [...groups.keys()].sort((a, b) => {
      const [sa, ta] = a.split('\u0000');
      const [sb, tb] = b.split('\u0000');
      return sa < sb ? -1 : sa > sb ? 1 : targets.indexOf(ta) - targets.indexOf(tb);
    });
    for (const k of keys) {
      const g = groups.get(k) as TurnStance[];
      const scores = g.map((t) => t.score);
      const score = mean(scores);
      const ci = bootstrapCI(scores, opts.resamples, seedFor(`${id}\u0000${k}`, opts.seed));
      const evidence = g
        .flatMap((t) => t.evidence.map((e, i) => ({ e, s: Math.abs(t.sentenceScores[i] ?? 0) })))
        .sort((a, b) => b.s - a.s || (a.e < b.e ? -1 : a.e > b.e ? 1 : 0));
      stance.push({
        interview_id: id,
        speaker: g[0].speaker,
        target: g[0].target,
        n_turns: g.length,
        n_sentences: evidence.length,
        score: round4(score),
        ci_low: round4(ci.low),
        ci_high: round4(ci.high),
        label: stanceLabel(score, opts.neutralBand),
        evidence: evidence.map((x) => x.e).join(';'),
      });
    }
  }
  return { stance, turnStance };
}

interface Scored {
  interview: string;
  turn: number;
  speaker: string;
  score: number;
}

function aggRow(
  level: SentimentAggRow['level'],
  interview_id: string,
  turn_index: number | null,
  speaker: string,
  xs: number[],
  opts: AggregateOptions,
): SentimentAggRow {
  const ci = bootstrapCI(xs, opts.resamples, seedFor(`${level}\u0000${interview_id}\u0000${turn_index}\u0000${speaker}`, opts.seed));
  return {
    level, interview_id, turn_index, speaker, n_sentences: xs.length,
    mean: round4(mean(xs)), ci_low: round4(ci.low), ci_high: round4(ci.high),
  };
}

/**
 * Sentence sentiment aggregated per turn, per speaker in each interview, and per speaker over the
 * corpus; intervals resample sentences. Rows: turns in document order, then interviews, then speakers
 * sorted by name.
 */
export function sentimentRows(docs: readonly AnalyzedInterview[], opts: AggregateOptions = DEFAULT_AGGREGATE): SentimentAggRow[] {
  const all: Scored[] = docs.flatMap((d) =>
    d.sentences.map((s) => ({ interview: d.interview.id, turn: s.turnIndex, speaker: s.speaker, score: s.sentiment.score })),
  );
  const rows: SentimentAggRow[] = [];
  for (const [, g] of byKey(all, (s) => `${s.interview}\u0000${s.turn}`)) {
    rows.push(aggRow('turn', g[0].interview, g[0].turn, g[0].speaker, g.map((s) => s.score), opts));
  }
  for (const [, g] of byKey(all, (s) => `${s.interview}\u0000${s.speaker}`)) {
    rows.push(aggRow('interview', g[0].interview, null, g[0].speaker, g.map((s) => s.score), opts));
  }
  const speakers = [...byKey(all, (s) => s.speaker)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [speaker, g] of speakers) rows.push(aggRow('speaker', '', null, speaker, g.map((s) => s.score), opts));
  return rows;
}

/** The aggregation settings of a loaded sentiment resource (stance-cues.json → bootstrap, neutralBand). */
export function aggregateOptionsFrom(res: { stance: { bootstrap: { resamples: number; seed: number }; neutralBand: number } }): AggregateOptions {
  return { ...res.stance.bootstrap, neutralBand: res.stance.neutralBand };
}
