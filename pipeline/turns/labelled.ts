/**
 * Turns of a labelled transcript: each accepted label opens a turn that runs to the next label.
 * Text before the first label (an introduction) is the narrator's.
 */
import type { CleanDoc, CleanLine, InterviewSpan } from '../types.js';
import type { ManifestDoc } from '../manifest.js';
import { labelsByLine } from './doc-labels.js';
import type { FoundLabel } from './label-scan.js';
import { TurnText } from './text.js';

export interface RawTurn {
  label: FoundLabel | null;
  body: TurnText;
}

/** The separator before a line: nothing after a hyphenated break, a newline after a paragraph break. */
function separator(prev: CleanLine | undefined, paragraphBreak: boolean): string {
  if (prev?.glue) return '';
  return paragraphBreak ? '\n' : ' ';
}

export function labelledTurns(span: InterviewSpan, clean: CleanDoc, doc?: ManifestDoc): RawTurn[] {
  const labels = labelsByLine(clean, doc);
  const turns: RawTurn[] = [];
  let current: RawTurn | null = null;
  let prev: CleanLine | undefined;
  let paragraphBreak = false;
  for (let i = 0; i < span.lines.length; i++) {
    const l = span.lines[i];
    if (l.text === '') {
      paragraphBreak = true;
      continue;
    }
    const label = labels.get(l.line);
    if (label) {
      current = { label, body: new TurnText() };
      turns.push(current);
      const last = span.lines[i + label.lineCount - 1];
      i += label.lineCount - 1;
      current.body.append(last.text.slice(label.restOffset), last.line, '');
      prev = last;
      paragraphBreak = false;
      continue;
    }
    if (!current) {
      current = { label: null, body: new TurnText() };
      turns.push(current);
    }
    current.body.append(l.text, l.line, separator(prev, paragraphBreak));
    prev = l;
    paragraphBreak = false;
  }
  return turns;
}
