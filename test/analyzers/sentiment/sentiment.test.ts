import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSentimentResource } from '../../../analyzers/sentiment/resource.js';
import { scoreSentimentText } from '../../../analyzers/sentiment/text.js';
import { sentimentAnalyzer } from '../../../analyzers/sentiment/index.js';
import { toSentences } from '../../../pipeline/sentences/index.js';
import { makeInterview } from '../../pipeline/sentences/make-interview.js';
import type { Resources } from '../../../analyzers/resources.js';

const DATA = path.resolve(import.meta.dirname, '../../../data');
const res = loadSentimentResource(DATA);
const s = (t: string) => scoreSentimentText(t, res).score;

describe('sentiment rules', () => {
  const signs: Array<[string, 1 | 0 | -1]> = [
    ['Huawei is a great company.', 1],
    ['The sanctions are a terrible mistake.', -1],
    ['The meeting is on Monday.', 0],
    ['This is not good.', -1],
    ['This is not bad at all.', 1],
    ['We never had a problem with them.', 1],
    ['The plan does not work.', -1],
    ['The phone is too expensive.', -1],
    // false positives: "like" as a preposition, names
    ['Countries like Germany buy our equipment.', 1],
  ];
  it.each(signs)('%s → sign %i', (text, sign) => {
    const v = s(text);
    if (sign === 0) expect(Math.abs(v)).toBeLessThanOrEqual(0.05);
    else expect(Math.sign(v)).toBe(sign);
  });

  it('boosters strengthen and dampeners weaken', () => {
    expect(s('The result is very good.')).toBeGreaterThan(s('The result is good.'));
    expect(s('The result is slightly good.')).toBeLessThan(s('The result is good.'));
  });

  it('contrastive "but" weights the second clause', () => {
    expect(s('The food is good, but the service is awful.')).toBeLessThan(0);
    expect(s('The service is awful, but the food is good.')).toBeGreaterThan(0);
  });

  it('"not only … but" is not contrastive', () => {
    const additive = s('The network is not only safe but also fast.');
    expect(additive).toBeGreaterThan(0);
  });

  it('unreal clauses are damped', () => {
    expect(s('It would be great if they succeed.')).toBeLessThan(s('It is great that they succeed.'));
  });

  it('intensity: capitals and exclamation marks', () => {
    expect(s('This is GOOD news.')).toBeGreaterThan(s('This is good news.'));
    expect(s('This is good news!!!')).toBeGreaterThan(s('This is good news.'));
  });

  it('questions with several question marks are emphasised, one is not', () => {
    expect(s('Is this good??')).toBeGreaterThan(s('Is this good?'));
  });

  it('scores stay in [-1, 1]', () => {
    expect(Math.abs(s('GREAT GREAT GREAT amazing wonderful superb!!!!!'))).toBeLessThanOrEqual(1);
    expect(s('')).toBe(0);
  });
});

describe('sentimentAnalyzer', () => {
  it('labels every sentence', () => {
    const interview = makeInterview([
      { speaker: 'Interviewer', text: 'How do you feel?' },
      { speaker: 'Ren Zhengfei', text: 'We are very happy. The sanctions hurt us badly.' },
    ]);
    const sentences = toSentences(interview);
    const out = sentimentAnalyzer.run({
      interview, sentences, resources: { sentiment: res } as unknown as Resources, options: { targets: [] }, annotations: {},
    });
    expect(out.sentiment.map((x) => x.label)).toEqual(['neutral', 'positive', 'negative']);
  });
});

describe('loadSentimentResource', () => {
  it('names file and field on a schema error', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-sent-'));
    fs.mkdirSync(path.join(dir, 'sentiment'));
    fs.writeFileSync(path.join(dir, 'sentiment', 'rules.json'), JSON.stringify({ lexicons: [{ file: 'x.json', weight: 'heavy' }] }));
    expect(() => loadSentimentResource(dir)).toThrow(/rules\.json.*lexicons\[0\]\.weight.*"heavy"/);
  });
  it('reports a missing file', () => {
    expect(() => loadSentimentResource('/nonexistent-dir')).toThrow(/turnlens: .*rules\.json/);
  });
});
