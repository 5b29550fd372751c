/**
 * People and organisations compromise finds in the spans the gazetteer left unexplained. Each run is
 * read with a few words of context (enough for "said X", "Mr X", "at X"), never the whole text.
 */
import type { Sentence, Token } from '../../pipeline/types.js';
import type { Gazetteer } from './gazetteer.js';
import type { Run } from './capital-runs.js';

import type { FoundName } from './compromise.js';
import { cover, isFree, type Coverage, type Draft } from './draft.js';
import { isTitleCase, withoutPossessive } from './shape.js';

const CONTEXT = 2;
/**
 * compromise's time grows with the square of an unpunctuated stretch's length (one run of 32,000
 * capitalised words took 9 s, of 128,000 words 4 minutes), so no window spans more tokens than this.
 * Names are far shorter: a longer run is read in stretches that overlap by `STRETCH_OVERLAP` tokens,
 * so a name of up to that many words is whole in one of them.
 */
export const MAX_WINDOW_TOKENS = 48;
const STRETCH_OVERLAP = 12;
const MAX_STRETCH = MAX_WINDOW_TOKENS - 2 * CONTEXT;

export interface Window {
  first: number;
  end: number;
  runs: Run[];
  /** The window's text, as compromise reads it. */
  text: string;
}

/** A run as stretches of at most `MAX_STRETCH` tokens, overlapping by `STRETCH_OVERLAP`. */
function stretches(r: Run): Run[] {
  if (r.end - r.first <= MAX_STRETCH) return [r];
  const out: Run[] = [];
  for (let first = r.first; ; first += MAX_STRETCH - STRETCH_OVERLAP) {
    const end = Math.min(r.end, first + MAX_STRETCH);
    out.push({ ...r, first, end });
    if (end === r.end) return out;
  }
}

/** Windows of a few words around each run; overlapping windows merge while they stay within `MAX_WINDOW_TOKENS`. */
export function compromiseWindows(sentence: Sentence, runs: readonly Run[]): Window[] {
  const tokens = sentence.tokens;
  const n = tokens.length;
  const out: Window[] = [];
  for (const r of runs.flatMap(stretches)) {
    const first = Math.max(0, r.first - CONTEXT);
    const end = Math.min(n, r.end + CONTEXT);
    const last = out[out.length - 1];
    if (last && first <= last.end && end - last.first <= MAX_WINDOW_TOKENS) {
      last.end = end;
      last.runs.push(r);
    } else out.push({ first, end, runs: [r], text: '' });
  }
  for (const w of out) {
    w.text = sentence.text.slice(tokens[w.first].start - sentence.start, tokens[w.end - 1].end - sentence.start);
  }
  return out;
}

/** Keeps what compromise found in a window where nothing else claimed the tokens. */
export function applyFoundNames(
  sentence: Sentence,
  w: Window,
  found: readonly FoundName[],
  g: Gazetteer,
  lowerWords: ReadonlySet<string>,
  covered: Coverage,
  out: Draft[],
): void {
  const tokens = sentence.tokens;
  const base = tokens[w.first].start;
  for (const f of found) {
    const span = tokenSpan(tokens, w, base + f.start, base + f.end);
    if (!span) continue;
    let [first, end] = trim(tokens, span[0], span[1], g);
    // "Secretary of Commerce Ross": a word the interview also writes in lower case opens no name.
    if (f.kind === 'person') while (first < end - 1 && lowerWords.has(tokens[first].normal)) first++;
    // "Commerce Ross": a known person's surname after words that are not part of that person's name.
    const owner = f.kind === 'person' ? g.personByPart.get(withoutPossessive(tokens[end - 1].text)) : undefined;
    if (owner !== undefined && !owner.split(' ').includes(tokens[first].text)) first = end - 1;
    if (end <= first || !isFree(covered, first, end) || !w.runs.some((r) => first < r.end && r.first < end)) continue;
    if (tokens.slice(first, end).some((t) => t.text === ',' || t.text === ';')) continue;
    const type = f.kind === 'person' ? personType(tokens, first, end, g) : orgType(tokens, first, end, g);
    if (type === null) continue;
    cover(covered, first, end);
    const name = withoutPossessive(tokens.slice(first, end).map((t, k, a) => (k > 0 && t.start > a[k - 1].end ? ' ' : '') + t.text).join(''));
    out.push({ first, end, type, entity: type === 'person' ? null : name, name });
  }
}

function tokenSpan(tokens: readonly Token[], w: Window, start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let k = w.first; k < w.end; k++) {
    if (tokens[k].start >= start && tokens[k].end <= end) {
      if (first < 0) first = k;
      last = k;
    }
  }
  return first < 0 ? null : [first, last + 1];
}

/** Drops leading titles, articles and never-name words, and trailing punctuation and possessives. */
function trim(tokens: readonly Token[], first: number, end: number, g: Gazetteer): [number, number] {
  while (first < end && (g.titles.has(tokens[first].text) || g.notNames.has(tokens[first].text) || tokens[first].type !== 'word')) first++;
  while (end > first && (tokens[end - 1].type !== 'word' || tokens[end - 1].normal === "'s" || !/\p{L}/u.test(tokens[end - 1].text))) end--;
  return [first, end];
}

function personType(tokens: readonly Token[], first: number, end: number, g: Gazetteer): 'person' | 'organization' | 'company' | null {
  for (let k = first; k < end; k++) {
    const t = tokens[k].text;
    if (g.companyHeads.has(t)) return 'company';
    if (g.organizationHeads.has(t)) return 'organization';
    if (!isTitleCase(t) || g.notNames.has(t)) return null;
  }
  return 'person';
}

function orgType(tokens: readonly Token[], first: number, end: number, g: Gazetteer): 'company' | 'organization' | null {
  // A lone word ("European", "ICT") is too weak a signal from compromise alone, and a trailing
  // lower-case word ("African government") means it read a description, not a name.
  if (end - first === 1 || !isTitleCase(tokens[end - 1].text)) return null;
  let capital = false;
  for (let k = first; k < end; k++) {
    const t = tokens[k].text;
    if (g.companyHeads.has(t)) return 'company';
    if (isTitleCase(t) && !g.notNames.has(t)) capital = true;
  }
  return capital ? 'organization' : null;
}
