/**
 * The analyzers, in the one order they run. Each declares what it needs and what it adds;
 * `planAnalyzers` rejects a plan whose requirements are not met before any text is read.
 *
 *   sentences ─▶ sentiment ─▶ entities ─▶ themes ─▶ terms ─▶ stance
 */
import type { AnyAnalyzer } from './types.js';
import { sentimentAnalyzer } from './sentiment/index.js';
import { entitiesAnalyzer } from './entities/index.js';
import { themesAnalyzer } from './themes/index.js';
import { termsAnalyzer } from './terms/index.js';
import { stanceAnalyzer } from './stance/index.js';

export const ANALYZERS: readonly AnyAnalyzer[] = [
  sentimentAnalyzer,
  entitiesAnalyzer,
  themesAnalyzer,
  termsAnalyzer,
  stanceAnalyzer,
];

export { planAnalyzers, runAnalyzers, startHelpers, stopHelpers } from './registry.js';
export type * from './types.js';
