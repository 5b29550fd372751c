/**
 * A person's canonical id: the alias table first, then the interview's own speakers and full names
 * (a lone "Meng" merges into "Meng Wanzhou" named in the same interview), then a name part that only
 * one gazetteer person has. Otherwise the name as written, titles stripped.
 */
import type { Gazetteer } from './gazetteer.js';
import { stripTitles } from './gazetteer.js';

export interface PersonContext {
  g: Gazetteer;
  /** Exact names and label aliases of the interview's people → canonical id. */
  known: ReadonlyMap<string, string>;
  /** Name part → the one full name in this interview that has it. */
  parts: ReadonlyMap<string, string>;
}

export function resolvePerson(written: string, ctx: PersonContext): string {
  const name = stripTitles(written, ctx.g.titles).replace(/['’]s$/, '');
  const exact = ctx.g.personByAlias.get(name) ?? ctx.known.get(name);
  if (exact) return exact;
  if (!name.includes(' ')) return ctx.parts.get(name) ?? ctx.g.personByPart.get(name) ?? name;
  return name;
}
