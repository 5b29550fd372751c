import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sliceCuts } from '../../../pipeline/sentences/turn-slices.js';

/** `text` cut at `cuts`. */
const slices = (text: string, cuts: number[]) => [0, ...cuts].map((from, k) => text.slice(from, cuts[k] ?? text.length));

describe('where a long turn is cut into slices', () => {
  const cases: Array<{ name: string; text: string; max: number; slices: string[] }> = [
    { name: 'no longer than the size: whole', text: 'We build bridges. They stand.', max: 29, slices: ['We build bridges. They stand.'] },
    { name: 'before the sentence that would pass the size', text: 'We build bridges. They stand long. Rain falls.', max: 30, slices: ['We build bridges. ', 'They stand long. Rain falls.'] },
    { name: 'after closing quotes', text: 'He said "we will win." Then he left the room.', max: 30, slices: ['He said "we will win." ', 'Then he left the room.'] },
    { name: 'after "!" and "?"', text: 'Will we win? Yes! We will win.', max: 25, slices: ['Will we win? Yes! ', 'We will win.'] },
    // False positives: a title before a name, an initial, "U.S." before a capital, a lower-case next word.
    { name: 'not after a title: at white space instead', text: 'We met the new chief, Prof. Stone of Porto, today.', max: 30, slices: ['We met the new chief, Prof. ', 'Stone of Porto, today.'] },
    { name: 'not after an initial', text: 'Our chief engineer J. Stone said so.', max: 22, slices: ['Our chief engineer J. ', 'Stone said so.'] },
    { name: 'not after "U.S."', text: 'It sells more in the U.S. Market share grew.', max: 28, slices: ['It sells more in the U.S. ', 'Market share grew.'] },
    { name: 'not before a lower-case word', text: 'We build bridges. and roads. They stand.', max: 32, slices: ['We build bridges. and roads. ', 'They stand.'] },
    { name: 'no white space: after a Chinese full stop', text: '我们不会停止研究。我们相信客户。我们会继续努力工作。', max: 12, slices: ['我们不会停止研究。', '我们相信客户。', '我们会继续努力工作。'] },
    { name: 'nothing to cut at: at the size, never inside a surrogate pair', text: `xxxxx${'😀'.repeat(5)}`, max: 8, slices: ['xxxxx😀', '😀😀😀😀'] },
  ];
  it.each(cases)('$name', ({ text, max, slices: expected }) => {
    expect(slices(text, sliceCuts(text, max))).toEqual(expected);
  });

  it('loses nothing: slices in order, each at most the size and more than half of it, but the last', () => {
    const chunk = fc.constantFrom('We build. ', 'They stand', ' ', '\n', 'Dr. ', 'U.S. ', '。', '😀', 'x', '! ', 'Ok? ');
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 200 }), fc.integer({ min: 4, max: 80 }), (parts, max) => {
        const text = parts.join('');
        const cuts = sliceCuts(text, max);
        const got = slices(text, cuts);
        expect(got.join('')).toBe(text);
        got.forEach((s, k) => {
          expect(s.length).toBeLessThanOrEqual(max);
          if (k < got.length - 1) expect(s.length).toBeGreaterThan(max >> 1);
        });
        // No cut splits a surrogate pair.
        for (const c of cuts) expect(text.charCodeAt(c - 1) >= 0xd800 && text.charCodeAt(c - 1) <= 0xdbff).toBe(false);
      }),
    );
  });
});
