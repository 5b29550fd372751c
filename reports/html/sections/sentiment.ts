/** Sentiment of the speaker's sentences per interview: distribution, summary, and the extremes as quotes. */
import { escapeHtml } from '../escape.js';
import { fmt } from '../format.js';
import { chartBlock } from '../chart.js';
import type { ReportModel } from '../model.js';
import { evidence, type Evidence } from '../../tables/evidence.js';
import { quotes } from '../quote.js';
import { rowsOf } from '../../context.js';
import { its } from '../../tables/its.js';
import { dataTable, fewMark, section } from './section.js';

export function sentiment(m: ReportModel, from: string): string {
  const { ctx } = m;
  const summary = m.tables.sentiment_summary.rows.filter((r) => r.speaker === ctx.speaker);
  const table = dataTable(
    ['Interview', 'Sentences', 'Mean', 'Median', 'Quartiles', 'Negative', 'Neutral', 'Positive'],
    summary.map((r) => [
      escapeHtml(r.interview),
      fmt.int(r.n_sentences) + fewMark(r.few),
      fmt.signed(r.mean),
      fmt.signed(r.median),
      `${fmt.signed(r.q1)} … ${fmt.signed(r.q3)}`,
      fmt.pct(r.share_negative),
      fmt.pct(r.share_neutral),
      fmt.pct(r.share_positive),
    ]),
    [1, 2, 3, 5, 6, 7],
  );
  const extremes = ctx.interviews
    .map((iv) => {
      const own = rowsOf(ctx, iv.id).sentences.filter((s) => s.speaker === ctx.speaker);
      if (!own.length) return '';
      const low = own.reduce((a, b) => (b.sentiment < a.sentiment ? b : a));
      const high = own.reduce((a, b) => (b.sentiment > a.sentiment ? b : a));
      const list: Evidence[] = [low, high].filter((s, i, all) => all.indexOf(s) === i).flatMap((s) => evidence(ctx, its.sentenceId(s)) ?? []);
      return `<h4>${escapeHtml(iv.label)} <span class="muted">most negative (${fmt.signed(low.sentiment)}) and most positive (${fmt.signed(high.sentiment)})</span></h4>${quotes(from, list)}`;
    })
    .join('\n');
  return section(
    'sentiment',
    `Lexicon-based sentiment of each of ${escapeHtml(ctx.speaker)}’s sentences, from −1 to +1: the box shows the middle half of the sentences, whiskers the spread; bars the share of negative, neutral and positive sentences.`,
    chartBlock(m, 'sentiment') + table + `<details><summary>Most negative and most positive sentence per interview</summary>${extremes}</details>`,
  );
}
