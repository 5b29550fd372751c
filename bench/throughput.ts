/**
 * Analysis throughput against the bare tokenizer, on the same turns, in the same run:
 *   - bare tokenizer: wink with an empty pipe, per turn;
 *   - wink pipe: wink with the pipeline's own pipe (sentence boundaries, negation, POS) per turn, no
 *     column read: the ceiling of any analysis built on wink's POS tags, which turnlens's analyzers need;
 *   - wink pipe without POS: sentence boundaries and negation only, the same way: the ceiling of an
 *     analysis that gave up POS tags (and with them lemmas, content terms and the entity rules' tags).
 *     Its instance, like the bare tokenizer's, never forgets what it learned; the wink pipe's shares
 *     the pipeline's, which the sentence methods make forget before each document;
 *   - sentences: toSentences per interview (wink with sbd/negation/pos, tokens with lemmas, offsets),
 *     what wink learned forgotten before each document as the pipeline does;
 *   - analyzers only: every analyzer on sentences prepared beforehand;
 *   - analysis stage of `analyze`: toSentences + analyzeSentences per interview (what each document
 *     costs after its turns are found);
 *   - score: `scoreText` (`turnlens score`) on each turn as one line, no stance target;
 *   - baseline: compromise people/places/organisations + AFINN per sentence (bench/baseline.ts).
 * Every rate uses the bare tokenizer's token and word counts of the turn texts as its numerator.
 * Each analyzer is also timed alone (given what the analyzers before it produced) for a breakdown.
 */
import { toSentences } from '../pipeline/sentences/index.js';
import { analyzeSentences } from '../pipeline/sentences/analyze.js';
import { runAnalyzers } from '../analyzers/registry.js';
import { scoreText } from '../analyzers/score.js';
import { forgetWindows } from '../analyzers/entities/compromise.js';
import type { Annotations } from '../analyzers/types.js';
import { baseline } from './baseline.js';
import { interleaved, medianTiming, perSecond, round1, round3, timeOnce, type Method, type Timing } from './measure.js';
import { tokenizeBare } from './tokenizer.js';
import { forgetLearnedWords, nlp, winkHolder } from '../pipeline/sentences/nlp.js';
import type { Interview } from '../pipeline/types.js';
import type { BenchSample } from './sample.js';

export interface Rate {
  cpuMs: number;
  wallMs: number;
  tokensPerSec: number;
  wordsPerSec: number;
  /** Throughput as a share of the bare tokenizer's (its CPU time ÷ this CPU time). */
  ofTokenizer: number;
}

export interface ThroughputResult {
  rounds: number;
  bareTokenizer: Rate;
  winkPipe: Rate;
  /** wink with sentence boundaries and negation, no POS, nothing read. */
  winkPipeNoPos: Rate;
  sentences: Rate;
  analyzersOnly: Rate;
  analysis: Rate;
  score: Rate;
  baseline: Rate;
  /** CPU ms of each analyzer over the whole sample (median of the rounds). */
  perAnalyzerMs: Record<string, number>;
}

export function measureThroughput(sample: BenchSample, rounds = 5, baselineRounds = 2): ThroughputResult {
  const { ctx } = sample;
  const noPos = winkHolder(['sbd', 'negation']);
  const interviews = sample.docs.flatMap((d) => d.interviews);
  // What each analyzer sees: the annotations of the analyzers before it, computed once.
  const before = interviews.map(({ interview, sentences }) => {
    const all = runAnalyzers(ctx.plan, { interview, sentences, resources: ctx.resources, options: ctx.options });
    return ctx.plan.map((a, i) => {
      const seen: Partial<Annotations> = {};
      for (const prior of ctx.plan.slice(0, i)) for (const k of prior.produces) Object.assign(seen, { [k]: all[k] });
      return { analyzer: a, seen };
    });
  });
  const perDocument = (f: (interview: Interview) => void): void =>
    sample.docs.forEach((d) => {
      forgetLearnedWords();
      d.interviews.forEach(({ interview }) => f(interview));
    });
  // compromise reads each distinct window once per thread (analyzers/entities/compromise.ts): each
  // round of a method that finds entities reads the sample as new text, so it pays for its windows.
  const fresh = (run: () => void) => () => {
    forgetWindows();
    run();
  };
  const methods: Method[] = [
    { name: 'bareTokenizer', run: () => void tokenizeBare(sample.turnTexts) },
    { name: 'winkPipe', run: () => sample.turnTexts.forEach((t) => nlp().readDoc(t)) },
    { name: 'winkPipeNoPos', run: () => sample.turnTexts.forEach((t) => noPos.get().readDoc(t)) },
    // As tokenizeDocument does: what wink learned is forgotten before each document (sentences/nlp.ts).
    { name: 'sentences', run: () => perDocument((interview) => void toSentences(interview)) },
    {
      name: 'analyzersOnly',
      run: fresh(() => interviews.forEach(({ interview, sentences }) => analyzeSentences(interview, sentences, ctx))),
    },
    {
      name: 'analysis',
      run: fresh(() => perDocument((interview) => void analyzeSentences(interview, toSentences(interview), ctx))),
    },
    { name: 'score', run: fresh(() => sample.turnTexts.forEach((t) => scoreText(t, ctx))) },
    ...ctx.plan.map(
      (a, i): Method => ({
        name: `analyzer:${a.name}`,
        run: fresh(() =>
          interviews.forEach(({ interview, sentences }, j) =>
            a.run({ interview, sentences, resources: ctx.resources, options: ctx.options, annotations: before[j][i].seen }),
          ),
        ),
      }),
    ),
  ];
  const t = interleaved(methods, rounds);
  // The baseline is ~50× slower than the rest: warm it on a slice, then fewer full rounds.
  baseline(sample.sentenceTexts.slice(0, 200));
  const baselineTiming = medianTiming(Array.from({ length: baselineRounds }, () => timeOnce(() => void baseline(sample.sentenceTexts))));
  const bare = t.get('bareTokenizer')!;
  const rate = (x: Timing): Rate => ({
    cpuMs: round1(x.cpuMs),
    wallMs: round1(x.wallMs),
    tokensPerSec: perSecond(sample.tokens, x.cpuMs),
    wordsPerSec: perSecond(sample.words, x.cpuMs),
    ofTokenizer: round3(bare.cpuMs / x.cpuMs),
  });
  return {
    rounds,
    bareTokenizer: rate(bare),
    winkPipe: rate(t.get('winkPipe')!),
    winkPipeNoPos: rate(t.get('winkPipeNoPos')!),
    sentences: rate(t.get('sentences')!),
    analyzersOnly: rate(t.get('analyzersOnly')!),
    analysis: rate(t.get('analysis')!),
    score: rate(t.get('score')!),
    baseline: rate(baselineTiming),
    perAnalyzerMs: Object.fromEntries(ctx.plan.map((a) => [a.name, round1(t.get(`analyzer:${a.name}`)!.cpuMs)])),
  };
}
