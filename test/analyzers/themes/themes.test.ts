import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadThemesResource } from '../../../analyzers/themes/resource.js';
import { substantialThemes } from '../../../analyzers/themes/substantial.js';
import { themeRows } from '../../../analyzers/themes/rows.js';
import type { ThemeHit } from '../../../analyzers/types.js';
import type { AnalyzedInterview, AnalyzedSentence } from '../../../pipeline/types.js';
import { annotate, analyzed, DATA, interviewOf, themes } from '../entities/fixture.js';

const themesOf = (text: string): string[] => annotate(interviewOf([text])).a.themes.flat().map((h) => h.theme);

const DEFAULT_IDS = ['us_relations', 'sanctions_supply', 'security_trust', '5g_networks', 'meng_legal', 'ai_future_tech', 'business', 'consumer_devices', 'globalization', 'china_state', 'covid', 'education_talent'];

const HAS: Array<[string, string]> = [
  ['Huawei was added to the Entity List.', 'sanctions_supply'],
  ['We will not install backdoors in our equipment.', 'security_trust'],
  ['We have built many 5G base stations.', '5g_networks'],
  ['The extradition hearing of Ms. Meng continues.', 'meng_legal'],
  ['The U.S. government keeps attacking Huawei.', 'us_relations'],
  ['Artificial intelligence will change everything.', 'ai_future_tech'],
  ['Our revenue grew by 18 percent.', 'business'],
  ['HarmonyOS can replace Android on our smartphones.', 'consumer_devices'],
  ['The trade war will not stop globalization.', 'globalization'],
  ['The coronavirus epidemic hit Wuhan hard.', 'covid'],
  ['Basic research and education come first.', 'education_talent'],
  ['The Chinese government does not own Huawei.', 'china_state'],
];

const HAS_NOT: Array<[string, string]> = [
  ['Let us talk about our children.', 'us_relations'],
  ['The network of friends helped.', '5g_networks'],
  ['We sell phones in the US.', 'us_relations'],
  ['Vancouver is close to Seattle.', 'meng_legal'],
];

describe('themes: sentences', () => {
  it.each(HAS)('%s → %s', (text, theme) => expect(themesOf(text)).toContain(theme));
  it.each(HAS_NOT)('%s ↛ %s', (text, theme) => expect(themesOf(text)).not.toContain(theme));

  it('a hit lists the cues and their summed weight', () => {
    const hits = annotate(interviewOf(['Huawei is on the Entity List despite sanctions.'])).a.themes[0];
    const s = hits.find((h) => h.theme === 'sanctions_supply');
    expect(s?.cues).toEqual(['entity list', 'sanction']);
    expect(s?.weight).toBe(3.5);
  });
});

describe('themes: substantial discussion in a turn', () => {
  const hit = (theme: string, weight: number): ThemeHit[] => [{ theme, weight, cues: ['x'] }];
  const t = themes.thresholds;
  it('one passing cue in a long turn does not count', () => {
    const turn = [hit('covid', 1), ...Array.from({ length: 9 }, () => [])];
    expect(substantialThemes(turn, t).has('covid')).toBe(false);
  });
  it('a short turn about the theme counts', () => {
    expect(substantialThemes([hit('covid', 2), []], t).has('covid')).toBe(true);
  });
  it('several sentences in a long turn count', () => {
    const turn = [hit('covid', 1.5), hit('covid', 1), ...Array.from({ length: 8 }, () => [])];
    expect(substantialThemes(turn, t).has('covid')).toBe(true);
  });
});

describe('themes: rows', () => {
  it('one row per speaker and theme with shares and rates', () => {
    const iv = interviewOf([
      { speaker: 'Q', text: 'What about 5G networks?' },
      { speaker: 'A', text: 'We lead in 5G. Our base stations are good. We also like music.' },
    ]);
    const rows = themeRows([analyzed(iv)], themes);
    expect(rows).toHaveLength(2 * themes.themes.length);
    const a5g = rows.find((r) => r.speaker === 'A' && r.theme === '5g_networks');
    expect(a5g).toMatchObject({ n_sentences: 2, n_turns: 1, share: 0.6667 });
    // 14 words as tokens count them ("5G" is "5" + "G").
    expect(a5g?.per_1000_words).toBeCloseTo((2 * 1000) / 14, 2);
    expect(rows.find((r) => r.speaker === 'A' && r.theme === 'covid')).toMatchObject({ n_sentences: 0, n_turns: 0, share: 0 });
  });
});

describe('themes: rows from hits', () => {
  // Hand-made hits, so the counts are known: a sentence counts once per theme however many of its
  // hits name it, and a theme the resource does not list makes no row.
  const sentence = (turnIndex: number, speaker: string, ids: string[]): AnalyzedSentence => ({
    id: `t:${turnIndex}:0`, interviewId: 't', turnIndex, index: 0, speaker, role: 'interviewee', text: 'x', start: 0, end: 1,
    source: { file: 't.txt', line: 1 }, nWords: 10, sentiment: { score: 0, label: 'neutral' }, mentions: [],
    themes: ids.map((theme) => ({ theme, weight: 2, cues: [theme] })),
  });
  const doc = (sentences: AnalyzedSentence[]): AnalyzedInterview => ({
    interview: interviewOf(['x']), sentences, stance: [], terms: { unigrams: {}, bigrams: {}, nTokens: 0 },
  });
  const pick = (rows: ReturnType<typeof themeRows>, speaker: string, theme: string) => {
    const r = rows.find((x) => x.speaker === speaker && x.theme === theme);
    return r && [r.n_sentences, r.n_turns, r.share, r.per_1000_words];
  };
  const cases: Array<[string, AnalyzedSentence[], string, string, number[] | undefined]> = [
    ['a theme named twice in one sentence counts once', [sentence(0, 'A', ['covid', 'covid']), sentence(1, 'A', [])], 'A', 'covid', [1, 1, 0.5, 50]],
    ['sentences of two turns', [sentence(0, 'A', ['covid']), sentence(1, 'A', ['covid', '5g_networks'])], 'A', 'covid', [2, 2, 1, 100]],
    ['the other theme of those sentences', [sentence(0, 'A', ['covid']), sentence(1, 'A', ['covid', '5g_networks'])], 'A', '5g_networks', [1, 1, 0.5, 50]],
    ['a speaker without the theme gets zeros', [sentence(0, 'A', ['covid']), sentence(1, 'Q', [])], 'Q', 'covid', [0, 0, 0, 0]],
    // False positives: an id the resource does not list.
    ['an unknown theme makes no row', [sentence(0, 'A', ['not_a_theme'])], 'A', 'not_a_theme', undefined],
  ];
  it.each(cases)('%s', (_name, sentences, speaker, theme, expected) => {
    const rows = themeRows([doc(sentences)], themes);
    expect(rows).toHaveLength(new Set(sentences.map((s) => s.speaker)).size * themes.themes.length);
    expect(pick(rows, speaker, theme)).toEqual(expected);
  });
});

describe('themes.json', () => {
  it('holds the default theme ids', () => {
    expect(themes.themes.map((t) => t.id)).toEqual(DEFAULT_IDS);
  });
  it('rejects a negative weight naming the field', () => {
    const good = JSON.parse(fs.readFileSync(path.join(DATA, 'themes.json'), 'utf8'));
    good.themes[2].cues.security = -1;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-themes-'));
    const file = path.join(dir, 'themes.json');
    fs.writeFileSync(file, JSON.stringify(good));
    expect(() => loadThemesResource(file)).toThrow(/field "themes\[2\]\.cues\.security": expected/);
  });
});
