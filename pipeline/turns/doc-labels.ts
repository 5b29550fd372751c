/**
 * The accepted labels of a cleaned document, computed once per document (split and every span's
 * turn finding need them, and evidence is document-wide: a label seen elsewhere counts).
 */
import type { CleanDoc } from '../types.js';
import type { ManifestDoc } from '../manifest.js';
import { scanLabels, type FoundLabel } from './label-scan.js';
import { knownParticipantKeys } from './participants.js';

const cache = new WeakMap<CleanDoc, Map<ManifestDoc | undefined, FoundLabel[]>>();

export function docLabels(clean: CleanDoc, doc?: ManifestDoc): FoundLabel[] {
  let byDoc = cache.get(clean);
  if (!byDoc) cache.set(clean, (byDoc = new Map()));
  let found = byDoc.get(doc);
  if (!found) byDoc.set(doc, (found = scanLabels(clean.lines, { known: knownParticipantKeys(doc) })));
  return found;
}

const byLineCache = new WeakMap<FoundLabel[], Map<number, FoundLabel>>();

/** Labels by the source line they start on (built once per document). */
export function labelsByLine(clean: CleanDoc, doc?: ManifestDoc): Map<number, FoundLabel> {
  const labels = docLabels(clean, doc);
  let out = byLineCache.get(labels);
  if (!out) {
    out = new Map();
    for (const l of labels) out.set(clean.lines[l.index].line, l);
    byLineCache.set(labels, out);
  }
  return out;
}
