/**
 * tabulate: per-document results → the corpus's tidy tables. Each table has one builder, owned by
 * the stage or analyzer that knows its meaning; this file only orders them.
 */
import type { AnalyzedInterview, DocResult, Tables } from '../types.js';
import type { DocContext } from '../index.js';
import { interviewRows, turnRows, removedRows } from '../turns/rows.js';
import { sentenceRows } from './sentences.js';
import { mentionRows } from '../../analyzers/entities/rows.js';
import { themeRows } from '../../analyzers/themes/rows.js';
import { keynessRows } from '../../analyzers/terms/keyness.js';
import { collocationRows } from '../../analyzers/terms/collocations.js';
import { stanceRows, aggregateOptionsFrom } from '../../analyzers/stance/rows.js';

export function tabulate(docs: readonly DocResult[], ctx: DocContext): Tables {
  const analyzed: AnalyzedInterview[] = docs.flatMap((d) => d.interviews);
  const interviews = analyzed.map((a) => a.interview);
  const { stance, turnStance } = stanceRows(
    analyzed,
    ctx.options.targets,
    aggregateOptionsFrom(ctx.resources.sentiment),
  );
  return {
    interviews: interviewRows(interviews),
    turns: turnRows(interviews),
    removed: removedRows(docs.flatMap((d) => d.removed)),
    sentences: sentenceRows(analyzed),
    mentions: mentionRows(analyzed),
    themes: themeRows(analyzed, ctx.resources.themes),
    keyness: keynessRows(analyzed),
    collocations: collocationRows(analyzed),
    stance,
    turnStance,
  };
}
