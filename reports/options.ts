/**
 * What the user asked the report to focus on, checked against the corpus before anything is drawn:
 * a typo in a speaker name or an interview id must fail with the valid choices, not silently
 * produce an empty chart.
 */
import type { Tables } from '../pipeline/types.js';
import { EXIT, TurnlensError, msg, q } from '../pipeline/messages.js';

export interface ReportOptions {
  /** Whose answers the report follows. Default: the corpus's interviewee. */
  speaker?: string;
  /** Stance targets to show. Default: the targets the analysis ran with. */
  targets?: string[];
  /** Inclusive date bounds: YYYY-MM-DD, YYYY-MM or YYYY. */
  from?: string;
  to?: string;
  /** Two interview ids for a side-by-side page. */
  compare?: [string, string];
  /**
   * The result cache's folder (pipeline/cache): each chart's SVG is kept there under its spec, and a
   * chart whose spec is unchanged is not rendered again (render/cache.ts). Absent or false: every
   * chart is rendered.
   */
  cacheDir?: string | false;
}

export interface ResolvedOptions {
  speaker: string;
  targets: string[];
  from: string | null;
  to: string | null;
  compare: [string, string] | null;
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function checkDate(option: string, value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (!DATE.test(value)) throw new TurnlensError(msg.badDate(option, value), EXIT.usage);
  return value;
}

/** True when an ISO date lies within the (possibly partial) bounds; undated interviews only pass without bounds. */
export function inDateRange(date: string, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (!date) return false;
  if (from !== null && date.slice(0, from.length) < from) return false;
  if (to !== null && date.slice(0, to.length) > to) return false;
  return true;
}

/** Speakers ordered by words spoken, most first; ties by name so the list is stable. */
export function speakersByWords(tables: Tables): string[] {
  const words = new Map<string, number>();
  for (const t of tables.turns) words.set(t.speaker, (words.get(t.speaker) ?? 0) + t.n_words);
  return [...words].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([s]) => s);
}

/** The interviewee named most often across interviews, else the speaker with most words. */
export function defaultSpeaker(tables: Tables): string | null {
  const count = new Map<string, number>();
  for (const iv of tables.interviews) if (iv.interviewee) count.set(iv.interviewee, (count.get(iv.interviewee) ?? 0) + 1);
  const spoken = new Set(tables.turns.map((t) => t.speaker));
  const named = [...count].filter(([s]) => spoken.has(s)).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  return named[0]?.[0] ?? speakersByWords(tables)[0] ?? null;
}

/** Targets a report can show: the ones the analysis ran with plus any present in the stance table. */
export function knownTargets(tables: Tables, analysed: readonly string[]): string[] {
  return uniqueSorted([...analysed, ...tables.stance.map((s) => s.target)]);
}

export function resolveOptions(tables: Tables, analysedTargets: readonly string[], options: ReportOptions): ResolvedOptions {
  const speakers = speakersByWords(tables);
  const speaker = options.speaker ?? defaultSpeaker(tables) ?? '';
  if (options.speaker !== undefined && !speakers.includes(options.speaker)) {
    throw new TurnlensError(msg.unknownSpeaker(options.speaker, speakers.map((s) => q(s))), EXIT.usage);
  }
  const known = knownTargets(tables, analysedTargets);
  const targets = options.targets ?? [...analysedTargets];
  for (const t of targets) {
    if (!known.includes(t)) throw new TurnlensError(msg.unknownReportTarget(t, known.map((k) => q(k))), EXIT.usage);
  }
  const from = checkDate('--from', options.from);
  const to = checkDate('--to', options.to);
  if (from !== null && to !== null && from.slice(0, Math.min(from.length, to.length)) > to.slice(0, Math.min(from.length, to.length))) {
    throw new TurnlensError(msg.badDateRange(from, to), EXIT.usage);
  }
  let compare: [string, string] | null = null;
  if (options.compare) {
    const ids = tables.interviews.map((i) => i.interview_id);
    for (const id of options.compare) {
      if (!ids.includes(id)) throw new TurnlensError(msg.unknownInterview(id, ids.map((i) => q(i))), EXIT.usage);
    }
    compare = [options.compare[0], options.compare[1]];
  }
  return { speaker, targets: [...new Set(targets)], from, to, compare };
}

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(cmp);
}
