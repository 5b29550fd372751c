/**
 * clean: RawDoc → CleanDoc. Removes the artifacts of PDF and web extraction, logging each removal
 * against its source line, and keeps paragraph breaks as empty lines. Steps, in order:
 *   leading spaces (page breaks) → running headers → page/question numbers → blank lines
 *   → question numbers before labels → kind → title / site navigation / front matter → hyphenation.
 * Linear in the document's length.
 */
import type { CleanDoc, CleanLine, DocKind, RawDoc } from '../types.js';
import type { ManifestDoc } from '../manifest.js';
import { stripLeadingSpace } from './leading-space.js';
import { removeRunningHeaders } from './headers.js';
import { removeNumberLines } from './page-numbers.js';
import { normaliseBlankLines } from './blank-lines.js';
import { detectKind } from './kind.js';
import { markHeadline, removeFrontMatter, removeSiteNavigation, removeTitle } from './edges.js';
import { repairHyphenation, type IsWord } from './hyphenation.js';
import { isEnglishWord } from './lexicon.js';
import { stripNumberBeforeLabel } from './label-numbers.js';
import { firstSessionStart } from './front-matter.js';
import { toWork, type Work } from './work.js';
import { knownParticipantKeys } from '../turns/participants.js';

export interface CleanOptions {
  /** Dictionary for hyphenation repair (default: the wink English lexicon). */
  isWord?: IsWord;
}

function cleanLines(work: Work): CleanLine[] {
  const out: CleanLine[] = [];
  for (const w of work.lines) {
    if (w.removed) continue;
    out.push(w.glue ? { line: w.line, text: w.text, glue: true } : { line: w.line, text: w.text });
  }
  return out;
}

export function clean(raw: RawDoc, doc?: ManifestDoc, options: CleanOptions = {}): CleanDoc {
  const source = raw.text.split('\n');
  const work = toWork(raw.file, raw.text);
  stripLeadingSpace(work, source);
  removeRunningHeaders(work);
  removeNumberLines(work);
  markHeadline(work);
  normaliseBlankLines(work);
  stripNumberBeforeLabel(work);
  const known = knownParticipantKeys(doc);
  const kind: DocKind = doc?.kind ?? detectKind(cleanLines(work), work.markers);
  if (kind === 'article') {
    removeTitle(work, false);
    removeSiteNavigation(work);
  } else if (kind === 'compilation') {
    removeFrontMatter(work, firstSessionStart(work, known));
  } else {
    removeTitle(work);
  }
  normaliseBlankLines(work);
  repairHyphenation(work, options.isWord ?? isEnglishWord);
  work.removed.sort((a, b) => a.line - b.line);
  work.markers.sort((a, b) => a.line - b.line);
  return { file: raw.file, kind, lines: cleanLines(work), removed: work.removed, markers: work.markers };
}
