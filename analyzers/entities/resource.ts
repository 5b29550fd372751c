/**
 * The entity gazetteer and alias table (`data/entities.json`), validated on load. The resource stays
 * plain data so it can cross worker threads; the matcher is compiled from it once per thread
 * (see gazetteer.ts).
 */
import { z } from 'zod';
import { loadJsonResource } from '../../pipeline/load-json.js';

const word = z.string().min(1);

const aliasRule = z
  .object({
    text: word,
    notBefore: z.array(word).optional(),
    onlyBefore: z.array(word).optional(),
    notAfter: z.array(word).optional(),
    notAfterName: z.boolean().optional(),
    ambiguous: z.enum(['start', 'always']).optional(),
  })
  .strict();

export const aliasSchema = z.union([word, aliasRule]);

const entityType = z.enum(['country', 'company', 'organization', 'person']);

const entity = z
  .object({
    id: word,
    type: entityType,
    aliases: z.array(aliasSchema).min(1),
    demonyms: z.array(aliasSchema).optional(),
    $comment: z.string().optional(),
  })
  .strict();

const byType = z
  .object({
    country: z.array(word).optional(),
    company: z.array(word).optional(),
    organization: z.array(word).optional(),
    person: z.array(word).optional(),
  })
  .strict();

export const entitiesSchema = z
  .object({
    $comment: z.union([z.string(), z.array(z.string())]).optional(),
    titles: z.array(word),
    roleLabels: z.array(word),
    notNames: z.array(word),
    otherNames: z.array(word),
    orgHeads: z.object({ company: z.array(word), organization: z.array(word) }).strict(),
    cues: byType,
    entities: z.array(entity),
  })
  .strict();

export type EntitiesResource = z.output<typeof entitiesSchema>;
export type EntityEntry = EntitiesResource['entities'][number];
export type AliasSpec = z.output<typeof aliasSchema>;

export function loadEntitiesResource(file: string): EntitiesResource {
  return loadJsonResource(file, entitiesSchema);
}
