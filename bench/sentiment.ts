/**
 * Sentence-level sentiment speed, turnlens beside VADER, on the same sentences in the same run.
 * VADER starts from a sentence's text; so does turnlens here: `scoreSentimentTexts` (what
 * `turnlens sentiment` and `npm run eval` run) reads the texts with wink's bare tokenizer, each distinct
 * unit (a word with its punctuation) once, and scores each. Beside it, the pipeline's way: the sentence
 * stage (toSentences, wink with sentence boundaries and POS) plus the sentiment analyzer, divided by the
 * number of sentences.
 * Beside them, wink's bare tokenizer on the same sentence texts, one wink document per sentence: the
 * ceiling of any scorer reading sentences one by one with wink (reading each distinct unit once, as
 * `scoreSentimentTexts` does, reads less than that).
 * Accuracy is not measured here but by `npm run eval` (analyzers/sentiment/eval.ts); its figures are
 * reported beside the speeds when that module's eval function is available.
 */
import { createRequire } from 'node:module';
import type { Sentence } from '../pipeline/types.js';
import type { AnyAnalyzer } from '../analyzers/types.js';
import { toSentences } from '../pipeline/sentences/index.js';
import { scoreSentimentTexts } from '../analyzers/sentiment/text.js';
import { forgetLearnedWords } from '../pipeline/sentences/nlp.js';
import { interleaved, perSecond, round1 } from './measure.js';
import type { BenchSample } from './sample.js';
import { tokenizeBare } from './tokenizer.js';

// The dev dependency is CommonJS (typed in analyzers/sentiment/vader-sentiment.d.ts).
const vader = createRequire(import.meta.url)('vader-sentiment') as typeof import('vader-sentiment');

/** Sentences per CPU second (see measure.ts). */
export interface SentenceRate {
  cpuMs: number;
  wallMs: number;
  sentencesPerSec: number;
}

export interface SentimentSpeed {
  sentences: number;
  /** `scoreSentimentTexts` on the sentence texts. */
  turnlens: SentenceRate;
  /** The sentence stage plus the sentiment analyzer, from the turns (what `analyze` spends on it). */
  turnlensPipeline: SentenceRate;
  /** The sentiment analyzer alone, on sentences already tokenized. */
  turnlensAnalyzerOnly: SentenceRate;
  vader: SentenceRate;
  /** wink's bare tokenizer on the sentence texts, nothing else. */
  bareTokenizer: SentenceRate;
  /** turnlens (from text) sentences/s ÷ VADER sentences/s. */
  speedup: number;
  /** The bare tokenizer's sentences/s ÷ VADER's: reading each sentence as its own wink document, nothing else. */
  tokenizerSpeedup: number;
}

export function measureSentimentSpeed(sample: BenchSample, rounds = 5): SentimentSpeed {
  const { ctx } = sample;
  const sentiment: AnyAnalyzer | undefined = ctx.plan.find((a) => a.name === 'sentiment');
  if (!sentiment) throw new Error('bench: no analyzer produces "sentiment"');
  const interviews = sample.docs.flatMap((d) => d.interviews);
  const score = (interview: (typeof interviews)[number]['interview'], sentences: Sentence[]) =>
    sentiment.run({ interview, sentences, resources: ctx.resources, options: ctx.options, annotations: {} });
  const texts = sample.sentenceTexts;
  const ms = interleaved(
    [
      { name: 'turnlens', run: () => void scoreSentimentTexts(texts, ctx.resources.sentiment) },
      {
        name: 'turnlensPipeline',
        // As tokenizeDocument does: what wink learned is forgotten before each document (sentences/nlp.ts).
        run: () =>
          sample.docs.forEach((d) => {
            forgetLearnedWords();
            d.interviews.forEach(({ interview }) => score(interview, toSentences(interview)));
          }),
      },
      { name: 'turnlensAnalyzerOnly', run: () => interviews.forEach(({ interview, sentences }) => score(interview, sentences)) },
      { name: 'vader', run: () => texts.forEach((t) => vader.SentimentIntensityAnalyzer.polarity_scores(t)) },
      { name: 'bareTokenizer', run: () => void tokenizeBare(texts) },
    ],
    rounds,
  );
  const n = texts.length;
  const at = (name: string) => {
    const t = ms.get(name)!;
    return { cpuMs: round1(t.cpuMs), wallMs: round1(t.wallMs), sentencesPerSec: perSecond(n, t.cpuMs) };
  };
  const turnlens = at('turnlens');
  const v = at('vader');
  const bare = at('bareTokenizer');
  // Rounded down: a ratio of 9.99 must not print, or pass the 10× target, as 10.
  const ratio = (x: SentenceRate) => Math.floor((x.sentencesPerSec / v.sentencesPerSec) * 10) / 10;
  return {
    sentences: n,
    turnlens,
    turnlensPipeline: at('turnlensPipeline'),
    turnlensAnalyzerOnly: at('turnlensAnalyzerOnly'),
    vader: v,
    bareTokenizer: bare,
    speedup: ratio(turnlens),
    tokenizerSpeedup: ratio(bare),
  };
}
