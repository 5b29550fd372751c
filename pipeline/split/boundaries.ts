/**
 * Where the sessions of a compilation start. A new session starts at the first full interviewer
 * label ("Name, Title, Outlet:") of a person not seen in the current session, when from there on
 * none of the current session's people speak again before the running headers change title. The
 * session starts at that label itself: anything before it (an unlabelled page, a greeting by the
 * interviewee) cannot be told apart from the end of the previous session by labels alone, so it stays
 * there. Running headers forbid a boundary between two headers of the same title.
 */
import type { CleanDoc } from '../types.js';
import type { FoundLabel } from '../turns/label-scan.js';
import { isTokenSubset } from '../turns/names.js';
import { roleWord } from '../turns/role-words.js';

export interface Header {
  /** Source line. */
  line: number;
  title: string;
}

/** Folded key of each label, with one-word names folded into the longer name they belong to. */
export function speakerKeys(labels: readonly FoundLabel[]): string[] {
  const keys = [...new Set(labels.map((l) => l.key))];
  const merged = new Map<string, string>();
  for (const k of keys) {
    const longer = keys.filter((o) => isTokenSubset(k, o));
    merged.set(k, longer.length === 1 ? longer[0] : k);
  }
  return labels.map((l) => merged.get(l.key) ?? l.key);
}

/** The speaker heard most often: in a compilation of one person's interviews, that person. */
export function mostFrequentSpeaker(labels: readonly FoundLabel[], keys: readonly string[]): string | null {
  const counts = new Map<string, number>();
  labels.forEach((l, i) => {
    if (roleWord(l.name) === undefined) counts.set(keys[i], (counts.get(keys[i]) ?? 0) + 1);
  });
  let best: [string, number] | null = null;
  for (const [k, n] of [...counts].sort()) if (!best || n > best[1]) best = [k, n];
  return best?.[0] ?? null;
}

export function findBoundaries(
  clean: CleanDoc,
  labels: readonly FoundLabel[],
  keys: readonly string[],
  interviewee: string | null,
  headers: readonly Header[],
): number[] {
  const lineOf = (i: number) => clean.lines[i].line;
  // Headers are in line order: binary search for the ones around a line.
  const firstAfter = (line: number) => {
    let lo = 0;
    let hi = headers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (headers[mid].line <= line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const headerBefore = (line: number): Header | undefined => headers[firstAfter(line - 1) - 1];
  const headerAfter = (line: number): Header | undefined => headers[firstAfter(line)];
  const isPerson = (i: number) => keys[i] !== interviewee && roleWord(labels[i].name) === undefined;
  // Where each person speaks (label positions, ascending), to ask "do they speak again before X?".
  const spoken = new Map<string, number[]>();
  labels.forEach((_, i) => {
    if (!isPerson(i)) return;
    const list = spoken.get(keys[i]);
    if (list) list.push(i);
    else spoken.set(keys[i], [i]);
  });
  const speaksBetween = (key: string, after: number, beforeLine: number): boolean => {
    const list = spoken.get(key) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] <= after) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && lineOf(labels[list[lo]].index) < beforeLine;
  };

  const starts = [0];
  let current = new Set<string>();
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!isPerson(i)) continue;
    const key = keys[i];
    if (current.has(key) || current.size === 0 || label.affiliation === null) {
      current.add(key);
      continue;
    }
    const line = lineOf(label.index);
    const before = headerBefore(line);
    const after = headerAfter(line);
    const forbidden = before !== undefined && after !== undefined && before.title === after.title;
    // The candidate's session runs at least to where the headers after it change title.
    let windowEnd = Infinity;
    if (after) for (let h = firstAfter(after.line); h < headers.length; h++) if (headers[h].title !== after.title) { windowEnd = headers[h].line; break; }
    const recurs = [...current].some((k) => speaksBetween(k, i, windowEnd));
    if (forbidden || recurs) {
      current.add(key);
      continue;
    }
    starts.push(label.index);
    current = new Set([key]);
  }
  return starts;
}
