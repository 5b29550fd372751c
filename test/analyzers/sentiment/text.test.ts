import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSentimentResource } from '../../../analyzers/sentiment/resource.js';
import { SENTIMENT_BATCH, scoreSentimentText, scoreSentimentTexts } from '../../../analyzers/sentiment/text.js';
import { sentimentAnalyzer } from '../../../analyzers/sentiment/index.js';
import { toSentences } from '../../../pipeline/sentences/index.js';
import { forgetLearnedWords } from '../../../pipeline/sentences/nlp.js';
import { makeInterview } from '../../pipeline/sentences/make-interview.js';
import type { Resources } from '../../../analyzers/resources.js';
import { RULE_TEXTS } from './rule-texts.js';

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

  it('scores texts taught across batches, and in the passes after the first, as alone', () => {
    // Teachers and learners on both sides of a batch boundary, each learner taught in its own batch
    // and again among the texts the first pass leaves to the next.
    const filler = Array.from({ length: SENTIMENT_BATCH - 3 }, (_, i) => (i % 2 ? 'We like it.' : 'It is fine.'));
    const texts = [...filler, ...taught, ...taught, ...filler, ...taught.slice().reverse(), ...taught];
    const alone = texts.map((t) => scoreSentimentText(t, res));
    expect(scoreSentimentTexts(texts, res)).toEqual(alone);
  });

  it('spans batches without mixing texts up', () => {
    const texts = Array.from({ length: SENTIMENT_BATCH * 2 + 3 }, (_, i) => (i % 3 === 0 ? 'We love it.' : i % 3 === 1 ? 'We hate it.' : ''));
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
