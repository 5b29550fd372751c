/** The real pipeline stages, in process, for property and hostile-input tests. */
import { prepare, processDocument, type DocContext } from '../../pipeline/index.js';
import { tabulate } from '../../pipeline/tables/index.js';
import { clean } from '../../pipeline/clean/index.js';
import type { CleanDoc, DocResult, RawDoc, Tables } from '../../pipeline/types.js';

let ctx: DocContext | undefined;
export function context(): DocContext {
  ctx ??= prepare({});
  return ctx;
}

export function raw(text: string, file = 'random.txt'): RawDoc {
  return { file, encoding: 'UTF-8', text, sha256: '' };
}

/** Every stage from clean to the tables, as `analyze` runs them for one document. */
export function runAll(text: string, file?: string): { doc: DocResult; tables: Tables } {
  const doc = processDocument(raw(text, file), context());
  return { doc, tables: tabulate([doc], context()) };
}

/** Cleaned lines back to text: a glued line continues its last word on the next line, without a break. */
export function cleanedText(doc: CleanDoc): string {
  let out = '';
  doc.lines.forEach((l, i) => {
    out += l.text + (i === doc.lines.length - 1 || l.glue ? '' : '\n');
  });
  return out;
}

export { clean };

const WORD = /[\p{L}\p{N}]+/gu;
export const words = (text: string): string[] => text.match(WORD) ?? [];
