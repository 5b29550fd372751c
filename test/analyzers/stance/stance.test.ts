import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSentimentResource } from '../../../analyzers/sentiment/resource.js';
import { sentimentAnalyzer } from '../../../analyzers/sentiment/index.js';
import { stanceAnalyzer } from '../../../analyzers/stance/index.js';
import { stanceRows, sentimentRows } from '../../../analyzers/stance/rows.js';
import { toSentences } from '../../../pipeline/sentences/index.js';
import { makeInterview, type TurnSpec } from '../../pipeline/sentences/make-interview.js';
import type { Resources } from '../../../analyzers/resources.js';
import type { Mention, ThemeHit, TurnStance } from '../../../analyzers/types.js';
import type { AnalyzedInterview, EntityType } from '../../../pipeline/types.js';

const res = loadSentimentResource(path.resolve(import.meta.dirname, '../../../data'));
const resources = { sentiment: res } as unknown as Resources;

/** Hand-made entity finder for tests: exact, case-sensitive, whole-word surfaces. */
const ALIASES: Array<[string, string, EntityType]> = [
  ['United States', 'United States', 'country'],
  ['US', 'United States', 'country'],
  ['America', 'United States', 'country'],
  ['China', 'China', 'country'],
  ['Huawei', 'Huawei', 'company'],
  ['Trump', 'Donald Trump', 'person'],
];
function mentionsOf(text: string): Mention[] {
  const out: Mention[] = [];
  for (const [surface, entity, type] of ALIASES) {
    for (const m of text.matchAll(new RegExp(`\\b${surface}\\b`, 'g'))) {
      out.push({ entity, type, surface, start: m.index, end: m.index + surface.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function stanceOf(turns: TurnSpec[], targets = ['United States'], themes: (text: string) => ThemeHit[] = () => []): TurnStance[] {
  const interview = makeInterview(turns);
  const sentences = toSentences(interview);
  const base = { interview, sentences, resources, options: { targets } };
  const { sentiment } = sentimentAnalyzer.run({ ...base, annotations: {} });
  const mentions = sentences.map((s) => mentionsOf(s.text));
  return stanceAnalyzer.run({ ...base, annotations: { sentiment, mentions, themes: sentences.map((s) => themes(s.text)) } }).stance;
}

const one = (text: string) => stanceOf([{ speaker: 'Ren Zhengfei', text }]);

describe('stance toward the United States', () => {
  const cases: Array<[string, 'for' | 'against' | 'neutral']> = [
    ['The US government wants to crush Huawei.', 'against'],
    ['The US sanctions against us are politically motivated.', 'against'],
    ['America has tried to suppress our development.', 'against'],
    ['The United States is a great country.', 'for'],
    ['We must learn from the United States.', 'for'],
    ['I admire America and I respect its universities.', 'for'],
    // ironic thanks: thanking for a harm is against
    ['I want to thank the US government for the sanctions.', 'against'],
    ['We should thank the US for the free advertising.', 'against'],
    // sincere thanks stay for
    ['I thank our US suppliers for their support.', 'for'],
    // negated cues flip
    ['We do not trust the US government on this.', 'against'],
    ['The US did not crush us.', 'for'],
  ];
  it.each(cases)('%s → %s', (text, label) => {
    const st = one(text);
    expect(st).toHaveLength(1);
    expect(st[0].label).toBe(label);
  });

  // False positives: turns that do not address the target produce no stance.
  const notAbout: string[] = [
    'Let us talk about our phones.', // "us" the pronoun is not the US
    'Thank you for the question.',
    'Chinese companies should learn from each other.',
  ];
  it.each(notAbout)('no stance: %s', (text) => {
    expect(one(text)).toEqual([]);
  });
});

describe('sentences about the target', () => {
  it('follows "they" back to the target within the turn, not across turns', () => {
    const st = stanceOf([
      { speaker: 'Ren Zhengfei', text: 'The US is strong in science. They have the best universities. Our suppliers are fine.' },
      { speaker: 'Ren Zhengfei', text: 'They are going to sanction everyone.' },
    ]);
    expect(st).toHaveLength(1);
    expect(st[0].evidence.sort()).toEqual(['test-interview:0:0', 'test-interview:0:1']);
  });

  it('does not follow "they" when another entity was named in between', () => {
    const st = stanceOf([{ speaker: 'Ren Zhengfei', text: 'The US is strong. China is growing. They admire science.' }]);
    expect(st[0].evidence).toEqual(['test-interview:0:0']);
  });

  it('a person is not a referent of "they": it still points to the last country', () => {
    const st = stanceOf([{ speaker: 'Ren Zhengfei', text: 'The US is strong. Trump spoke. They admire science.' }]);
    expect(st[0].evidence.sort()).toEqual(['test-interview:0:0', 'test-interview:0:2']);
  });

  it('needs a pronoun: a following sentence without one is not about the target', () => {
    const st = stanceOf([{ speaker: 'Ren Zhengfei', text: 'The US is strong. Science is important.' }]);
    expect(st[0].evidence).toEqual(['test-interview:0:0']);
  });

  it('accepts a theme id as target', () => {
    const st = stanceOf(
      [{ speaker: 'Ren Zhengfei', text: 'Our equipment has no backdoors. The weather is fine.' }],
      ['security_trust'],
      (t) => (t.includes('backdoor') ? [{ theme: 'security_trust', weight: 1, cues: ['backdoor'] }] : []),
    );
    expect(st).toHaveLength(1);
    expect(st[0].evidence).toEqual(['test-interview:0:0']);
  });

  it('orders evidence strongest first with parallel scores', () => {
    const st = one('The US is a country. The US wants to crush us.');
    expect(st[0].evidence[0]).toBe('test-interview:0:1');
    expect(Math.abs(st[0].sentenceScores[0])).toBeGreaterThanOrEqual(Math.abs(st[0].sentenceScores[1]));
  });
});

describe('stanceRows and sentimentRows', () => {
  function analyzed(): AnalyzedInterview {
    const interview = makeInterview([
      { speaker: 'Interviewer', text: 'What about the US?' },
      { speaker: 'Ren Zhengfei', text: 'The US wants to crush us. They sanction us.' },
      { speaker: 'Interviewer', text: 'And now?' },
      { speaker: 'Ren Zhengfei', text: 'We still admire the United States.' },
    ]);
    const sentences = toSentences(interview);
    const base = { interview, sentences, resources, options: { targets: ['United States'] } };
    const { sentiment } = sentimentAnalyzer.run({ ...base, annotations: {} });
    const mentions = sentences.map((s) => mentionsOf(s.text));
    const { stance } = stanceAnalyzer.run({ ...base, annotations: { sentiment, mentions, themes: sentences.map(() => []) } });
    return {
      interview,
      sentences: sentences.map(({ tokens, ...s }, i) => ({ ...s, nWords: tokens.length, sentiment: sentiment[i], mentions: mentions[i], themes: [] })),
      stance,
      terms: { unigrams: {}, bigrams: {}, nTokens: 0 },
    };
  }

  it('aggregates per interview and speaker with a deterministic interval', () => {
    const docs = [analyzed()];
    const a = stanceRows(docs, ['United States']);
    const b = stanceRows(docs, ['United States']);
    expect(a).toEqual(b);
    const ren = a.stance.find((r) => r.speaker === 'Ren Zhengfei');
    expect(ren).toMatchObject({ n_turns: 2, n_sentences: 3, target: 'United States' });
    expect(ren!.ci_low).toBeLessThanOrEqual(ren!.score);
    expect(ren!.ci_high).toBeGreaterThanOrEqual(ren!.score);
    expect(ren!.evidence.split(';')).toHaveLength(3);
    expect(a.turnStance.map((r) => r.turn_index)).toEqual([0, 1, 3]);
    expect(a.turnStance.find((r) => r.turn_index === 1)?.label).toBe('against');
    expect(a.turnStance.find((r) => r.turn_index === 3)?.label).toBe('for');
  });

  it('drops targets not asked for', () => {
    expect(stanceRows([analyzed()], ['China']).stance).toEqual([]);
  });

  it('sentiment rows cover turns, interview × speaker and speakers', () => {
    const rows = sentimentRows([analyzed()]);
    expect(rows.filter((r) => r.level === 'turn')).toHaveLength(4);
    expect(rows.filter((r) => r.level === 'interview').map((r) => r.speaker)).toEqual(['Interviewer', 'Ren Zhengfei']);
    const ren = rows.find((r) => r.level === 'speaker' && r.speaker === 'Ren Zhengfei')!;
    expect(ren.n_sentences).toBe(3);
    expect(ren.ci_low).toBeLessThanOrEqual(ren.mean);
    expect(ren.ci_high).toBeGreaterThanOrEqual(ren.mean);
  });
});

describe('a turn in slices: what one slice carries to the next', () => {
  // One turn, cut after its second sentence: the second slice's "they" refers back to the US only when
  // the first slice's things are carried.
  const text = 'The US government wants to crush Huawei. I said so before. They put us on the list. We will survive.';
  const interview = makeInterview([{ speaker: 'Ren Zhengfei', text }]);
  const sentences = toSentences(interview);
  const annotate = (ss: typeof sentences, carried?: unknown) => {
    const base = { interview, sentences: ss, resources, options: { targets: ['United States'] }, carried };
    const { sentiment } = sentimentAnalyzer.run({ ...base, annotations: {} });
    const annotations = { sentiment, mentions: ss.map((s) => mentionsOf(s.text)), themes: ss.map(() => []) };
    return { input: { ...base, annotations }, stance: stanceAnalyzer.run({ ...base, annotations }).stance };
  };

  it('gives, slice by slice, the evidence of the whole turn', () => {
    expect(sentences).toHaveLength(4);
    const whole = annotate(sentences).stance.flatMap((t) => t.evidence);
    expect(whole.map((id) => sentences.find((s) => s.id === id)!.text).sort()).toEqual(['The US government wants to crush Huawei.', 'They put us on the list.']);
    const first = annotate(sentences.slice(0, 2));
    const left = stanceAnalyzer.carries!(first.input);
    expect(left).toEqual({ turnIndex: 0, things: ['United States', 'Huawei'] });
    const second = annotate(sentences.slice(2), left);
    expect([...first.stance, ...second.stance].flatMap((t) => t.evidence).sort()).toEqual([...whole].sort());
    // Carried nothing, the second slice's "they" refers to nothing.
    expect(annotate(sentences.slice(2)).stance).toEqual([]);
  });

  const after: Array<[string, number, unknown, unknown]> = [
    ['the latest sentence that named a thing', 4, undefined, { turnIndex: 0, things: ['United States', 'Huawei'] }],
    ['what came before, when the slice named nothing', 1, { turnIndex: 0, things: ['China'] }, { turnIndex: 0, things: ['China'] }],
    ['nothing of another turn', 1, { turnIndex: 7, things: ['China'] }, { turnIndex: 0, things: [] }],
  ];
  it.each(after)('leaves %s', (_name, from, carried, left) => {
    const ss = from === 4 ? sentences : sentences.slice(from, from + 1);
    expect(stanceAnalyzer.carries!(annotate(ss, carried).input)).toEqual(left);
  });
});
