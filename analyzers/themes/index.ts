/** Themes analyzer: weighted cue matching per sentence (see data/themes.json). */
import type { Analyzer } from '../types.js';
import { compiledThemes } from './compile.js';
import { sentenceCues, themeHits } from './match.js';

export const themesAnalyzer: Analyzer<'themes'> = {
  name: 'themes',
  // Entity cues ("@United States") read the mentions, so "US", "U.S." and "America" all count.
  requires: ['mentions'],
  produces: ['themes'],
  reads: ['themes'],
  run: ({ sentences, resources, annotations }) => {
    const c = compiledThemes(resources.themes);
    const min = resources.themes.thresholds.sentence;
    const mentions = annotations.mentions ?? [];
    return { themes: sentences.map((s, i) => themeHits(sentenceCues(s.tokens, mentions[i] ?? [], c), min, c)) };
  },
};
