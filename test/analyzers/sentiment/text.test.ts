import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSentimentResource } from '../../../analyzers/sentiment/resource.js';
import { scoreSentimentText, scoreSentimentTexts } from '../../../analyzers/sentiment/text.js';
import { sentimentAnalyzer } from '../../../analyzers/sentiment/index.js';
import { toSentences } from '../../../pipeline/sentences/index.js';
import { forgetLearnedWords } from '../../../pipeline/sentences/nlp.js';
import { makeInterview } from '../../pipeline/sentences/make-interview.js';
import type { Resources } from '../../../analyzers/resources.js';
import { RULE_TEXTS } from './rule-texts.js';
import { UNIT_BATCH } from '../../../analyzers/sentiment/units.js';

const DATA = path.resolve(import.meta.dirname, '../../../data');
const res = loadSentimentResource(DATA);
const BLNS = path.resolve(process.env.TURNLENS_SHARED ?? path.join(import.meta.dirname, '../../../../shared'), 'eval/naughty/blns.txt');

// Texts whose tokens depend on what wink read before them ("Zorblax's." teaches wink to keep
// "Zorblax's" whole), with a booster whose weight depends on its distance to the rated word: read
// after its teacher in one batch, the second text of each pair would score otherwise.
const taught = [
  "They met Zorblax's.",
  "Very Zorblax's good idea.",
  "I said US's.",
  "It is not US's good plan.",
];

describe('sentiment read straight from text', () => {
  it('scores each text of a batch as it scores the text alone', () => {
    const texts = [...taught, ...RULE_TEXTS, ...taught.slice().reverse(), ...RULE_TEXTS];
    const alone = texts.map((t) => scoreSentimentText(t, res));
    expect(scoreSentimentTexts(texts, res)).toEqual(alone);
    expect(alone.some((r) => r.score > 0) && alone.some((r) => r.score < 0)).toBe(true);
  });

  it('scores a text whose own units teach each other as alone', () => {
    // Within one text the teacher comes first: its units do not read as they read by themselves.
    const texts = ["They met Zorblax's. Very Zorblax's good idea.", "Very Zorblax's good idea. They met Zorblax's.", "I said US's. It is not US's good plan."];
    const alone = texts.map((t) => scoreSentimentText(t, res));
    expect(scoreSentimentTexts(texts, res)).toEqual(alone);
    expect(alone[0]).not.toEqual(scoreSentimentText("Very Zorblax's good idea.", res));
  });

  it('scores texts as alone when their units span several wink documents, and in the passes after the first', () => {
    // More distinct units than one document reads, teachers and learners on both sides of a boundary,
    // each learner taught in its own document and again among the units the first pass leaves to the next.
    const filler = Array.from({ length: UNIT_BATCH + 50 }, (_, i) => `w${i}x-${i} fine`);
    const texts = [...taught, ...filler.slice(0, UNIT_BATCH - 2), ...taught, ...filler.slice(UNIT_BATCH - 2), ...taught.slice().reverse()];
    const alone = texts.map((t) => scoreSentimentText(t, res));
    expect(scoreSentimentTexts(texts, res)).toEqual(alone);
  });

  it('scores any mix of texts made of words wink learns and relearns as alone', () => {
    // Units that teach wink words (some of them the empty word, or a lower-case form only), the
    // units those words change, and rated words and boosters whose score depends on what lies between.
    const pieces = [
      "Zorblax's.", "Zorblax's", "(Zorblax's)", "US's.", "US's", "I'm", "i'm", "I'M", 'COVID-19,', 'COVID-19', '5G.', '5G',
      "settings..it's", 'İstanbul.', 'İstanbul', 'U.S.-China', 'very', 'good', 'not', 'bad', 'but', 'great!!', ':)', 'the', 'idea.',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 30 }), (texts) => {
        const alone = texts.map((t) => scoreSentimentText(t, res));
        expect(scoreSentimentTexts(texts, res)).toEqual(alone);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('spans batches without mixing texts up', () => {
    // Each text with a unit of its own: the units span several wink documents.
    const texts = Array.from({ length: UNIT_BATCH * 2 + 3 }, (_, i) => (i % 3 === 0 ? `We love it-${i}.` : i % 3 === 1 ? `We hate it-${i}.` : ''));
    const labels = scoreSentimentTexts(texts, res).map((r) => r.label);
    expect(labels).toEqual(texts.map((t) => (t === '' ? 'neutral' : t.includes('love') ? 'positive' : 'negative')));
  });

  it('gives a pipeline sentence the score the sentiment analyzer gives it', () => {
    const file = path.resolve(import.meta.dirname, '../../fixtures/transcripts');
    const texts = fs.readdirSync(file).flatMap((f) => fs.readFileSync(path.join(file, f), 'utf8').split(/\n\s*\n/));
    let compared = 0;
    for (const text of texts) {
      // One turn per paragraph, each read fresh, as the text reader reads each of its texts.
      forgetLearnedWords();
      const interview = makeInterview([{ speaker: 'Ann Lee', text }]);
      const sentences = toSentences(interview);
      const { sentiment } = sentimentAnalyzer.run({
        interview, sentences, resources: { sentiment: res } as Resources, options: { targets: [] }, annotations: {},
      });
      sentences.forEach((s, i) => {
        // A sentence holding a sentence-final mark inside it ("Mr. X said 'No.' and left") is one unit
        // for wink's sentence finder but two for the text reader: compared only where both agree.
        if (/[.!?]\s+\S/.test(s.text)) return;
        expect([s.text, scoreSentimentText(s.text, res).score]).toEqual([s.text, sentiment[i].score]);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(50);
  });

  it.runIf(fs.existsSync(BLNS))('reads every hostile string of the naughty list alone and in batches alike', () => {
    const lines = fs.readFileSync(BLNS, 'utf8').split('\n');
    const alone = lines.map((t) => scoreSentimentText(t, res));
    expect(scoreSentimentTexts(lines, res)).toEqual(alone);
    for (const r of alone) expect(Number.isFinite(r.score)).toBe(true);
  });
});
