/**
 * Cue lookup compiled once per themes resource and thread: word/phrase cues go into one phrase index
 * (walked on lemmas and on lower-cased words), entity cues ("@United States") into a map by entity id.
 */
import type { ThemesResource } from './resource.js';
import { buildPhraseIndex, type PhraseIndex } from '../entities/phrase-index.js';
import { memoByObject } from '../../pipeline/memo.js';

export interface CueHit {
  theme: string;
  cue: string;
  weight: number;
}

export interface CompiledThemes {
  phrases: PhraseIndex<CueHit>;
  entities: Map<string, CueHit[]>;
  /** Theme ids in file order, the order of rows and ties. */
  order: Map<string, number>;
}

export const compiledThemes: (resource: ThemesResource) => CompiledThemes = memoByObject((r: ThemesResource) => compile(r));

function compile(r: ThemesResource): CompiledThemes {
  const phraseEntries: Array<[string, CueHit]> = [];
  const entities = new Map<string, CueHit[]>();
  for (const t of r.themes) {
    for (const [cue, weight] of Object.entries(t.cues)) {
      const hit = { theme: t.id, cue, weight };
      if (cue.startsWith('@')) {
        const id = cue.slice(1);
        entities.set(id, [...(entities.get(id) ?? []), hit]);
      } else phraseEntries.push([cue.toLowerCase(), hit]);
    }
  }
  return {
    phrases: buildPhraseIndex(phraseEntries),
    entities,
    order: new Map(r.themes.map((t, i) => [t.id, i])),
  };
}
