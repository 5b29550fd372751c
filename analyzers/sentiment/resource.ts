/**
 * The sentiment resource: lexicons and rules from data/sentiment/, validated on load and combined into
 * one word → valence table, so scoring is a single lookup per token. The stance cues live here too.
 *
 * Combination: valence(w) = Σ weight(l) · value(l, w) · 4 / scale(l) over the lexicons l that rate w.
 * Words rated by several lexicons get their agreement summed; a word only one noisy lexicon knows
 * stays faint. Weights were chosen on the VADER tweets, movie and Amazon sets, never on NYT.
 */
import path from 'node:path';
import { z } from 'zod';
import { finiteNumberRecord, loadJsonResource } from '../../pipeline/load-json.js';
import { compileCues, stanceCuesSchema, type StanceCues } from '../stance/cues.js';

const lexiconSchema = z.object({
  name: z.string(),
  source: z.string(),
  license: z.string(),
  /** Largest absolute value on the lexicon's own scale (VADER 4, AFINN 5, others 1). */
  scale: z.number().positive(),
  entries: finiteNumberRecord(),
});
export type LexiconFile = z.infer<typeof lexiconSchema>;

const weightSchema = z.number().finite();
const rulesSchema = z.object({
  lexicons: z.array(z.object({ file: z.string().regex(/^[\w.-]+\.json$/), weight: z.number().nonnegative() })).min(1),
  /** Degree adverbs: added to |valence| (boosters > 0, dampeners < 0), scaled by distance. */
  boosters: z.record(z.string(), weightSchema),
  /** Two-word degree phrases ("kind of", "sort of") treated like one booster on the second word. */
  boosterPhrases: z.record(z.string(), weightSchema),
  negators: z.array(z.string()),
  /** Words that open an unreal clause ("if", "would", "hope"): what follows is wished, not stated. */
  irrealis: z.array(z.string()),
  contrast: z.object({ word: z.string(), before: weightSchema, after: weightSchema }),
  params: z.object({
    negationScalar: weightSchema,
    negationWindow: z.number().int().min(1).max(6),
    /** Valence of a negator that negates nothing in the lexicon ("does not address the problem"). */
    bareNegation: weightSchema,
    /** Valence of "too" before an unrated content word ("too expensive"); a positive word after "too" is flipped by this factor. */
    tooValence: weightSchema,
    tooFlip: weightSchema,
    irrealisScalar: weightSchema,
    irrealisWindow: z.number().int().min(1).max(8),
    capsBoost: weightSchema,
    exclamation: weightSchema,
    exclamationMax: z.number().int().nonnegative(),
    question: weightSchema,
    questionMax: weightSchema,
    /** The sum is divided by (number of rated words)^lengthExponent before squashing. */
    lengthExponent: weightSchema,
    /** score = s / sqrt(s² + alpha). */
    alpha: z.number().positive(),
    /** |score| below this is neutral. */
    neutralBand: z.number().nonnegative(),
  }),
});
export type SentimentRules = z.infer<typeof rulesSchema>;

export interface SentimentResource {
  /** Normal form (or lemma) → combined valence on VADER's −4…4 scale. */
  valence: Map<string, number>;
  boosters: Map<string, number>;
  boosterPhrases: Map<string, number>;
  negators: Set<string>;
  irrealis: Set<string>;
  rules: SentimentRules;
  /** Stance cues (stance-cues.json), kept beside the lexicons they build on. */
  stance: StanceCues;
  /** Lexicon names and sizes, for the report's method notes. */
  sources: Array<{ name: string; license: string; entries: number; weight: number }>;
}

/** The folder the sentiment resource is read from: every file it reads is a .json file in it. */
export function sentimentDir(dataDir: string): string {
  return path.join(dataDir, 'sentiment');
}

export function loadSentimentResource(dataDir: string): SentimentResource {
  const dir = sentimentDir(dataDir);
  const rules = loadJsonResource(path.join(dir, 'rules.json'), rulesSchema);
  const valence = new Map<string, number>();
  const sources: SentimentResource['sources'] = [];
  for (const { file, weight } of rules.lexicons) {
    const lex = loadJsonResource(path.join(dir, file), lexiconSchema);
    const k = (weight * 4) / lex.scale;
    for (const [w, v] of Object.entries(lex.entries)) {
      if (v === 0) continue;
      valence.set(w, (valence.get(w) ?? 0) + k * v);
    }
    sources.push({ name: lex.name, license: lex.license, entries: Object.keys(lex.entries).length, weight });
  }
  return {
    valence,
    boosters: new Map(Object.entries(rules.boosters)),
    boosterPhrases: new Map(Object.entries(rules.boosterPhrases)),
    negators: new Set(rules.negators),
    irrealis: new Set(rules.irrealis),
    rules,
    stance: compileCues(loadJsonResource(path.join(dir, 'stance-cues.json'), stanceCuesSchema)),
    sources,
  };
}
