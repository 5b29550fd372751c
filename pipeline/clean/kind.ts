/**
 * What kind of document this is, when the manifest does not say: several sessions with their own
 * running-header titles → compilation; quotations attributed with "he said" / "said NAME" and no speaker
 * labels → article; anything else → transcript.
 */
import type { CleanLine, CleanMarker, DocKind } from '../types.js';
import { scanLabels } from '../turns/label-scan.js';
import { countAttributedQuotes } from '../turns/quotes.js';

/** Fewer labels than this, with attributed quotes, reads as an article. */
const MIN_LABELS_FOR_TRANSCRIPT = 2;

export function detectKind(lines: readonly CleanLine[], markers: readonly CleanMarker[]): DocKind {
  const titles = new Set(markers.filter((m) => m.kind === 'running-header').map((m) => m.text));
  if (titles.size >= 2) return 'compilation';
  const labels = scanLabels(lines);
  if (labels.length < MIN_LABELS_FOR_TRANSCRIPT && countAttributedQuotes(lines.map((l) => l.text)) > 0) return 'article';
  return 'transcript';
}
