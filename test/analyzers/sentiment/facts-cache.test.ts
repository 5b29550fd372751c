import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSentimentResource } from '../../../analyzers/sentiment/resource.js';
import { scoreFreeText } from '../../../analyzers/sentiment/eval.js';

const DATA = path.resolve(import.meta.dirname, '../../../data');

// Word facts are remembered per resource and word form: a score must not depend on what the
// resource scored before, nor on which of two resources loaded from the same files is used.
const texts = [
  'This is not good.',
  'It is kind of bad, but not only cheap but also fast.',
  'At least it works. The least useful part is TERRIBLE!!',
  'The phone is too expensive. Would it be great if they succeed?',
  "We don't like it, and we didn't hate it either.",
  'Huawei is a great company, they said.',
];

describe('sentiment word facts', () => {
  it('give the same score cold, warm, and in any order', () => {
    const cold = texts.map((t) => scoreFreeText(t, loadSentimentResource(DATA)));
    const shared = loadSentimentResource(DATA);
    const forward = texts.map((t) => scoreFreeText(t, shared));
    const backward = [...texts].reverse().map((t) => scoreFreeText(t, shared)).reverse();
    expect(forward).toEqual(cold);
    expect(backward).toEqual(cold);
    expect(cold.some((x) => x !== 0)).toBe(true);
  });
});
