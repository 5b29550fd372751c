/**
 * The stance analyzer: for each target (entity id or theme id) and each turn that addresses it, the
 * speaker's stance from the sentences about the target (see about.ts and sentence.ts).
 */
import type { Analyzer, TurnStance } from '../types.js';
import type { StanceLabel } from '../../pipeline/types.js';
import { sentencesAbout, thingsAfter, type ThingsBefore } from './about.js';
import { sentenceStance } from './sentence.js';

export function stanceLabel(score: number, band: number): StanceLabel {
  return score > band ? 'for' : score < -band ? 'against' : 'neutral';
}

export const stanceAnalyzer: Analyzer<'stance'> = {
  name: 'stance',
  requires: ['sentiment', 'mentions', 'themes'],
  produces: ['stance'],
  reads: ['sentiment', 'targets'],
  run: ({ sentences, resources, options, annotations, carried }) => {
    const res = resources.sentiment;
    const cues = res.stance;
    const sentiment = annotations.sentiment ?? [];
    const input = {
      sentences,
      mentions: annotations.mentions ?? [],
      themes: annotations.themes ?? [],
      anaphora: cues.anaphora,
      before: carried as ThingsBefore | undefined,
    };
    const out: TurnStance[] = [];
    for (const target of options.targets) {
      for (const [turnIndex, idx] of sentencesAbout(target, input)) {
        const scored = idx.map((i) => ({
          id: sentences[i].id,
          order: i,
          score: sentenceStance(sentences[i].tokens, sentiment[i]?.score ?? 0, cues, res),
        }));
        const score = scored.reduce((a, s) => a + s.score, 0) / scored.length;
        // Strongest evidence first; sentence order breaks ties so output is stable.
        scored.sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || a.order - b.order);
        out.push({
          turnIndex,
          // Every sentence carries its turn's speaker. (Not `interview.turns[turnIndex]`: a piece of a
          // long interview holds only its own turns, from its first turn's index on.)
          speaker: sentences[idx[0]].speaker,
          target,
          score,
          label: stanceLabel(score, cues.neutralBand),
          evidence: scored.map((s) => s.id),
          sentenceScores: scored.map((s) => s.score),
        });
      }
    }
    out.sort((a, b) => a.turnIndex - b.turnIndex || options.targets.indexOf(a.target) - options.targets.indexOf(b.target));
    return { stance: out };
  },
  // A "they" after a slice's cut refers back to what the slice before named (about.ts).
  carries: ({ sentences, annotations, carried }) => thingsAfter({ sentences, mentions: annotations.mentions ?? [], before: carried as ThingsBefore | undefined }),
};
