import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest, manifestFor, parseManifest } from '../../../pipeline/manifest.js';
import { TurnlensError } from '../../../pipeline/messages.js';
import { MANIFEST } from '../turns/sample.js';
import { errorOf } from '../../helpers/tmp.js';

function writeTemp(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-manifest-')), 'manifest.json');
  fs.writeFileSync(file, text);
  return file;
}


const valid = { documents: [{ file: 'a.txt', kind: 'transcript', interviews: [{ id: 'x-1', title: 'X' }] }] };

describe('manifest', () => {
  it('loads the sample manifest', () => {
    const m = loadManifest(MANIFEST);
    expect(m.documents.map((d) => d.kind)).toEqual(['compilation', 'article']);
    expect(m.documents[0].interviews).toHaveLength(7);
  });
  it('matches documents by file basename', () => {
    const m = loadManifest(MANIFEST);
    expect(manifestFor(m, '/elsewhere/data/ren-bbc-interview-news-2019-02.txt')?.kind).toBe('article');
    expect(manifestFor(m, 'other.txt')).toBeUndefined();
  });
  it('fills defaults', () => {
    const m = parseManifest(valid, 'm.json');
    expect(m.documents[0].interviews?.[0]).toMatchObject({ outlets: [], participants: [] });
  });
  it('reports invalid JSON with file and line', () => {
    const file = writeTemp('{\n  "documents": [\n    { "file": "a.txt", }\n  ]\n}\n');
    const e = errorOf(() => loadManifest(file));
    expect(e.message).toMatch(/^turnlens: ".*manifest\.json" line 3: not valid JSON/);
    expect(e.exitCode).toBe(2);
  });
  it('reports a missing file', () => {
    expect(errorOf(() => loadManifest('/no/such/manifest.json')).message).toContain('no such file');
  });
  const SCHEMA_CASES: Array<[string, unknown, RegExp]> = [
    ['wrong kind', { documents: [{ file: 'a.txt', kind: 'book' }] }, /field "documents\[0\]\.kind": expected one of "transcript", "compilation", "article", got "book"/],
    ['missing documents', {}, /field "documents": expected a list/],
    ['bad date', { documents: [{ file: 'a.txt', kind: 'transcript', interviews: [{ id: 'x', title: 'X', date: '2019-13-45' }] }] }, /field "documents\[0\]\.interviews\[0\]\.date": expected .*date/],
    ['unsafe id', { documents: [{ file: 'a.txt', kind: 'transcript', interviews: [{ id: 'A B/C', title: 'X' }] }] }, /field "documents\[0\]\.interviews\[0\]\.id": expected a filename-safe id/],
    ['bad role', { documents: [{ file: 'a.txt', kind: 'transcript', interviews: [{ id: 'x', title: 'X', participants: [{ label: 'Ann', role: 'host' }] }] }] }, /participants\[0\]\.role": expected one of "interviewee"/],
    ['unknown field', { documents: [{ file: 'a.txt', kind: 'transcript', titel: 'X' }] }, /field "documents\[0\]\.titel": expected no field "titel"/],
    ['duplicate id', { documents: [{ file: 'a.txt', kind: 'transcript', interviews: [{ id: 'x', title: 'X' }, { id: 'x', title: 'Y' }] }] }, /interviews\[1\]\.id": expected an id not used by another interview, got "x"/],
  ];
  for (const [name, data, pattern] of SCHEMA_CASES) {
    it(`names the field and what was expected: ${name}`, () => {
      const e = errorOf(() => parseManifest(data, 'data/manifest.json'));
      expect(e.message).toMatch(/^turnlens: "data\/manifest\.json": /);
      expect(e.message).toMatch(pattern);
    });
  }
});
