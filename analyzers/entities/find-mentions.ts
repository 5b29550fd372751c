/**
 * All mentions of an interview, cheapest evidence first; each finder only sees tokens no earlier one
 * claimed:
 *   1. gazetteer and interview aliases (longest match, context rules)   — map lookups per token
 *   2. titles + capitalised words ("Mr. Smith")                          — per token
 *   3. lone parts of full names seen in the interview ("Kishore")        — per token
 *   4. capitalised runs with an organisation head word                   — per token
 *   5. compromise, on short windows around the multi-word capitalised runs left — only where needed,
 *      all windows of the interview in one call
 * Single-word person names are resolved last, once every full name of the interview is known.
 *
 * Three things are known only once the whole interview is read: the words it writes in lower case
 * (no name), the full names steps 1–2 find (whose parts step 3 looks for), and the full names all
 * steps find (which resolve lone names at the end). An interview read in pieces gathers them first,
 * in two sweeps over its pieces (`nameSweeps`), and each piece is then read with them (`NameFacts`).
 */
import type { Interview, Sentence } from '../../pipeline/types.js';
import type { InterviewSweeps, Mention } from '../types.js';
import type { EntitiesResource } from './resource.js';
import { gazetteerOf, type Gazetteer } from './gazetteer.js';
import { interviewNames, namePartOwners, type InterviewNames } from './interview-names.js';
import { matchAliases } from './match-aliases.js';
import { findTitledNames } from './titled-names.js';
import { findBareNames } from './bare-names.js';
import { capitalRuns, headedOrganizations } from './capital-runs.js';
import { applyFoundNames, compromiseWindows, type Window } from './compromise-names.js';
import { findNamesInWindows } from './compromise.js';
import { resolvePerson, type PersonContext } from './resolve-person.js';
import type { Coverage, Draft } from './draft.js';
import { possessiveLength } from './shape.js';

interface SentenceState {
  covered: Coverage;
  drafts: Draft[];
}

/** What every step reads of the interview besides its sentences. */
interface Finder {
  g: Gazetteer;
  names: InterviewNames;
}

function finderOf(interview: Interview, resource: EntitiesResource): Finder {
  const g = gazetteerOf(resource);
  return { g, names: interviewNames(interview, g) };
}

/** Lone names resolved with the parts of `parts`' full names. */
function personContext({ g, names }: Finder, parts: ReadonlyMap<string, string>): PersonContext {
  return { g, known: names.known, parts };
}

/** Steps 1–2 on every sentence; each word written in lower case goes into `lowerWords`, when given. */
function firstFinds({ g, names }: Finder, sentences: readonly Sentence[], lowerWords?: Set<string>): SentenceState[] {
  const indexes = [g.aliases, names.index];
  const states: SentenceState[] = sentences.map((s) => ({ covered: new Uint8Array(s.tokens.length), drafts: [] }));
  for (const [i, s] of sentences.entries()) {
    const st = states[i];
    matchAliases(s.tokens, indexes, g, st.covered, st.drafts);
    findTitledNames(s.tokens, g, st.covered, st.drafts);
    if (lowerWords) for (const t of s.tokens) if (t.type === 'word' && t.text === t.normal) lowerWords.add(t.normal);
  }
  return states;
}

/** Adds to `into` the full names the person drafts of `states` resolve to under `ctx`. */
function addFullNames(states: readonly SentenceState[], ctx: PersonContext, into: Set<string>): void {
  for (const st of states) {
    for (const d of st.drafts) {
      if (d.type !== 'person') continue;
      const id = d.entity ?? resolvePerson(d.name, ctx);
      if (id.includes(' ')) into.add(id);
    }
  }
}

/** Steps 3–5 on every sentence, lone names looked for among the parts `ctx` knows. */
function laterFinds({ g }: Finder, sentences: readonly Sentence[], states: readonly SentenceState[], lowerWords: ReadonlySet<string>, ctx: PersonContext): void {
  const windows: Array<{ sentence: number; window: Window }> = [];
  for (const [i, s] of sentences.entries()) {
    const st = states[i];
    findBareNames(s.tokens, ctx.parts, lowerWords, g, st.covered, st.drafts);
    const runs = headedOrganizations(s.tokens, capitalRuns(s.tokens, g, st.covered), g, st.covered, st.drafts);
    // compromise's one-word finds are too unreliable to keep, so one-word runs never cost a read.
    const multi = runs.filter((r) => r.end - r.first >= 2);
    for (const w of multi.length > 0 ? compromiseWindows(s, multi) : []) windows.push({ sentence: i, window: w });
  }
  const found = findNamesInWindows(windows.map((w) => w.window.text));
  for (const [k, { sentence, window }] of windows.entries()) {
    applyFoundNames(sentences[sentence], window, found[k], g, lowerWords, states[sentence].covered, states[sentence].drafts);
  }
}

