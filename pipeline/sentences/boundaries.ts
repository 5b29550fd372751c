/**
 * Corrections to wink's sentence boundaries, as rules over token spans. wink already keeps most
 * abbreviations ("Mr.", "U.S.", "No. 1") inside a sentence; these rules repair what it still splits:
 * a span ending in a title or "No." before a name or number, a span that continues in lower case
 * (`"Really?" he said.`), spans made only of punctuation, and "5G." read as an initial.
 */

/** Abbreviations that never end a sentence in practice: they always announce a name or a number. */
export const NEVER_FINAL: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'no.', 'nos.', 'gen.', 'sen.', 'rep.', 'gov.', 'pres.',
  'rev.', 'hon.', 'col.', 'capt.', 'lt.', 'sgt.', 'vs.', 'v.', 'fig.', 'approx.', 'dept.', 'mt.',
]);

export interface TokenSpan {
  /** First and last token index, inclusive (wink's span convention). */
  first: number;
  last: number;
}

export interface BoundaryView {
  normal: string[];
  value: string[];
  type: string[];
  /** Whitespace before each token. */
  spaces: string[];
}

/**
 * wink reads "5G." as a number and an initial ("G."), so "… in 5G. Others …" stays one sentence.
 * An initial glued to a number and followed by a capitalised word ends the sentence.
 */
function gluedInitialEnds(v: BoundaryView, i: number): boolean {
  if (v.spaces[i] !== '' || v.type[i - 1] !== 'number' || !/^[A-Z]\.$/.test(v.value[i])) return false;
  const next = v.value[i + 1];
  return next !== undefined && /^[A-Z]/.test(next) && v.spaces[i + 1] !== '';
}

function splitGlued(v: BoundaryView, spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let first = s.first;
    for (let i = s.first + 1; i < s.last; i++) {
      if (gluedInitialEnds(v, i)) {
        out.push({ first, last: i });
        first = i + 1;
      }
    }
    out.push({ first, last: s.last });
  }
  return out;
}

function hasContent(v: BoundaryView, s: TokenSpan): boolean {
  for (let i = s.first; i <= s.last; i++) {
    const t = v.type[i];
    if (t !== 'punctuation' && t !== 'symbol' && t !== 'tabCRLF') return true;
  }
  return false;
}

function firstContent(v: BoundaryView, s: TokenSpan): number {
  for (let i = s.first; i <= s.last; i++) if (v.type[i] !== 'punctuation' && v.type[i] !== 'tabCRLF') return i;
  return s.first;
}

/**
 * True when the span after `prev` continues prev's sentence rather than starting a new one.
 * `nextHasContent` and `prevHasContent` are `hasContent` of the two spans, passed in because `prev`
 * grows as spans merge into it: scanning it again for every span would be quadratic ("?!?!…").
 */
function continues(v: BoundaryView, prev: TokenSpan, next: TokenSpan, prevHasContent: boolean, nextHasContent: boolean): boolean {
  if (!nextHasContent || !prevHasContent) return true;
  const lastNormal = v.normal[prev.last];
  if (NEVER_FINAL.has(lastNormal)) return true;
  const head = v.value[firstContent(v, next)];
  // A lower-case opening word continues the sentence ("… in the U.S. market", `"Why?" he asked.`).
  const c = head.charAt(0);
  return c !== c.toUpperCase();
}

export function repairBoundaries(v: BoundaryView, spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  /** hasContent of each span of `out`, kept as spans merge. */
  const content: boolean[] = [];
  for (const s of splitGlued(v, spans)) {
    const prev = out[out.length - 1];
    const sHasContent = hasContent(v, s);
    if (prev && continues(v, prev, s, content[out.length - 1], sHasContent)) {
      // Tokens between the two spans (wink leaves none, but the merged span would hold them) count too.
      const gap = s.first > prev.last + 1 && hasContent(v, { first: prev.last + 1, last: s.first - 1 });
      content[out.length - 1] ||= sHasContent || gap;
      prev.last = s.last;
    } else {
      out.push({ ...s });
      content.push(sHasContent);
    }
  }
  // A leading punctuation-only span has no predecessor: fold it into what follows.
  if (out.length > 1 && !content[0]) {
    out[1].first = out[0].first;
    out.shift();
  }
  return out;
}
