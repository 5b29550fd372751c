/** The sentences table's list columns (pipeline/tables/sentences.ts): themes sorted, entities in order of first mention. */
import { describe, expect, it } from 'vitest';
import { entitiesColumn, themesColumn } from '../../../pipeline/tables/sentences.js';
import type { AnalyzedSentence } from '../../../pipeline/types.js';

const sentence = (themes: string[], entities: string[]): AnalyzedSentence => ({
  id: 't:0:0', interviewId: 't', turnIndex: 0, index: 0, speaker: 'A', role: 'interviewee', text: 'x', start: 0, end: 1,
  source: { file: 't.txt', line: 1 }, nWords: 1, sentiment: { score: 0, label: 'neutral' },
  themes: themes.map((theme) => ({ theme, weight: 1, cues: [] })),
  mentions: entities.map((entity, i) => ({ entity, type: 'country', surface: entity, start: i, end: i + 1 })),
});

describe('sentence list columns', () => {
  const cases: Array<[string, string[], string[], string, string]> = [
    ['nothing', [], [], '', ''],
    ['one of each', ['security_trust'], ['United States'], 'security_trust', 'United States'],
    ['themes sorted, entities as mentioned', ['us_relations', 'covid', '5g_networks'], ['Huawei', 'China', 'Apple'], '5g_networks;covid;us_relations', 'Huawei;China;Apple'],
    ['repeats once, at first mention', ['covid', 'covid', 'ai'], ['China', 'Huawei', 'China'], 'ai;covid', 'China;Huawei'],
    ['one repeated', ['covid', 'covid'], ['China', 'China'], 'covid', 'China'],
    // False positive: a one-item list must not gain a separator.
    ['a name holding a space', [], ['Ren Zhengfei'], '', 'Ren Zhengfei'],
  ];
  it.each(cases)('%s', (_name, themes, entities, themesText, entitiesText) => {
    const s = sentence(themes, entities);
    expect(themesColumn(s)).toBe(themesText);
    expect(entitiesColumn(s)).toBe(entitiesText);
  });
});
