/**
 * Themes (`data/themes.json`): weighted cues per theme and the thresholds that say when a sentence
 * carries a theme and when a turn discusses it substantially. Validated on load; kept as plain data.
 */
import { z } from 'zod';
import { loadJsonResource } from '../../pipeline/load-json.js';

const theme = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/, 'a theme id of lower-case letters, digits and "_"'),
    label: z.string().min(1),
    description: z.string(),
    cues: z.record(z.string().min(1), z.number().positive()),
  })
  .strict();

export const themesSchema = z
  .object({
    $comment: z.union([z.string(), z.array(z.string())]).optional(),
    thresholds: z
      .object({
        sentence: z.number().positive(),
        turnWeight: z.number().nonnegative(),
        turnMinSentences: z.number().int().min(1),
        turnShare: z.number().min(0).max(1),
      })
      .strict(),
    themes: z
      .array(theme)
      .min(1)
      .refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, 'unique theme ids'),
  })
  .strict();

export type ThemesResource = z.output<typeof themesSchema>;
export type ThemeThresholds = ThemesResource['thresholds'];

export function loadThemesResource(file: string): ThemesResource {
  return loadJsonResource(file, themesSchema);
}
