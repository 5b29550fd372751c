/**
 * Turns of a news article: the interviewee's quotations become his turns, everything else the
 * narrator's (the reporter's prose, said-clauses included). A quotation left open at a paragraph's
 * end runs on into the next paragraph's opening quotation and stays one turn. "He"/"she" in a
 * said-clause is the article's interviewee; a name resolves to the interviewee when it is part of
 * the interviewee's name.
 */
import type { CleanLine, InterviewSpan } from '../types.js';
import { findQuotes, speakerQuotes } from './quotes.js';
import { TurnText } from './text.js';

export interface ArticleSegment {
  /** null: the narrator. Otherwise the attribution as written ("he", "Ren"). */
  who: string | null;
  body: TurnText;
}

function paragraphs(lines: readonly CleanLine[]): TurnText[] {
  const out: TurnText[] = [];
  let cur: TurnText | null = null;
  let prev: CleanLine | undefined;
  for (const l of lines) {
    if (l.text === '') {
      cur = null;
      continue;
    }
    if (!cur) {
      cur = new TurnText();
      out.push(cur);
      prev = undefined;
    }
    cur.append(l.text, l.line, prev?.glue ? '' : ' ');
    prev = l;
  }
  return out;
}

export function articleSegments(span: InterviewSpan): ArticleSegment[] {
  const segments: ArticleSegment[] = [];
  const push = (who: string | null, from: TurnText, start: number, end: number, continues: boolean) => {
    const last = segments[segments.length - 1];
    if (last && continues && last.who !== null && who !== null) {
      last.body.appendSlice(from, start, end, '\n');
      return;
    }
    if (last && last.who === null && who === null) {
      last.body.appendSlice(from, start, end, start === 0 ? '\n' : ' ');
      return;
    }
    const body = new TurnText();
    body.appendSlice(from, start, end, '');
    if (body.text) segments.push({ who, body });
  };
  const paras = paragraphs(span.lines);
  let openBefore = false;
  let carried: string | null = null;
  // Attribution may come after a quotation continued across paragraphs: resolve chains first.
  const found = paras.map((p) => {
    const spans = findQuotes(p.text, openBefore);
    openBefore = spans.length > 0 && spans[spans.length - 1].open;
    return spans;
  });
  for (let k = found.length - 1; k > 0; k--) {
    const first = found[k][0];
    const prevLast = found[k - 1][found[k - 1].length - 1];
    if (first?.continued && first.who && prevLast?.open && !prevLast.who) prevLast.who = first.who;
  }
  paras.forEach((p, k) => {
    const quotes = speakerQuotes(p.text, found[k], carried);
    let pos = 0;
    for (const q of quotes) {
      if (q.start > pos) push(null, p, pos, q.start, false);
      push(q.who, p, q.start, q.end, q.continued && pos === 0);
      pos = q.end;
    }
    if (pos < p.text.length) push(null, p, pos, p.text.length, false);
    const lastQuote = quotes[quotes.length - 1];
    carried = lastQuote?.open ? lastQuote.who : null;
  });
  return segments;
}
