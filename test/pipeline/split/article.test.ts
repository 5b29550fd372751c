import { describe, expect, it } from 'vitest';
import { ARTICLE, model } from '../turns/sample.js';

describe('news article', () => {
  for (const withManifest of [true, false]) {
    it(`turns Ren's quotations into his turns and the rest into narration (${withManifest ? 'with' : 'without'} manifest)`, () => {
      const { cleaned, interviews } = model(ARTICLE, withManifest);
      expect(cleaned.kind).toBe('article');
      expect(interviews).toHaveLength(1);
      const [iv] = interviews;
      expect(iv.title).toBe('Huawei’s Ren Zhengfei: US won’t crush us');
      expect(iv.interviewee).toBe('Ren Zhengfei');
      const ren = iv.turns.filter((t) => t.role === 'interviewee');
      expect(ren.map((t) => t.text.slice(0, 30))).toEqual([
        '“There’s no way the US can cru',
        '“The world cannot leave us bec',
        '“First, I object to what the U',
        '“The US likes to sanction othe',
        '“We still trust in the UK, and',
      ]);
      // The quotation left open at a paragraph's end continues in the next paragraph, as one turn.
      expect(ren[1].text).toContain('scale things down a bit.\n“If the lights go out');
      expect(ren[1].lineMap.map(([, line]) => line)).toEqual([7, 9]);
      expect(iv.turns.filter((t) => t.role === 'narrator').every((t) => t.speaker === 'Narrator')).toBe(true);
      // "humane management" is a phrase inside the reporter's sentence, not a turn.
      expect(ren.some((t) => t.text.includes('humane management'))).toBe(false);
      expect(cleaned.removed.filter((r) => r.why === 'site navigation').map((r) => r.what)).toEqual([
        'Read more about the Huawei affair',
        'Read more on Mobile networks',
        'Data Center',
        'Data Management',
      ]);
    });
  }
});
