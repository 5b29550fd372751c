/**
 * themes.csv: per interview, speaker and theme — sentences carrying the theme, turns discussing it
 * substantially, share of the speaker's sentences, and theme sentences per 1,000 words spoken.
 * One row for every theme of every speaker, zeros included, so comparisons across interviews see
 * absence as well as presence.
 */
import type { AnalyzedInterview, AnalyzedSentence, ThemeRow } from '../../pipeline/types.js';
import type { ThemesResource } from './resource.js';
import { substantialThemes } from './substantial.js';
import { groupBy, round } from './group.js';

/** Accessors. */
const speakerOf = (s: AnalyzedSentence) => s.speaker;
const turnOf = (s: AnalyzedSentence) => s.turnIndex;
const carries = (theme: string) => (s: AnalyzedSentence) => s.themes.some((h) => h.theme === theme);

/** Reducers. */
const count = <T>(xs: readonly T[], p: (x: T) => boolean) => xs.reduce((n, x) => (p(x) ? n + 1 : n), 0);
const sumWords = (xs: readonly AnalyzedSentence[]) => xs.reduce((n, s) => n + s.nWords, 0);

export function themeRows(docs: readonly AnalyzedInterview[], themes: ThemesResource): ThemeRow[] {
  const rows: ThemeRow[] = [];
  for (const doc of docs) {
    for (const [speaker, said] of groupBy(doc.sentences, speakerOf)) {
      const words = sumWords(said);
      const turns = [...groupBy(said, turnOf).values()];
      const discussed = turns.map((t) => substantialThemes(t.map((s) => s.themes), themes.thresholds));
      for (const { id } of themes.themes) {
        const n = count(said, carries(id));
        rows.push({
          interview_id: doc.interview.id,
          speaker,
          theme: id,
          n_sentences: n,
          n_turns: count(discussed, (d) => d.has(id)),
          share: said.length === 0 ? 0 : round(n / said.length),
          per_1000_words: words === 0 ? 0 : round((n * 1000) / words, 3),
        });
      }
    }
  }
  return rows;
}
