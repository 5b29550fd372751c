/**
 * Runs the analyzer plan over one interview's sentences and keeps what the tables need:
 * tokens are dropped here so per-document results stay small enough to cache and pass between threads.
 */
import type { AnalyzedInterview, AnalyzedSentence, Interview, Sentence, Token } from '../types.js';
import type { DocContext } from '../index.js';
import { runAnalyzers, type Carried, type Swept } from '../../analyzers/registry.js';
import type { AnnotationKey, Annotations } from '../../analyzers/types.js';

const NO_TERMS = { unigrams: {}, bigrams: {}, nTokens: 0 };

/**
 * `given`: annotations already made for these sentences, whose analyzers are not run again (see
 * runAnalyzers). `swept`: the sentences are one piece of `interview`, and this is what the plan's
 * sweeps gathered from all of them (see InterviewSweeps); `carried`, what the pieces before it left
 * (see Analyzer.carries), updated with what this one leaves.
 */
export function analyzeSentences(
  interview: Interview,
  sentences: Sentence[],
  ctx: DocContext,
  given?: Partial<Annotations>,
  swept?: Swept,
  carried?: Carried,
): AnalyzedInterview {
  const a = runAnalyzers(ctx.plan, { interview, sentences, resources: ctx.resources, options: ctx.options }, given, swept, carried);
  const out = new Array<AnalyzedSentence>(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    // Written out field by field (same order as the Sentence type) rather than `{ tokens, ...rest }`:
    // object rest copies property by property through the runtime, and this runs once per sentence.
    out[i] = {
      id: s.id,
      interviewId: s.interviewId,
      turnIndex: s.turnIndex,
      index: s.index,
      speaker: s.speaker,
      role: s.role,
      text: s.text,
      start: s.start,
      end: s.end,
      source: s.source,
      nWords: countWords(s.tokens),
      sentiment: a.sentiment?.[i] ?? { score: 0, label: 'neutral' },
      mentions: a.mentions?.[i] ?? [],
      themes: a.themes?.[i] ?? [],
    };
  }
  return { interview, sentences: out, stance: a.stance ?? [], terms: a.terms ?? NO_TERMS };
}

function countWords(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.type === 'word' || t.type === 'number') n++;
  return n;
}

/** The annotations `keys` back out of an analysed interview: what analyzeSentences kept of them. */
export function annotationsOf(analysed: AnalyzedInterview, keys: Iterable<AnnotationKey>): Partial<Annotations> {
  const out: Partial<Annotations> = {};
  for (const key of keys) {
    switch (key) {
      case 'sentiment':
        out.sentiment = analysed.sentences.map((s) => s.sentiment);
        break;
      case 'mentions':
        out.mentions = analysed.sentences.map((s) => s.mentions);
        break;
      case 'themes':
        out.themes = analysed.sentences.map((s) => s.themes);
        break;
      case 'stance':
        out.stance = analysed.stance;
        break;
      case 'terms':
        out.terms = analysed.terms;
        break;
      default:
        // A new annotation key must be read back here too.
        key satisfies never;
    }
  }
  return out;
}
