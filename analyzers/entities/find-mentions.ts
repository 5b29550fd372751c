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
 */
import type { Interview, Sentence } from '../../pipeline/types.js';
import type { Mention } from '../types.js';
import type { EntitiesResource } from './resource.js';
import { gazetteerOf } from './gazetteer.js';
import { interviewNames, namePartOwners } from './interview-names.js';
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

export function findMentions(interview: Interview, sentences: readonly Sentence[], resource: EntitiesResource): Mention[][] {
  const g = gazetteerOf(resource);
  const names = interviewNames(interview, g);
  const indexes = [g.aliases, names.index];
  const states: SentenceState[] = sentences.map((s) => ({ covered: new Uint8Array(s.tokens.length), drafts: [] }));
  const lowerWords = new Set<string>();

  for (const [i, s] of sentences.entries()) {
    const st = states[i];
    matchAliases(s.tokens, indexes, g, st.covered, st.drafts);
    findTitledNames(s.tokens, g, st.covered, st.drafts);
    for (const t of s.tokens) if (t.type === 'word' && t.text === t.normal) lowerWords.add(t.normal);
  }

  const ctx: PersonContext = { g, known: names.known, parts: new Map() };
  const fullNames = new Set(names.fullNames);
  const addFullNames = () => {
    for (const st of states) {
      for (const d of st.drafts) {
        if (d.type !== 'person') continue;
        const id = d.entity ?? resolvePerson(d.name, ctx);
        if (id.includes(' ')) fullNames.add(id);
      }
    }
    ctx.parts = namePartOwners(fullNames, g);
  };
  addFullNames();

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
  addFullNames();

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
