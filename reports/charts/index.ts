/** The charts, in report order. Each is a pure function from derived tables to a Vega-Lite spec. */
import type { ChartDef } from './types.js';
import { timelineChart } from './timeline.js';
import { themesChart } from './themes.js';
import { stanceChart } from './stance.js';
import { sentimentChart } from './sentiment.js';
import { entitiesChart } from './entities.js';
import { keynessChart } from './keyness.js';
import { speakersChart } from './speakers.js';
import { promptedChart } from './prompted.js';

export const CHARTS: readonly ChartDef[] = [
  { name: 'interviews-timeline', section: 'overview', uses: ['timeline'], spec: timelineChart },
  { name: 'themes', section: 'themes', uses: ['theme_share', 'timeline'], spec: themesChart },
  { name: 'stance', section: 'stance', uses: ['stance_points', 'stance_groups', 'timeline'], spec: stanceChart },
  { name: 'sentiment', section: 'sentiment', uses: ['sentiment_summary', 'sentiment_groups', 'timeline'], spec: sentimentChart },
  { name: 'entities', section: 'entities', uses: ['entity_counts', 'entity_tone', 'timeline'], spec: entitiesChart },
  { name: 'keyness', section: 'terms', uses: ['keyness_top'], spec: keynessChart },
  { name: 'speakers', section: 'speakers', uses: ['speaker_words', 'timeline'], spec: speakersChart },
  { name: 'prompted', section: 'themes', uses: ['prompted', 'timeline'], spec: promptedChart },
];

export type { ChartDef, ChartInput } from './types.js';
export type { ChartFocus, ParamName } from './common.js';
