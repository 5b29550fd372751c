/**
 * Numbers that are layout, not speech: page numbers and question numbers on their own lines, and the
 * same numbers glued to the end of a line whose sentence continues on the next page.
 * Page numbers are told from question numbers by position (next to a running header) and by
 * sequence (page numbers only grow).
 */
import { PAGE_NUMBER } from './headers.js';
import { WHY, removeLine, type Work } from './work.js';

/** How far a page number may jump past the previous one and still be read as the next page. */
const MAX_PAGE_JUMP = 40;

function numberValue(text: string): number {
  return Number(/\d+/.exec(text)?.[0] ?? NaN);
}

export function removeNumberLines(work: Work): void {
  const { lines } = work;
  const headerLines = new Set(work.markers.filter((m) => m.kind === 'running-header').map((m) => m.line));
  let lastPage = 0;
  const classify = (value: string, nextIsHeader: boolean, nextIsNumber: boolean): string => {
    const n = numberValue(value);
    const leadingZero = /^0\d/.test(value);
    if (nextIsHeader || (!nextIsNumber && !leadingZero && n > lastPage && n <= lastPage + MAX_PAGE_JUMP && lastPage > 0)) {
      lastPage = n;
      return WHY.pageNumber;
    }
    return WHY.questionNumber;
  };
  for (let i = 0; i < lines.length; i++) {
    const w = lines[i];
    if (w.removed || !PAGE_NUMBER.test(w.text)) continue;
    let k = i + 1;
    while (k < lines.length && lines[k].text === '' && !lines[k].removed) k++;
    const next = lines[k];
    const nextIsHeader = next !== undefined && headerLines.has(next.line);
    const nextIsNumber = next !== undefined && !next.removed && PAGE_NUMBER.test(next.text);
    const why = classify(w.text, nextIsHeader, nextIsNumber);
    work.markers.push({ line: w.line, kind: why === WHY.pageNumber ? 'page-break' : 'question-number', text: w.text });
    removeLine(work, w, why);
  }
  removeGluedNumbers(work, () => lastPage);
}

/**
 * "… Do you think 11" ⏎ " it is a paradox …": a 1–3 digit number ending a line without trailing space,
 * where the next line opens a new page or the next content is a removed page block, and the
 * sentence goes on in lower case. A leading zero ("06") is never a quantity in prose, so it goes
 * whatever the whitespace around it: cleaned text has lost that whitespace, and cleaning it again
 * must not find a number the first pass kept.
 */
function removeGluedNumbers(work: Work, lastPage: () => number): void {
  const { lines } = work;
  for (let i = 0; i < lines.length; i++) {
    const w = lines[i];
    if (w.removed) continue;
    // Only a line ending in a digit can match; the rest are passed over without the regex's backtracking.
    const last = w.text.charCodeAt(w.text.length - 1);
    if (!(last >= 0x30 && last <= 0x39)) continue;
    const m = /^(.*\S)\s+(\d{1,3})$/u.exec(w.text);
    // What is left must not read as a number line itself ("5 12"): a second pass would remove it.
    if (!m || /[.?!:]$/.test(m[1]) || PAGE_NUMBER.test(m[1])) continue;
    const leadingZero = /^0\d/.test(m[2]);
    if (w.trailingSpace && !leadingZero) continue;
    let k = i + 1;
    let crossedRemoved = false;
    while (k < lines.length && (lines[k].text === '' || lines[k].removed)) {
      if (lines[k].removed && lines[k].text !== '') crossedRemoved = true;
      k++;
    }
    const next = lines[k];
    if (!next) continue;
    const pageBreakNext = lines[i + 1]?.leadingSpace === true || crossedRemoved;
    const continues = /^\p{Ll}/u.test(next.text);
    if (!(continues && (pageBreakNext || leadingZero))) continue;
    const n = Number(m[2]);
    const why = !leadingZero && n > lastPage() && n <= lastPage() + MAX_PAGE_JUMP ? WHY.pageNumber : WHY.questionNumber;
    work.removed.push({ file: work.file, line: w.line, what: m[2], why });
    work.markers.push({ line: w.line, kind: why === WHY.pageNumber ? 'page-break' : 'question-number', text: m[2] });
    w.text = m[1];
  }
}
