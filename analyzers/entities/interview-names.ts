/**
 * Names an interview brings with it: its speakers (under every label they appeared with) and the
 * outlets and affiliations in its metadata. They are matched like gazetteer aliases, and the parts of
 * full names let a lone surname or given name ("Ren", "Kishore") merge into the full name.
 */
import type { Interview } from '../../pipeline/types.js';
import type { AliasHit, Gazetteer } from './gazetteer.js';
import { stripTitles } from './gazetteer.js';
import { buildPhraseIndex, phraseKey, valuesOf, type PhraseIndex } from './phrase-index.js';
import { isTitleCase } from './shape.js';

/** "Nathan VanderKlippe, The Globe and Mail:" → "Nathan VanderKlippe". */
function labelName(label: string): string {
  return phraseKey(label.split(/[,:(]/)[0]);
}

function isPersonName(name: string, g: Gazetteer): boolean {
  const words = name.split(' ');
  return words.length > 0 && !g.roleLabels.has(name) && words.some((w) => isTitleCase(w) && !g.titles.has(w));
}

export function canonicalPerson(name: string, g: Gazetteer): string {
  return g.personByAlias.get(stripTitles(name, g.titles)) ?? name;
}

export interface InterviewNames {
  index: PhraseIndex<AliasHit>;
  /** Full person names known in the interview (speakers first, then names found in its text). */
  fullNames: Set<string>;
  /** Every speaker name and label alias, titles stripped → canonical id. */
  known: Map<string, string>;
}

export function interviewNames(interview: Interview, g: Gazetteer): InterviewNames {
  const entries: Array<[string, AliasHit]> = [];
  const fullNames = new Set<string>();
  const known = new Map<string, string>();
  for (const s of interview.speakers) {
    const name = labelName(s.name);
    if (!isPersonName(name, g)) continue;
    const id = canonicalPerson(name, g);
    if (id.includes(' ')) fullNames.add(id);
    const hit: AliasHit = { entity: id, type: 'person' };
    for (const label of new Set([name, ...s.aliases.map(labelName)])) {
      if (!isPersonName(label, g)) continue;
      entries.push([label, hit]);
      const bare = stripTitles(label, g.titles);
      known.set(bare, id);
      if (bare !== label) entries.push([bare, hit]);
    }
  }
  const orgs = [...interview.outlets, ...interview.speakers.map((s) => s.affiliation ?? '')];
  for (const raw of orgs) {
    const name = phraseKey(raw).replace(/^The /, '');
    if (name === '' || !isTitleCase(name) || valuesOf(g.aliases, name) !== undefined) continue;
    entries.push([name, { entity: name, type: 'company' }]);
  }
  return { index: buildPhraseIndex(entries), fullNames, known };
}

/** Name part → the one full name it belongs to; parts shared by two names are left out. */
export function namePartOwners(fullNames: Iterable<string>, g: Gazetteer): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const full of fullNames) {
    for (const part of full.split(' ')) {
      if (part.length < 2 || g.titles.has(part) || g.notNames.has(part)) continue;
      const set = owners.get(part) ?? new Set<string>();
      set.add(full);
      owners.set(part, set);
    }
  }
  const unique = new Map<string, string>();
  for (const [part, set] of owners) if (set.size === 1) unique.set(part, [...set][0]);
  return unique;
}
