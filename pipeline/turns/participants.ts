/**
 * Participants known from the manifest, as folded name keys, for label evidence and speaker matching.
 */
import type { ManifestDoc } from '../manifest.js';
import { foldName } from './names.js';

export function knownParticipantKeys(doc: ManifestDoc | undefined): string[] {
  const keys = new Set<string>();
  for (const iv of doc?.interviews ?? []) {
    for (const p of iv.participants) keys.add(foldName(p.label.split(',')[0]));
    if (iv.interviewee) keys.add(foldName(iv.interviewee));
  }
  keys.delete('');
  return [...keys].sort();
}
