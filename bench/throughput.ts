/**
 * Analysis throughput against the bare tokenizer, on the same turns, in the same run:
 *   - bare tokenizer: wink with an empty pipe, per turn;
 *   - analysis stage of `analyze`: toSentences + analyzeSentences per interview (what each document
 *     costs after turns are found: wink with sbd/negation/pos + every analyzer);
 *   - analyzers only: the same minus tokenization (sentences prepared beforehand);
 *   - score: `turnlens score` on each turn as one line (tokenize + every analyzer, no stance target);
 *   - baseline: compromise people/places/organisations + AFINN per sentence (bench/baseline.ts).
 * Every rate uses the bare tokenizer's token and word counts of the turn texts as its numerator.
 */
import { toSentences } from '../pipeline/sentences/index.js';
import { analyzeSentences } from '../pipeline/sentences/analyze.js';
import { scoreText } from '../analyzers/score.js';
import { baseline } from './baseline.js';
import { interleaved, perSecond, timeOnce, median, type Method } from './measure.js';
import { tokenizeBare } from './tokenizer.js';
import type { BenchSample } from './sample.js';

export interface Rate {
  ms: number;
  tokensPerSec: number;
  wordsPerSec: number;
  /** Throughput as a share of the bare tokenizer's (tokens/s ÷ tokens/s). */
  ofTokenizer: number;
}

export interface ThroughputResult {
  rounds: number;
  bareTokenizer: Rate;
  analysis: Rate;
  analyzersOnly: Rate;
  score: Rate;
  baseline: Rate;
}

export function measureThroughput(sample: BenchSample, rounds = 5, baselineRounds = 2): ThroughputResult {
  const { ctx } = sample;
  const methods: Method[] = [
    { name: 'bareTokenizer', run: () => void tokenizeBare(sample.turnTexts) },
    {
      name: 'analysis',
      run: () => {
        for (const d of sample.docs) for (const { interview } of d.interviews) analyzeSentences(interview, toSentences(interview), ctx);
      },
    },
    {
      name: 'analyzersOnly',
      run: () => {
        for (const d of sample.docs) for (const { interview, sentences } of d.interviews) analyzeSentences(interview, sentences, ctx);
      },
    },
    { name: 'score', run: () => void sample.turnTexts.forEach((t) => scoreText(t, ctx)) },
  ];
  const ms = interleaved(methods, rounds);
  // The baseline is ~50× slower than the rest: warm it on a slice, then fewer full rounds.
  baseline(sample.sentenceTexts.slice(0, 200));
  const baselineMs = median(Array.from({ length: baselineRounds }, () => timeOnce(() => void baseline(sample.sentenceTexts))));
  const bare = ms.get('bareTokenizer')!;
  const rate = (t: number): Rate => ({
    ms: round1(t),
    tokensPerSec: perSecond(sample.tokens, t),
    wordsPerSec: perSecond(sample.words, t),
    ofTokenizer: round3(bare / t),
  });
  return {
    rounds,
    bareTokenizer: rate(bare),
    analysis: rate(ms.get('analysis')!),
    analyzersOnly: rate(ms.get('analyzersOnly')!),
    score: rate(ms.get('score')!),
    baseline: rate(baselineMs),
  };
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
