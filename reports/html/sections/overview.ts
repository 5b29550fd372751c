/** Corpus overview: the interviews, when, with whom, how long, and how much the speaker said. */
import { escapeHtml, localHref } from '../escape.js';
import { fmt } from '../format.js';
import { chartBlock } from '../chart.js';
import type { ReportModel } from '../model.js';
import { dataTable, section } from './section.js';

export function overview(m: ReportModel, from: string): string {
  const { ctx } = m;
  const sentences = new Map<string, number>();
  for (const s of ctx.tables.sentences) if (s.speaker === ctx.speaker) sentences.set(s.interview_id, (sentences.get(s.interview_id) ?? 0) + 1);
  const rows = m.tables.timeline.rows.map((r) => {
    const iv = ctx.interview.get(r.interview_id);
    const title = iv ? `<a href="${escapeHtml(localHref(from, iv.page))}">${escapeHtml(r.title || r.interview_id)}</a>` : escapeHtml(r.title);
    return [
      escapeHtml(r.date ?? 'undated'),
      title,
      escapeHtml(r.outlets),
      escapeHtml(r.kind),
      fmt.int(r.n_words),
      fmt.pct(r.speaker_share),
      fmt.int(sentences.get(r.interview_id) ?? 0),
      `<code>${escapeHtml(r.interview_id)}</code>`,
    ];
  });
  const words = m.tables.timeline.rows.reduce((a, r) => a + r.n_words, 0);
  const lead = `${fmt.int(ctx.interviews.length)} interviews, ${fmt.int(words)} words, ${fmt.int(ctx.tables.sentences.length)} sentences. The report follows <strong>${escapeHtml(ctx.speaker)}</strong>; every quote links to its turn in the transcript.`;
  return section(
    'overview',
    lead,
    chartBlock(m, 'interviews-timeline') +
      dataTable(['Date', 'Title (transcript)', 'Outlet', 'Kind', 'Words', `Share by ${ctx.speaker}`, 'Sentences', 'Id'], rows, [4, 5, 6]),
  );
}
