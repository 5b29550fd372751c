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

/** Reducers. */
const sumWords = (xs: readonly AnalyzedSentence[]) => xs.reduce((n, s) => n + s.nWords, 0);

/**
 * How many of `sentences` carry each theme (a sentence once, however many of its hits name it). One
 * pass over the hits, not one over the sentences per theme: a speaker of a million sentences and a
 * dozen themes made twelve million look-ups.
 */
function sentencesPerTheme(sentences: readonly AnalyzedSentence[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const s of sentences) {
    const hits = s.themes;
    for (let i = 0; i < hits.length; i++) {
      const theme = hits[i].theme;
      let earlier = false;
      for (let j = 0; j < i && !earlier; j++) earlier = hits[j].theme === theme;
      if (!earlier) n.set(theme, (n.get(theme) ?? 0) + 1);
    }
  }
  return n;
}

/** How many of the turns' theme sets hold each theme. */
function turnsPerTheme(discussed: readonly ReadonlySet<string>[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const d of discussed) for (const theme of d) n.set(theme, (n.get(theme) ?? 0) + 1);
  return n;
}

export function themeRows(docs: readonly AnalyzedInterview[], themes: ThemesResource): ThemeRow[] {
  const rows: ThemeRow[] = [];
  for (const doc of docs) {
    for (const [speaker, said] of groupBy(doc.sentences, speakerOf)) {
      const words = sumWords(said);
      const turns = [...groupBy(said, turnOf).values()];
      const perSentence = sentencesPerTheme(said);
      const perTurn = turnsPerTheme(turns.map((t) => substantialThemes(t.map((s) => s.themes), themes.thresholds)));
      for (const { id } of themes.themes) {
        const n = perSentence.get(id) ?? 0;
        rows.push({
          interview_id: doc.interview.id,
          speaker,
          theme: id,
          n_sentences: n,
          n_turns: perTurn.get(id) ?? 0,
          share: said.length === 0 ? 0 : round(n / said.length),
          per_1000_words: words === 0 ? 0 : round((n * 1000) / words, 3),
        });
      }
    }
  }
  return rows;
}
