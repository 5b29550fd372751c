/**
 * tabulate: per-document results → the corpus's tidy tables. Each table has one builder, owned by
 * the stage or analyzer that knows its meaning; builder.ts folds documents into them one at a time
 * (the documents stage streams through it), and this is the same for documents already in hand.
 */
import type { DocResult, Tables } from '../types.js';
import type { DocContext } from '../index.js';
import { TableBuilder } from './builder.js';

export { TableBuilder } from './builder.js';

/** The tables of `docs`, whose interview ids are already unique (split/corpus-ids.ts). */
export function tabulate(docs: readonly DocResult[], ctx: DocContext): Tables {
  const builder = new TableBuilder(ctx);
  for (const d of docs) builder.add(d);
  return builder.finish(builder.docIds.map((d) => d.ids));
}
