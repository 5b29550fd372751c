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
  // Quotes first: a regex over each line, where the label scan reads every line as a possible label
  // (three quarters of the clean stage of a transcript of a million short lines), and most transcripts quote no one.
  if (countAttributedQuotes(lines.map((l) => l.text)) > 0 && scanLabels(lines).length < MIN_LABELS_FOR_TRANSCRIPT) return 'article';
  return 'transcript';
}
