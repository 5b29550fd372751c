/**
 * What surrounds the text proper: a title line at the top (kept as a marker, it names the interview),
 * front matter before a compilation's first session, and site navigation after an article's last
 * paragraph ("Read more …", section names).
 */
import { WHY, endsSentence, removeLine, type Work } from './work.js';
import { parseLabel } from '../turns/labels.js';

/** Navigation lines are short; an article's own last paragraph ends a sentence. */
const MAX_NAV_CHARS = 80;

function live(work: Work) {
  return work.lines.filter((w) => !w.removed);
}

/** Remember a first line standing alone that reads as a headline, before blank lines are judged. */
export function markHeadline(work: Work): void {
  const i = work.lines.findIndex((w) => !w.removed && w.text !== '');
  if (i < 0 || work.lines[i + 1]?.text !== '' || !isHeadline(work.lines[i].text)) return;
  // "Ren: There is a book named" opens a turn; "Mayor Reyes: no new taxes" (lower case after the colon) is a headline.
  const label = parseLabel([work.lines[i].text], 0);
  if (label && !/^\p{Ll}/u.test(work.lines[i].text.slice(label.restOffset))) return;
  work.headline = i;
}

/**
 * The first line, when it is a headline on its own. In a transcript it must not be a speaker label;
 * an article has no labels, so "Mayor Reyes: no new taxes" is its headline.
 */
export function removeTitle(work: Work, labelsPossible = true): void {
  if (work.headline === undefined) return;
  const lines = live(work);
  const first = lines[0];
  if (first !== work.lines[work.headline] || lines[1]?.text !== '') return;
  if (!isHeadline(first.text) || (labelsPossible && parseLabel([first.text], 0) !== null)) return;
  work.markers.push({ line: first.line, kind: 'title', text: first.text });
  removeLine(work, first, WHY.title);
  removeLine(work, lines[1], WHY.edgeBlank);
}

/** A headline: short, no sentence punctuation at the end, starts with a capital. */
function isHeadline(text: string): boolean {
  return text.length >= 8 && text.length <= 150 && /^\p{Lu}/u.test(text) && !/[.?!,;]$/.test(text);
}

export function removeSiteNavigation(work: Work): void {
  const lines = live(work);
  for (let i = lines.length - 1; i >= 0; i--) {
    const w = lines[i];
    if (w.text !== '' && (endsSentence(w.text) || w.text.length > MAX_NAV_CHARS)) break;
    removeLine(work, w, w.text === '' ? WHY.edgeBlank : WHY.siteNavigation);
  }
}

/** Everything before the first session's start (the line index in `work.lines`) is front matter. */
export function removeFrontMatter(work: Work, start: number): void {
  for (let i = 0; i < start; i++) {
    const w = work.lines[i];
    if (!w.removed) removeLine(work, w, w.text === '' ? WHY.edgeBlank : WHY.frontMatter);
  }
}
