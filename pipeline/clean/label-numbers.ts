/**
 * A question number printed on the same line before a label ("01 Ren: …", "12 Q: …") is layout:
 * removed when what follows the number has the shape of a speaker label.
 */
import { parseLabel } from '../turns/labels.js';
import { WHY, type Work } from './work.js';

const LEADING_NUMBER = /^(\d{1,3})[.)]?\s+/;

export function stripNumberBeforeLabel(work: Work): void {
  for (let i = 0; i < work.lines.length; i++) {
    const w = work.lines[i];
    if (w.removed) continue;
    const m = LEADING_NUMBER.exec(w.text);
    if (!m) continue;
    const rest = w.text.slice(m[0].length);
    const next: string[] = [rest];
    for (let k = i + 1; k < work.lines.length && next.length < 3; k++) {
      if (work.lines[k].removed) continue;
      if (work.lines[k].text === '') break;
      next.push(work.lines[k].text);
    }
    if (!parseLabel(next, 0)) continue;
    work.removed.push({ file: work.file, line: w.line, what: m[1], why: WHY.questionNumber });
    work.markers.push({ line: w.line, kind: 'question-number', text: m[1] });
    w.text = rest;
  }
}
