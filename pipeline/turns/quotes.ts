/**
 * Quotations in news prose and who said them. A quotation is attributed by the said-clause right
 * next to it (“…,” he said. / “…,” said Ren. / Ren said: “…”); a quotation left open at the end of a
 * paragraph continues in the next paragraph's opening quotation; a full-sentence quotation that
 * follows an attributed one in the same paragraph keeps its speaker. Short unattributed quotes inside
 * a sentence (“humane management”) stay the reporter's prose.
 */

const SAY = '(?:said|says|say|added|adds|told|explained|insisted|continued|noted|stressed|argued|warned|asked|replied|answered|declared|claimed|remarked|recalled|wrote)';
const NAME = "(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s)?\\p{Lu}[\\p{L}\\p{M}'’-]{0,30}(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]{0,30}){0,2}";
const PRONOUN = '(?:he|she|they)';
const WHO = `(${PRONOUN}|${NAME})`;

/** After a closing quotation mark: ", he said" / " said Ren" / " Ren added". */
const AFTER = new RegExp(`^\\s*(?:,\\s*)?(?:${WHO}\\s+${SAY}\\b|${SAY}\\s+${WHO})`, 'u');
/** Before an opening quotation mark: "Ren said: " / "he added, ". */
const BEFORE = new RegExp(`${WHO}\\s+${SAY}\\s*[:,]?\\s*$`, 'u');
/** Quick test used to recognise articles. */
const ATTRIBUTED = new RegExp(`[”"]\\s*,?\\s*(?:${PRONOUN}|\\p{Lu}\\p{L}+)\\s+${SAY}\\b|[”"]\\s*,?\\s*${SAY}\\s+(?:${PRONOUN}|\\p{Lu})`, 'u');

/** Quotations of fewer words inside prose are phrases the reporter uses, not turns. */
export const MIN_QUOTE_WORDS = 4;
/** How far before an opening mark a said-clause may start. */
const BEFORE_WINDOW = 60;

export function countAttributedQuotes(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) if (t && ATTRIBUTED.test(t)) n++;
  return n;
}

export interface QuoteSpan {
  /** Offsets in the paragraph, including the quotation marks. */
  start: number;
  end: number;
  /** Opened but not closed before the paragraph ended. */
  open: boolean;
  /** Continues a quotation left open in the previous paragraph. */
  continued: boolean;
  /** Who the said-clause names: a name as written, a pronoun, or null when unattributed. */
  who: string | null;
}

const OPENERS = new Set(['“', '"', '«']);
const CLOSER: Record<string, string> = { '“': '”', '"': '"', '«': '»' };

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;
}

/** Find quotations in one paragraph; `openBefore` tells whether the previous paragraph left one open. */
export function findQuotes(paragraph: string, openBefore: boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < paragraph.length) {
    const ch = paragraph[i];
    if (!OPENERS.has(ch) || (ch === '"' && i > 0 && /[\p{L}\p{N}]/u.test(paragraph[i - 1]))) {
      i++;
      continue;
    }
    const close = paragraph.indexOf(CLOSER[ch], i + 1);
    const end = close < 0 ? paragraph.length : close + 1;
    spans.push({
      start: i,
      end,
      open: close < 0,
      continued: openBefore && spans.length === 0 && paragraph.slice(0, i).trim() === '',
      who: null,
    });
    i = end;
  }
  for (const [k, s] of spans.entries()) {
    const after = s.open ? null : AFTER.exec(paragraph.slice(s.end, s.end + BEFORE_WINDOW));
    const beforeText = paragraph.slice(Math.max(s.start - BEFORE_WINDOW, k > 0 ? spans[k - 1].end : 0), s.start);
    const before = BEFORE.exec(beforeText);
    s.who = after ? (after[1] ?? after[2]) : before ? before[1] : null;
  }
  return spans;
}

/** Keep the quotations that are someone's words: attributed, inherited or continued ones. */
export function speakerQuotes(paragraph: string, spans: QuoteSpan[], carried: string | null): Array<QuoteSpan & { who: string }> {
  const out: Array<QuoteSpan & { who: string }> = [];
  let last: string | null = null;
  for (const s of spans) {
    let who = s.who;
    if (!who && s.continued && carried) who = carried;
    const body = paragraph.slice(s.start, s.end);
    if (!who && last && wordCount(body) >= MIN_QUOTE_WORDS) who = last;
    if (!who) continue;
    out.push({ ...s, who });
    last = who;
  }
  return out;
}
