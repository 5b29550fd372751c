/**
 * themes.csv: per interview, speaker and theme — sentences carrying the theme, turns discussing it
 * substantially, share of the speaker's sentences, and theme sentences per 1,000 words spoken.
 * One row for every theme of every speaker, zeros included, so comparisons across interviews see
 * absence as well as presence.
 */
import type { AnalyzedInterview, AnalyzedSentence, ThemeRow } from '../../pipeline/types.js';
import type { ThemesResource } from './resource.js';
import { TurnThemes } from './substantial.js';
import { groupBy, round } from './group.js';

/** Accessors. */
const speakerOf = (s: AnalyzedSentence) => s.speaker;

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

/** What one speaker's sentences of an interview add up to, so far. */
interface SpeakerTally {
  sentences: number;
  words: number;
  /** Theme → sentences carrying it. */
  perSentence: Map<string, number>;
  /** Theme → turns discussing it substantially. */
  perTurn: Map<string, number>;
}

function addCounts(into: Map<string, number>, from: ReadonlyMap<string, number>): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
}

/**
 * The themes rows of one interview, from its sentences added in order, all at once or piece by piece
 * (a long interview read in pieces: pipeline/sentences/long-interviews.ts). Every count is a sum over
 * sentences or turns, and the last turn of what was added stays open until a later sentence, or the
 * rows, close it (a turn read in slices goes on in the next piece), so the rows are the same either way.
 */
export class ThemeTally {
  private readonly bySpeaker = new Map<string, SpeakerTally>();
  private open: { turnIndex: number; tally: SpeakerTally; themes: TurnThemes } | undefined;

  constructor(private readonly themes: ThemesResource) {}

  /** Sentences in order, each turn's together. */
  add(sentences: readonly AnalyzedSentence[]): void {
    for (const [speaker, said] of groupBy(sentences, speakerOf)) {
      const t = this.speaker(speaker);
      t.sentences += said.length;
      t.words += sumWords(said);
      addCounts(t.perSentence, sentencesPerTheme(said));
    }
    for (const s of sentences) {
      if (this.open?.turnIndex !== s.turnIndex) {
        this.closeTurn();
        this.open = { turnIndex: s.turnIndex, tally: this.speaker(s.speaker), themes: new TurnThemes() };
      }
      this.open.themes.add(s.themes);
    }
  }

  private speaker(name: string): SpeakerTally {
    let t = this.bySpeaker.get(name);
    if (!t) this.bySpeaker.set(name, (t = { sentences: 0, words: 0, perSentence: new Map(), perTurn: new Map() }));
    return t;
  }

  private closeTurn(): void {
    if (!this.open) return;
    const { perTurn } = this.open.tally;
    for (const theme of this.open.themes.substantial(this.themes.thresholds)) perTurn.set(theme, (perTurn.get(theme) ?? 0) + 1);
    this.open = undefined;
  }

  rows(interviewId: string): ThemeRow[] {
    this.closeTurn();
    const rows: ThemeRow[] = [];
    for (const [speaker, t] of this.bySpeaker) {
      for (const { id } of this.themes.themes) {
        const n = t.perSentence.get(id) ?? 0;
        rows.push({
          interview_id: interviewId,
          speaker,
          theme: id,
          n_sentences: n,
          n_turns: t.perTurn.get(id) ?? 0,
          share: t.sentences === 0 ? 0 : round(n / t.sentences),
          per_1000_words: t.words === 0 ? 0 : round((n * 1000) / t.words, 3),
        });
      }
    }
    return rows;
  }
}

export function themeRows(docs: readonly AnalyzedInterview[], themes: ThemesResource): ThemeRow[] {
  return docs.flatMap((doc) => {
    const tally = new ThemeTally(themes);
    tally.add(doc.sentences);
    return tally.rows(doc.interview.id);
  });
}
