/**
 * Tables built from given names and texts: three interviews of alternating questions and answers,
 * one sentence per turn, with themes, entities, stance and keyness rows that are consistent with the
 * sentences, so every section and chart of the report has data. The report thread warms up on a small
 * set (warm-up.ts); the hostile-input tests fill them with hostile strings and BLNS lines.
 */
import type { SentimentLabel, StanceLabel, Tables, ThemeRow } from '../../pipeline/types.js';

export interface SyntheticInput {
  /** Interview ids, titles and outlets (three of each are used, cycling). */
  ids: string[];
  titles: string[];
  /** Interviewer names; the interviewee is `interviewee`. */
  speakers: string[];
  interviewee: string;
  texts: string[];
  /** Theme ids and entity names: must not contain ';' (the tables' list separator). */
  themes: string[];
  entities: string[];
  targets: string[];
  terms: string[];
}

const DATES = ['2019-11-06', '2019-12-02', '2020-03-24'];
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length];
const label = (x: number): SentimentLabel => (x > 0.05 ? 'positive' : x < -0.05 ? 'negative' : 'neutral');
const stanceLabel = (x: number): StanceLabel => (x > 0.1 ? 'for' : x < -0.1 ? 'against' : 'neutral');

export function syntheticTables(input: SyntheticInput): Tables {
  const ids = [0, 1, 2].map((k) => pick(input.ids, k));
  if (new Set(ids).size < 3) ids.forEach((id, k) => (ids[k] = `${id}#${k}`));
  const t: Tables = { interviews: [], turns: [], removed: [{ file: pick(input.titles, 0), line: 1, what: pick(input.texts, 0), why: pick(input.titles, 1) }], sentences: [], mentions: [], themes: [], keyness: [], collocations: [], stance: [], turnStance: [] };
  const turnIndex = [0, 0, 0];
  input.texts.forEach((text, i) => {
    const k = Math.floor(i / 2) % 3;
    const id = ids[k];
    const question = i % 2 === 0;
    const index = turnIndex[k]++;
    const speaker = question ? pick(input.speakers, i / 2) : input.interviewee;
    const role = question ? 'interviewer' : 'interviewee';
    const sentiment = ((i % 7) - 3) / 4;
    const theme = pick(input.themes, i);
    const entity = pick(input.entities, i);
    const nWords = text.split(/\s+/).filter(Boolean).length;
    t.turns.push({ interview_id: id, turn_index: index, speaker, role, affiliation: pick(input.titles, i), answers_turn: question ? null : index - 1, source_file: pick(input.titles, i + 1), source_line: i + 1, n_words: nWords, text });
    t.sentences.push({ interview_id: id, turn_index: index, sentence_index: 0, speaker, role, source_line: i + 1, sentiment, label: label(sentiment), themes: theme, entities: entity, n_words: nWords, text });
    t.mentions.push({ interview_id: id, turn_index: index, sentence_index: 0, speaker, entity, type: pick(['country', 'company', 'organization', 'person'] as const, i), surface: entity, start: 0, end: entity.length });
    if (!question) {
      for (const target of input.targets) {
        const score = sentiment;
        t.turnStance.push({ interview_id: id, turn_index: index, speaker, target, n_sentences: 1, score, label: stanceLabel(score), evidence: `${id}:${index}:0` });
      }
    }
  });
  ids.forEach((id, k) => {
    const turns = t.turns.filter((x) => x.interview_id === id);
    t.interviews.push({ interview_id: id, title: pick(input.titles, k), date: DATES[k], place: pick(input.titles, k + 1), outlets: pick(input.titles, k + 2), kind: pick(input.titles, k + 3), source_file: pick(input.titles, k), interviewee: input.interviewee, n_turns: turns.length, n_words: turns.reduce((a, x) => a + x.n_words, 0) });
    const bySpeaker = new Map<string, typeof t.sentences>();
    for (const s of t.sentences.filter((x) => x.interview_id === id)) bySpeaker.set(s.speaker, [...(bySpeaker.get(s.speaker) ?? []), s]);
    for (const [speaker, ss] of bySpeaker) {
      const words = ss.reduce((a, s) => a + s.n_words, 0) || 1;
      for (const theme of new Set(ss.map((s) => s.themes))) {
        const hit = ss.filter((s) => s.themes === theme);
        const row: ThemeRow = { interview_id: id, speaker, theme, n_sentences: hit.length, n_turns: hit.length, share: hit.length / ss.length, per_1000_words: (1000 * hit.length) / words };
        t.themes.push(row);
      }
    }
    for (const target of input.targets) {
      const rows = t.turnStance.filter((x) => x.interview_id === id && x.target === target);
      if (!rows.length) continue;
      const mean = rows.reduce((a, r) => a + r.score, 0) / rows.length;
      t.stance.push({ interview_id: id, speaker: input.interviewee, target, n_turns: rows.length, n_sentences: rows.length, score: mean, ci_low: Math.max(-1, mean - 0.2), ci_high: Math.min(1, mean + 0.2), label: stanceLabel(mean), evidence: rows.map((r) => r.evidence).join(';') });
    }
    input.terms.forEach((term, j) => t.keyness.push({ interview_id: id, term, count: 3 + ((j + k) % 4), other_count: 1, g2: 10 - j * 0.5 + k, log_ratio: 1.5 }));
    t.collocations.push({ interview_id: id, bigram: pick(input.terms, k), count: 2, g2: 3 });
  });
  return t;
}
