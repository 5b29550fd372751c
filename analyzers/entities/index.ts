/**
 * Entities analyzer: countries, companies, organisations and people named in each sentence, with
 * canonical ids from `data/entities.json` and offsets in the sentence text.
 */
import type { Analyzer } from '../types.js';
import { findMentions } from './find-mentions.js';
import { startNamesThread, stopNamesThread } from './names-thread/index.js';

export const entitiesAnalyzer: Analyzer<'mentions'> = {
  name: 'entities',
  requires: [],
  produces: ['mentions'],
  reads: ['entities'],
  run: ({ interview, sentences, resources }) => ({ mentions: findMentions(interview, sentences, resources.entities) }),
  // compromise's people finder, loaded and warmed on a spare core (names-thread/).
  helper: { start: () => startNamesThread(), stop: stopNamesThread },
};
