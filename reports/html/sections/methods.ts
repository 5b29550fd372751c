/** Methods panel: how each number is made, how much text the resources reach, and where numbers are thin. */
import { escapeHtml } from '../escape.js';
import { fmt } from '../format.js';
import type { ReportModel } from '../model.js';
import { FEW } from '../../tables/themes.js';
import { INTERVIEW_COLUMNS } from '../../tables/groups.js';
import { BOOTSTRAP_MAX_VALUES } from '../../../analyzers/stance/bootstrap.js';
import { dataTable, section } from './section.js';

export function methods(m: ReportModel): string {
  const { ctx, tables } = m;
  const coverage = tables.coverage.rows.filter((r) => r.speaker === ctx.speaker);
  const coverageTable = dataTable(
    ['Interview', 'Sentences', 'Words', 'Sentiment lexicon scored', 'With a theme', 'With an entity'],
    coverage.map((r) => [escapeHtml(r.interview), fmt.int(r.n_sentences), fmt.int(r.n_words), fmt.pct(r.share_sentiment_scored), fmt.pct(r.share_with_theme), fmt.pct(r.share_with_entity)]),
    [1, 2, 3, 4, 5],
  );
  const caveats: string[] = [];
  for (const p of tables.stance_points.rows.filter((r) => r.speaker === ctx.speaker && r.few)) {
    caveats.push(`Stance toward ${escapeHtml(p.target)} in ${escapeHtml(p.interview)} rests on ${fmt.int(p.n_sentences)} sentence${p.n_sentences === 1 ? '' : 's'}.`);
  }
  for (const s of tables.sentiment_summary.rows.filter((r) => r.speaker === ctx.speaker && r.few)) {
    caveats.push(`${escapeHtml(ctx.speaker)} has only ${fmt.int(s.n_sentences)} sentence${s.n_sentences === 1 ? '' : 's'} in ${escapeHtml(s.interview)}: its theme shares and sentiment are fragile.`);
  }
  const undated = ctx.interviews.filter((iv) => !iv.date);
  if (undated.length) caveats.push(`Undated interviews are left off the time axes: ${undated.map((iv) => escapeHtml(iv.id)).join(', ')}.`);
  if (ctx.undatedExcluded.length) caveats.push(`Left out by the date range because they have no date: ${ctx.undatedExcluded.map((id) => escapeHtml(id)).join(', ')}.`);
  const missing = ctx.targets.filter((t) => !tables.stance_points.rows.some((r) => r.target === t && r.speaker === ctx.speaker));
  if (missing.length) caveats.push(`No stance measured for: ${missing.map((t) => escapeHtml(t)).join(', ')}.`);
  const removed = new Map<string, number>();
  for (const r of ctx.tables.removed) removed.set(r.why, (removed.get(r.why) ?? 0) + 1);
  const removedText = [...removed].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([why, n]) => `${fmt.int(n)} × ${escapeHtml(why)}`).join(', ');
  const dictionary = dataTable(
    ['Table', 'Rows', 'Holds', 'Files'],
    Object.values(tables).map((t) => [
      `<code>${escapeHtml(t.name)}</code>`,
      fmt.int(t.rows.length),
      escapeHtml(t.describes),
      `<a href="data/${escapeHtml(t.name)}.csv">csv</a> · <a href="data/${escapeHtml(t.name)}.json">json</a>`,
    ]),
    [1],
  );
  const notes = [
    'Sentences are attributed to the speaker of the turn they are in; each links back to its turn and source line.',
    'Theme share: the share of the speaker’s sentences in an interview that match at least one cue of the theme.',
    `Stance: each sentence about a target (naming it, carrying it as a theme, or referring back to it with “they/them”) gets a score from stance cues (for/against phrases, negation, ironic thanks) and, in part, its sentiment; per interview the scores are averaged, with a seeded 95% percentile-bootstrap interval (over more than ${fmt.int(BOOTSTRAP_MAX_VALUES)} turns, the normal interval, which the bootstrap’s converges to).`,
    'Sentiment: lexicon-based score per sentence in [−1, 1], with VADER’s rules (degree adverbs, negation, capitals, contrastive “but”) and a few additions; sentences inside the resource’s neutral band are labelled neutral.',
    'Keyness: log-likelihood G² of a lemma’s count in one interview against all others, with the log ratio as effect size.',
    `A number resting on fewer than ${FEW} sentences is marked “few” and drawn faint.`,
    `Interview groups: past ${INTERVIEW_COLUMNS} interviews, the charts with a column per interview draw at most ${INTERVIEW_COLUMNS} groups of consecutive interviews, in time order. A group’s counts are summed and its shares made from the sums; its stance is the mean of its turns’ scores, with an interval from resampling those turns; its sentiment distribution is that of its sentences. Each interview’s own figures stay in the data files.`,
  ];
  return section(
    'methods',
    'How the numbers are made, how much of the text the resources reach, and where a number rests on little text.',
    `<h3>Caveats</h3>${caveats.length ? `<ul>${caveats.map((c) => `<li>${c}</li>`).join('')}</ul>` : '<p class="muted">None.</p>'}` +
      `<h3>Coverage for ${escapeHtml(ctx.speaker)}</h3>${coverageTable}` +
      `<h3>Method notes</h3><ul>${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` +
      `<h3>Cleaning</h3><p>${removedText ? `Removed from the sources before analysis: ${removedText} (see <code>data/removed.csv</code>).` : 'Nothing was removed from the sources.'}</p>` +
      (m.warnings.length ? `<h3>Warnings</h3><ul>${m.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>` : '') +
      `<h3>Data files</h3>${dictionary}`,
  );
}
