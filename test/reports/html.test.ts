/** Small pieces of the HTML layer: SVG id renaming, keyword-in-context, number spelling, pages in pieces. */
import { describe, expect, it } from 'vitest';
import { stableIds } from '../../reports/render/svg.js';
import { findTerm, kwicLine } from '../../reports/html/sections/terms.js';
import { fmt } from '../../reports/html/format.js';
import { page, pagePieces } from '../../reports/html/page.js';

describe('stableIds', () => {
  it('renames ids and their references in order of appearance', () => {
    const svg = '<svg><defs><linearGradient id="gradient_17"/><clipPath id="clip42"/></defs><path fill="url(#gradient_17)" clip-path="url(#clip42)"/><use href="#clip42"/></svg>';
    expect(stableIds(svg, 'c')).toBe('<svg><defs><linearGradient id="c-0"/><clipPath id="c-1"/></defs><path fill="url(#c-0)" clip-path="url(#c-1)"/><use href="#c-1"/></svg>');
  });

  it('leaves an SVG without ids alone', () => {
    expect(stableIds('<svg><path d="M0,0"/></svg>', 'c')).toBe('<svg><path d="M0,0"/></svg>');
  });
});

describe('keyword in context', () => {
  it('finds a lemma at the start of a word, case-insensitively', () => {
    expect(findTerm('New Sanctions were added', 'sanction')).toBe(4);
    expect(findTerm('the transaction', 'action')).toBe(-1);
    expect(findTerm('Action first', 'action')).toBe(0);
    expect(findTerm('nothing here', 'sanction')).toBe(-1);
  });

  it('marks the whole word and escapes the context', () => {
    const text = '<b> new sanctions & more';
    expect(kwicLine(text, findTerm(text, 'sanction'), 8)).toBe('&lt;b&gt; new <mark>sanctions</mark> &amp; more');
  });
});

describe('fmt', () => {
  it('spells numbers the same way everywhere, never "-0"', () => {
    expect(fmt.int(49437)).toBe('49,437');
    expect(fmt.pct(0.5904)).toBe('59%');
    expect(fmt.pct(0.5904, 1)).toBe('59.0%');
    expect(fmt.signed(0.35)).toBe('+0.35');
    expect(fmt.signed(-0.4)).toBe('−0.40');
    expect(fmt.signed(-0.001)).toBe('0.00');
    expect(fmt.pp(-0.35)).toBe('−35.0 pp');
    expect(fmt.num(Number.NaN)).toBe('–');
  });
});

describe('pagePieces', () => {
  const parts = { title: 'T & t', scripts: ['var a = 1;'] };
  it('joins to the page with the body pieces on their own lines, never copying a piece', () => {
    const body = ['<h1>One</h1>', '<p>two</p>', '<p>three</p>'];
    const pieces = [...pagePieces({ ...parts, body })];
    expect(pieces.join('')).toBe(page({ ...parts, body: body.join('\n') }));
    for (const b of body) expect(pieces).toContain(b);
  });

  it('makes a body piece given as a function only when the reading reaches it, then runs `between`', () => {
    const log: string[] = [];
    const section = (name: string) => () => {
      log.push(`make ${name}`);
      return `<section>${name}</section>`;
    };
    const pieces = pagePieces({ ...parts, body: ['<h1>One</h1>', section('a'), section('b')] }, () => log.push('between'));
    expect(log).toEqual([]);
    const read: string[] = [];
    for (const p of pieces) {
      read.push(p);
      // What has been made by the time a section is handed over: only that section, and nothing after it.
      if (p === '<section>a</section>') expect(log).toEqual(['between', 'make a']);
    }
    expect(log).toEqual(['between', 'make a', 'between', 'make b', 'between']);
    expect(read.join('')).toBe(page({ ...parts, body: ['<h1>One</h1>', '<section>a</section>', '<section>b</section>'].join('\n') }));
    // Read again, the pieces are made again: the same page.
    expect([...pieces].join('')).toBe(read.join(''));
  });
});
