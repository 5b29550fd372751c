/**
 * Conservation: every word of the source outside removed artifacts lands in exactly one turn, in
 * order. The source's words (minus removed lines and removed parts of lines, with hyphenated words
 * joined where a hyphen was removed) must equal the words of the turns (label + text), in order.
 */
import { describe, expect, it } from 'vitest';
import type { Interview, Removal } from '../../../pipeline/types.js';
import { ARTICLE, COMPILATION, model } from './sample.js';

const WORD = /[\p{L}\p{N}]+/gu;

function sourceWords(text: string, removed: readonly Removal[]): string[] {
  const lines = text.split('\n');
  const joinNext = new Set<number>();
  for (const r of removed) {
    const i = r.line - 1;
    const line = lines[i];
    if (line === undefined) throw new Error(`removal on line ${r.line} beyond the file`);
    if (r.what === '' || r.what.trim() === '') {
      if (line.trim() === '' || line.startsWith(r.what)) lines[i] = r.what === '' ? line : line.slice(r.what.length);
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === r.what) {
      lines[i] = '';
    } else if (trimmed.endsWith(r.what)) {
      lines[i] = trimmed.slice(0, -r.what.length);
      if (r.what === '-') joinNext.add(i);
    } else if (trimmed.startsWith(r.what)) {
      lines[i] = trimmed.slice(r.what.length);
    } else {
      throw new Error(`removal ${JSON.stringify(r.what)} not found on line ${r.line}: ${JSON.stringify(line)}`);
    }
  }
  let joined = '';
  lines.forEach((l, i) => {
    joined += l.trimEnd() + (joinNext.has(i) ? '' : '\n');
  });
  return joined.match(WORD) ?? [];
}

function turnWords(interviews: readonly Interview[]): string[] {
  return interviews.flatMap((iv) => iv.turns.flatMap((t) => `${t.label} ${t.text}`.match(WORD) ?? []));
}

function firstDifference(a: readonly string[], b: readonly string[]): string {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return `word ${i}: source …${a.slice(Math.max(0, i - 5), i + 5).join(' ')}… vs turns …${b.slice(Math.max(0, i - 5), i + 5).join(' ')}…`;
  }
  return `lengths ${a.length} vs ${b.length}`;
}

// Guards against a vacuous pass (both sides empty): the documents' approximate sizes in words.
const MIN_WORDS: Record<string, number> = { [COMPILATION]: 50_000, [ARTICLE]: 400 };

describe('conservation of words', () => {
  for (const file of [COMPILATION, ARTICLE]) {
    for (const withManifest of [true, false]) {
      it(`${file} (${withManifest ? 'with' : 'without'} manifest)`, () => {
        const { raw, cleaned, interviews } = model(file, withManifest);
        const source = sourceWords(raw.text, cleaned.removed);
        const turns = turnWords(interviews);
        if (source.join(' ') !== turns.join(' ')) throw new Error(firstDifference(source, turns));
        expect(turns.length).toBe(source.length);
        expect(turns.length).toBeGreaterThan(MIN_WORDS[file]);
      });
    }
  }
});

describe('provenance', () => {
  it('maps every turn character to the source line that holds it', () => {
    const { raw, interviews } = model(COMPILATION, true);
    const lines = raw.text.split('\n');
    for (const iv of interviews) {
      for (const t of iv.turns) {
        expect(t.lineMap[0][0]).toBe(0);
        expect(t.source.line).toBe(t.lineMap[0][1]);
        t.lineMap.forEach(([offset, line], k) => {
          const end = t.lineMap[k + 1]?.[0] ?? t.text.length;
          const piece = t.text.slice(offset, end).trim().replace(/-$/, '');
          const firstWord = piece.split(/\s+/)[0];
          expect(lines[line - 1], `turn ${iv.id}#${t.index} line ${line}`).toContain(firstWord);
        });
      }
    }
  });
});