/** The mentions of each sentence, in order, lone person names resolved with `ctx`. */
function mentionsOf(sentences: readonly Sentence[], states: readonly SentenceState[], ctx: PersonContext): Mention[][] {
  return sentences.map((s, i) => {
    if (states[i].drafts.length === 0) return [];
    const drafts = [...states[i].drafts].sort((a, b) => a.first - b.first);
    return drafts.map((d): Mention => {
      const start = s.tokens[d.first].start - s.start;
      const last = s.tokens[d.end - 1];
      const end = last.end - (d.trim || possessiveLength(last.text)) - s.start;
      return {
        entity: d.entity ?? resolvePerson(d.name, ctx),
        type: d.type,
        surface: s.text.slice(start, end),
        start,
        end,
      };
    });
  });
}

/**
 * The sentences in which the second sweep can find a full name the first did not: those where a run
 * of two or more capitalised words is left after steps 1–2 (`states`), in which compromise may find
 * one (step 5). Steps 1–3 find no other: they find what they found in the first sweep, or a name part,
 * resolved to a full name the first sweep found. And every run compromise reads in the second sweep
 * lies within one of these, since steps 3–4 only cover more words, which can cut a run shorter but
 * never make one longer.
 */
function namesForSecondSweep({ g }: Finder, sentences: readonly Sentence[], states: readonly SentenceState[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (capitalRuns(sentences[i].tokens, g, states[i].covered).some((r) => r.end - r.first >= 2)) out.push(i);
  }
  return out;
}

/** What the entity finder knows of a whole interview read in pieces, gathered by `nameSweeps`. */
export interface NameFacts {
  finder: Finder;
  /** Words written in lower case anywhere in the interview (sweep 0). */
  lowerWords: Set<string>;
  /** The speakers' full names, then those steps 1–2 find (sweep 0). */
  fullNames: Set<string>;
  /** Name part → its one owner among `fullNames`: what step 3 looks for (after sweep 0). */
  parts: Map<string, string>;
  /** `fullNames` and the full names every step finds (sweep 1). */
  finalNames: Set<string>;
  /** Name part → its one owner among `finalNames`: what lone names resolve to (after sweep 1). */
  finalParts: Map<string, string>;
}

export const nameSweeps: InterviewSweeps<NameFacts> = {
  sweeps: 2,
  start: ({ interview, resources }) => {
    const finder = finderOf(interview, resources.entities);
    return { finder, lowerWords: new Set(), fullNames: new Set(finder.names.fullNames), parts: new Map(), finalNames: new Set(), finalParts: new Map() };
  },
  add: (facts, sweep, { sentences }) => {
    const { finder } = facts;
    if (sweep === 0) {
      const states = firstFinds(finder, sentences, facts.lowerWords);
      addFullNames(states, personContext(finder, new Map()), facts.fullNames);
      return namesForSecondSweep(finder, sentences, states);
    }
    const states = firstFinds(finder, sentences);
    const ctx = personContext(finder, facts.parts);
    laterFinds(finder, sentences, states, facts.lowerWords, ctx);
    addFullNames(states, ctx, facts.finalNames);
  },
  end: (facts, sweep) => {
    const { g } = facts.finder;
    if (sweep === 0) {
      facts.parts = namePartOwners(facts.fullNames, g);
      facts.finalNames = new Set(facts.fullNames);
    } else facts.finalParts = namePartOwners(facts.finalNames, g);
  },
};

/**
 * The mentions of each sentence. `facts`: `sentences` are one piece of the interview, and `facts`
 * what `nameSweeps` gathered from all of them; the mentions are those the whole interview gives.
 */
export function findMentions(interview: Interview, sentences: readonly Sentence[], resource: EntitiesResource, facts?: NameFacts): Mention[][] {
  if (facts) {
    const { finder } = facts;
    const states = firstFinds(finder, sentences);
    laterFinds(finder, sentences, states, facts.lowerWords, personContext(finder, facts.parts));
    return mentionsOf(sentences, states, personContext(finder, facts.finalParts));
  }
  const finder = finderOf(interview, resource);
  const lowerWords = new Set<string>();
  const states = firstFinds(finder, sentences, lowerWords);
  const fullNames = new Set(finder.names.fullNames);
  addFullNames(states, personContext(finder, new Map()), fullNames);
  const ctx = personContext(finder, namePartOwners(fullNames, finder.g));
  laterFinds(finder, sentences, states, lowerWords, ctx);
  addFullNames(states, ctx, fullNames);
  return mentionsOf(sentences, states, personContext(finder, namePartOwners(fullNames, finder.g)));
}
