import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSentimentResource } from '../../../analyzers/sentiment/resource.js';
import { scoreSentimentText } from '../../../analyzers/sentiment/text.js';
import { RULE_TEXTS } from './rule-texts.js';

const DATA = path.resolve(import.meta.dirname, '../../../data');

// Word facts are remembered per resource and word form: a score must not depend on what the
// resource scored before, nor on which of two resources loaded from the same files is used.
const texts = RULE_TEXTS;

describe('sentiment word facts', () => {
  it('give the same score cold, warm, and in any order', () => {
    const cold = texts.map((t) => scoreSentimentText(t, loadSentimentResource(DATA)).score);
    const shared = loadSentimentResource(DATA);
    const forward = texts.map((t) => scoreSentimentText(t, shared).score);
    const backward = [...texts].reverse().map((t) => scoreSentimentText(t, shared).score).reverse();
    expect(forward).toEqual(cold);
    expect(backward).toEqual(cold);
    expect(cold.some((x) => x !== 0)).toBe(true);
  });
});
