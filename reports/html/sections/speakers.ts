/** Who speaks how much, and every speaker with role and totals. */
import { escapeHtml } from '../escape.js';
import { fmt } from '../format.js';
import { chartBlock } from '../chart.js';
import type { ReportModel } from '../model.js';
import { dataTable, section } from './section.js';

export function speakers(m: ReportModel): string {
  const totals = new Map<string, { roles: Set<string>; interviews: Set<string>; words: number; turns: number }>();
  for (const r of m.tables.speaker_words.rows) {
    const t = totals.get(r.speaker) ?? { roles: new Set<string>(), interviews: new Set<string>(), words: 0, turns: 0 };
    t.roles.add(r.role);
    t.interviews.add(r.interview_id);
    t.words += r.n_words;
    t.turns += r.n_turns;
    totals.set(r.speaker, t);
  }
  const rows = m.ctx.speakers.flatMap((name) => {
    const t = totals.get(name);
    return t ? [[escapeHtml(name), escapeHtml([...t.roles].sort().join(', ')), fmt.int(t.interviews.size), fmt.int(t.turns), fmt.int(t.words)]] : [];
  });
  return section(
    'speakers',
    'Words per speaker and role in each interview. Speakers are canonical names: label variants and spellings are merged.',
    chartBlock(m, 'speakers') + dataTable(['Speaker', 'Role', 'Interviews', 'Turns', 'Words'], rows, [2, 3, 4]),
  );
}
