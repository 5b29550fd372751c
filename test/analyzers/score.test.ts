import { describe, expect, it } from 'vitest';
import { DATA_DIR, prepare } from '../../pipeline/index.js';
import { createScorer, scoreText } from '../../analyzers/score.js';

const ctx = prepare({ dataDir: DATA_DIR });

describe('scoreText', () => {
  it('returns sentiment, entities with offsets in the text, and themes', () => {
    const text = 'We admire the United States. It is a great country.';
    const r = scoreText(text, ctx);
    expect(r.text).toBe(text);
    expect(r.sentiment.label).toBe('positive');
    expect(r.sentiment.score).toBeGreaterThan(0);
    expect(r.stance).toBeUndefined();
    const us = r.entities.find((e) => e.name === 'United States');
    expect(us).toBeDefined();
    expect(text.slice(us!.start, us!.end)).toBe(us!.surface);
    expect(Array.isArray(r.themes)).toBe(true);
  });

  it('scores several sentences as one answer', () => {
    const whole = scoreText('The sanctions are terrible. But we are very happy and proud!', ctx).sentiment.score;
    const first = scoreText('The sanctions are terrible.', ctx).sentiment.score;
    expect(first).toBeLessThan(0);
    expect(whole).toBeGreaterThan(first);
  });

  it('adds stance only with a target, neutral with no evidence when the text does not address it', () => {
    const r = scoreText('I thank the US government for the sanctions.', ctx, 'United States');
    expect(r.stance).toMatchObject({ target: 'United States', label: 'against' });
    expect(r.stance!.evidence.length).toBeGreaterThan(0);
    const none = scoreText('Thank you for the question.', ctx, 'United States');
    expect(none.stance).toEqual({ target: 'United States', score: 0, label: 'neutral', evidence: [] });
  });

  it('handles an empty line', () => {
    expect(scoreText('', ctx)).toEqual({ text: '', sentiment: { score: 0, label: 'neutral' }, entities: [], themes: [] });
  });
});

describe('createScorer', () => {
  it('rejects an unknown target before any line is scored', () => {
    expect(() => createScorer({ target: 'Atlantis Inc', dataDir: DATA_DIR })).toThrow(/unknown target "Atlantis Inc"/);
  });
  it('scores the same with and without a target, apart from the stance', () => {
    const text = 'The US sanctions hurt Huawei, but we respect America.';
    const { stance, ...withTarget } = createScorer({ target: 'United States', dataDir: DATA_DIR })(text);
    expect(stance?.label).toBeDefined();
    expect(createScorer({ dataDir: DATA_DIR })(text)).toEqual(withTarget);
  });
});
