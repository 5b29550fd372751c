/**
 * Entities analyzer: countries, companies, organisations and people named in each sentence, with
 * canonical ids from `data/entities.json` and offsets in the sentence text.
 */
import type { Analyzer } from '../types.js';
import { findMentions, nameSweeps, type NameFacts } from './find-mentions.js';
import { startNamesThread, stopNamesThread } from './names-thread/index.js';

export const entitiesAnalyzer: Analyzer<'mentions', NameFacts> = {
  name: 'entities',
  requires: [],
  produces: ['mentions'],
  reads: ['entities'],
  run: ({ interview, sentences, resources, swept }) => ({ mentions: findMentions(interview, sentences, resources.entities, swept) }),
  // A full name anywhere in an interview resolves a lone surname elsewhere (find-mentions.ts).
  sweeps: nameSweeps,
  // compromise's people finder, loaded and warmed on a spare core (names-thread/).
  helper: { start: () => startNamesThread(), stop: stopNamesThread },
};
