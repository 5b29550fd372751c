/**
 * The compiled entity matcher: alias phrases → entries with their context rules, plus the word sets
 * the name finders consult. Compiled once per resource object and thread (a WeakMap), so the resource
 * itself stays serialisable data.
 */
import type { EntityType } from '../../pipeline/types.js';
import type { EntitiesResource } from './resource.js';
import { buildPhraseIndex, type PhraseIndex } from './phrase-index.js';
import { memoByObject } from '../../pipeline/memo.js';

export interface AliasHit {
  /** Empty for `otherNames`: matched only so the name finders leave the words alone. */
  entity: string;
  type: EntityType;
  notBefore?: Set<string>;
  onlyBefore?: Set<string>;
  notAfter?: Set<string>;
  notAfterName?: boolean;
  ambiguous?: 'start' | 'always';
}

export interface Gazetteer {
  aliases: PhraseIndex<AliasHit>;
  titles: Set<string>;
  roleLabels: Set<string>;
  notNames: Set<string>;
  companyHeads: Set<string>;
  organizationHeads: Set<string>;
  /** Lower-cased cue words per entity type, for ambiguous aliases. */
  cues: Map<EntityType, Set<string>>;
  /** Canonical person ids by exact alias, and by a name part that belongs to one person only. */
  personByAlias: Map<string, string>;
  personByPart: Map<string, string>;
  ids: Set<string>;
}

const lower = (xs: readonly string[] | undefined) => (xs ? new Set(xs.map((x) => x.toLowerCase())) : undefined);

export const gazetteerOf: (resource: EntitiesResource) => Gazetteer = memoByObject((r: EntitiesResource) => compile(r));

function compile(r: EntitiesResource): Gazetteer {
  const titles = new Set(r.titles);
  const entries: Array<[string, AliasHit]> = [];
  const personByAlias = new Map<string, string>();
  const partOwners = new Map<string, Set<string>>();
  for (const e of r.entities) {
    for (const a of [...e.aliases, ...(e.demonyms ?? [])]) {
      const spec = typeof a === 'string' ? { text: a } : a;
      entries.push([
        spec.text,
        {
          entity: e.id,
          type: e.type,
          notBefore: lower(spec.notBefore),
          onlyBefore: lower(spec.onlyBefore),
          notAfter: lower(spec.notAfter),
          notAfterName: spec.notAfterName,
          ambiguous: spec.ambiguous,
        },
      ]);
      if (e.type === 'person') personByAlias.set(stripTitles(spec.text, titles), e.id);
    }
    if (e.type === 'person') {
      for (const part of e.id.split(/\s+/)) {
        if (part.length < 2) continue;
        const owners = partOwners.get(part) ?? new Set<string>();
        owners.add(e.id);
        partOwners.set(part, owners);
      }
    }
  }
  for (const name of r.otherNames) entries.push([name, { entity: '', type: 'organization' }]);
  const personByPart = new Map<string, string>();
  for (const [part, owners] of partOwners) if (owners.size === 1) personByPart.set(part, [...owners][0]);
  const cues = new Map<EntityType, Set<string>>();
  for (const [type, words] of Object.entries(r.cues)) if (words) cues.set(type as EntityType, lower(words)!);
  return {
    aliases: buildPhraseIndex(entries),
    titles,
    roleLabels: new Set(r.roleLabels),
    notNames: new Set(r.notNames),
    companyHeads: new Set(r.orgHeads.company),
    organizationHeads: new Set(r.orgHeads.organization),
    cues,
    personByAlias,
    personByPart,
    ids: new Set(r.entities.map((e) => e.id)),
  };
}

/** "Ms. Meng" → "Meng"; "Vice President Pence" → "Pence". */
export function stripTitles(name: string, titles: ReadonlySet<string>): string {
  const words = name.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && titles.has(words[i])) i++;
  return words.slice(i).join(' ');
}
