/**
 * Interview ids across a corpus (pipeline/split/corpus-ids.ts): the later of two equal ids is
 * renamed everywhere it is embedded, deterministically, with a warning; a corpus without clashes
 * keeps every id; manifest ids stay with their interviews.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, prepare, type DocContext } from '../../../pipeline/index.js';
import type { AnalyzedInterview, DocResult, Tables } from '../../../pipeline/types.js';
import { toSentences } from '../../../pipeline/sentences/index.js';
import { analyzeSentences } from '../../../pipeline/sentences/analyze.js';
import { tabulate, TableBuilder } from '../../../pipeline/tables/index.js';
import { parseManifest, type Manifest } from '../../../pipeline/manifest.js';
import { TurnlensError } from '../../../pipeline/messages.js';
import { checkManifestMatches, chooseInterviewIds, uniqueInterviewIds } from '../../../pipeline/split/corpus-ids.js';
import { makeInterview } from '../sentences/make-interview.js';

const DATA = path.resolve(import.meta.dirname, '..', '..', '..', 'data');
const FIXTURE = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'transcripts', 'compilation.txt');

let ctx: DocContext;
beforeAll(() => {
  ctx = prepare({ dataDir: DATA });
});

/** An analysed interview that talks about the default stance targets, so its stance has evidence. */
function interview(id: string, file: string): AnalyzedInterview {
  const iv = makeInterview(
    [
      { speaker: 'Interviewer', text: 'What do you think of the United States and its security worries?' },
      { speaker: 'Ada Stone', text: 'The United States is a great country. We respect the United States and its universities. Our security record is strong and we welcome every inspection.' },
      { speaker: 'Interviewer', text: 'Do you trust American customers?' },
      { speaker: 'Ada Stone', text: 'I admire the United States. Their customers trust our network security.' },
    ],
    id,
  );
  iv.sourceFile = file;
  return analyzeSentences(iv, toSentences(iv), ctx);
}

function doc(file: string, ids: readonly string[]): DocResult {
  return { file, kind: 'compilation', encoding: 'UTF-8', interviews: ids.map((id) => interview(id, file)), removed: [], warnings: [] };
}

const corpus = (ids: ReadonlyArray<readonly string[]>): DocResult[] => ids.map((d, i) => doc(`in/doc-${i}.txt`, d));
const idsOf = (docs: readonly DocResult[]): string[][] => docs.map((d) => d.interviews.map((a) => a.interview.id));

/** Every string anywhere in `value`. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v);
}

const cases: Array<{ name: string; docs: string[][]; want: string[][] }> = [
  { name: 'no clash: every id kept', docs: [['a', 'b'], ['c'], ['d-2']], want: [['a', 'b'], ['c'], ['d-2']] },
  { name: 'the same interview in two files', docs: [['x'], ['x']], want: [['x'], ['x-2']] },
  { name: 'three copies of a two-interview file', docs: [['x', 'y'], ['x', 'y'], ['x', 'y']], want: [['x', 'y'], ['x-2', 'y-2'], ['x-3', 'y-3']] },
  { name: 'an existing x-2 in a later file is never taken', docs: [['x'], ['x'], ['x-2']], want: [['x'], ['x-3'], ['x-2']] },
  { name: 'an existing x-2 in the same file is never taken', docs: [['x'], ['x', 'x-2']], want: [['x'], ['x-3', 'x-2']] },
  { name: 'an existing x-2 in an earlier file is never taken', docs: [['x-2'], ['x'], ['x']], want: [['x-2'], ['x'], ['x-3']] },
  { name: 'a file with its own suffixed ids, twice', docs: [['x', 'x-2'], ['x', 'x-2']], want: [['x', 'x-2'], ['x-3', 'x-2-2']] },
  { name: 'a clash inside one document', docs: [['x', 'x']], want: [['x', 'x-2']] },
  { name: 'an empty document', docs: [[], ['x'], ['x']], want: [[], ['x'], ['x-2']] },
];

describe('uniqueInterviewIds: which ids are renamed', () => {
  it.each(cases)('$name', ({ docs, want }) => {
    const input = corpus(docs);
    const before = JSON.stringify(input);
    const { docs: out, warnings } = uniqueInterviewIds(input);
    expect(idsOf(out)).toEqual(want);
    expect(new Set(out.flatMap((d) => d.interviews.map((a) => a.interview.id))).size).toBe(want.flat().length);
    // One warning per renamed interview, naming its file and both ids.
    const renamed = docs.flatMap((d, i) => d.map((id, k) => [i, id, want[i][k]] as const)).filter(([, a, b]) => a !== b);
    expect(warnings).toHaveLength(renamed.length);
    renamed.forEach(([i, from, to], n) => {
      expect(warnings[n]).toContain(`"in/doc-${i}.txt"`);
      expect(warnings[n]).toContain(`"${from}"`);
      expect(warnings[n]).toContain(`renamed to "${to}"`);
    });
    // The input is left as it was (it may still be waiting to be written to the cache) …
    expect(JSON.stringify(input)).toBe(before);
    // … and a document without a renamed interview is passed through as it is.
    out.forEach((d, i) => {
      if (docs[i].every((id, k) => id === want[i][k])) expect(d).toBe(input[i]);
      else expect(d).not.toBe(input[i]);
    });
  });

  it('is deterministic: the same input order gives the same ids', () => {
    const ids = [['x', 'y'], ['y', 'x'], ['x', 'x-2']];
    const a = uniqueInterviewIds(corpus(ids));
    const b = uniqueInterviewIds(corpus(ids));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(idsOf(a.docs)).toEqual([['x', 'y'], ['y-2', 'x-3'], ['x-4', 'x-2']]);
  });
});

describe('uniqueInterviewIds: a renamed interview is renamed everywhere', () => {
  const old = '2019-12-02-talk';
  let input: DocResult[];
  let out: DocResult[];
  let tables: Tables;
  beforeAll(() => {
    input = [doc('a/talk.txt', [old]), doc('b/talk.txt', [old])];
    out = uniqueInterviewIds(input).docs;
    tables = tabulate(out, ctx);
  });

  it('in the interview, its turns, sentences, sentence ids and stance evidence', () => {
    const renamed = out[1].interviews[0];
    const fresh = `${old}-2`;
    expect(renamed.interview.id).toBe(fresh);
    expect(renamed.interview.turns.every((t) => t.interviewId === fresh)).toBe(true);
    expect(renamed.sentences.length).toBeGreaterThan(0);
    for (const s of renamed.sentences) {
      expect(s.interviewId).toBe(fresh);
      expect(s.id).toBe(`${fresh}:${s.turnIndex}:${s.index}`);
    }
    const evidence = renamed.stance.flatMap((t) => t.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    const ids = new Set(renamed.sentences.map((s) => s.id));
    for (const e of evidence) expect(ids.has(e)).toBe(true);
    // Nothing in the renamed interview still names the old id (a field added later would show here).
    for (const s of strings(renamed)) expect(s === old || s.startsWith(`${old}:`)).toBe(false);
    // Only the id changed.
    const original = input[1].interviews[0];
    expect(renamed.sentences.map((s) => s.text)).toEqual(original.sentences.map((s) => s.text));
    expect(renamed.stance.map((t) => t.score)).toEqual(original.stance.map((t) => t.score));
  });

  it('in every table: two interviews, nothing merged', () => {
    const ids = [old, `${old}-2`];
    expect(tables.interviews.map((r) => r.interview_id)).toEqual(ids);
    const perInterview = (rows: ReadonlyArray<{ interview_id: string }>) => ids.map((id) => rows.filter((r) => r.interview_id === id).length);
    const keyed: Array<[string, ReadonlyArray<{ interview_id: string }>]> = [
      ['turns', tables.turns],
      ['sentences', tables.sentences],
      ['mentions', tables.mentions],
      ['themes', tables.themes],
      ['stance', tables.stance],
      ['turnStance', tables.turnStance],
    ];
    for (const [name, rows] of keyed) {
      const [a, b] = perInterview(rows);
      expect(a, name).toBeGreaterThan(0);
      expect(a, name).toBe(b);
      expect(a + b, name).toBe(rows.length);
    }
    // Stance evidence cites sentences of its own interview, all present in the sentences table.
    const sentenceIds = new Set(tables.sentences.map((s) => `${s.interview_id}:${s.turn_index}:${s.sentence_index}`));
    for (const row of [...tables.stance, ...tables.turnStance]) {
      for (const e of row.evidence.split(';')) {
        expect(sentenceIds.has(e)).toBe(true);
        expect(e.startsWith(`${row.interview_id}:`)).toBe(true);
      }
    }
  });
});

describe('tables built as documents arrive, ids chosen at the end', () => {
  // The documents stage folds each document into the rows before the ids are known
  // (pipeline/tables/builder.ts); the tables must be those of renaming first, then tabulating.
  it.each(cases)('$name', ({ docs }) => {
    const input = corpus(docs);
    const builder = new TableBuilder(ctx);
    for (const d of input) builder.add(d);
    const streamed = builder.finish(chooseInterviewIds(builder.docIds).ids);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(tabulate(uniqueInterviewIds(input).docs, ctx)));
  });

  it('with a manifest', () => {
    const m = parseManifest({ documents: [{ file: 'listed.txt', kind: 'transcript', interviews: [{ id: 'm', title: 'm' }] }] }, 'manifest.json');
    const input = [doc('a/detected.txt', ['m']), doc('b/listed.txt', ['m'])];
    const builder = new TableBuilder(ctx);
    for (const d of input) builder.add(d);
    const streamed = builder.finish(chooseInterviewIds(builder.docIds, m).ids);
    expect(streamed.interviews.map((r) => r.interview_id)).toEqual(['m-2', 'm']);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(tabulate(uniqueInterviewIds(input, m).docs, ctx)));
  });
});

describe('uniqueInterviewIds and the manifest', () => {
  const manifest = (file: string, ids: string[]): Manifest =>
    parseManifest({ documents: [{ file, kind: 'transcript', interviews: ids.map((id) => ({ id, title: id })) }] }, 'manifest.json');

  it('a manifest id stays with its interview; an earlier detected id equal to it is renamed', () => {
    const docs = [doc('a/detected.txt', ['m']), doc('b/listed.txt', ['m'])];
    const { docs: out, warnings } = uniqueInterviewIds(docs, manifest('listed.txt', ['m']));
    expect(idsOf(out)).toEqual([['m-2'], ['m']]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"a/detected.txt"');
    expect(warnings[0]).toContain('"b/listed.txt"');
  });

  it('a manifest entry that does not list the clashing interview gives it no priority', () => {
    const docs = [doc('a/first.txt', ['m']), doc('b/second.txt', ['m'])];
    expect(idsOf(uniqueInterviewIds(docs, manifest('second.txt', ['other'])).docs)).toEqual([['m'], ['m-2']]);
  });

  const matches: Array<{ name: string; files: string[]; entry: string; ids: string[]; fails: boolean }> = [
    { name: 'one entry, two files of its name in two folders', files: ['one/s.txt', 'two/s.txt'], entry: 's.txt', ids: ['s-id'], fails: true },
    { name: 'one entry, one matching file', files: ['one/s.txt', 'two/t.txt'], entry: 's.txt', ids: ['s-id'], fails: false },
    { name: 'an entry listing no interviews gives no ids', files: ['one/s.txt', 'two/s.txt'], entry: 's.txt', ids: [], fails: false },
  ];
  it.each(matches)('checkManifestMatches: $name', ({ files, entry, ids, fails }) => {
    const m = parseManifest(
      { documents: [{ file: entry, kind: 'transcript', ...(ids.length ? { interviews: ids.map((id) => ({ id, title: id })) } : {}) }] },
      'manifest.json',
    );
    const check = () => checkManifestMatches(files, m);
    if (!fails) {
      expect(check).not.toThrow();
      return;
    }
    expect(check).toThrow(TurnlensError);
    expect(check).toThrow(/"one\/s\.txt".*"two\/s\.txt".*"s-id"/);
  });
});

describe('analyze: two copies of one file in two folders', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-ids-'));
    for (const rel of ['a/one.txt', 'b/nested/two.txt']) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.copyFileSync(FIXTURE, path.join(dir, rel));
    }
    return () => fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives twice the interviews, each with its own id, the same on every run', async () => {
    const single = await analyze([path.join(dir, 'a')], { dataDir: DATA });
    const both = await analyze([dir], { dataDir: DATA });
    const n = single.tables.interviews.length;
    expect(n).toBeGreaterThan(1);
    const ids = both.tables.interviews.map((r) => r.interview_id);
    expect(ids).toHaveLength(2 * n);
    expect(new Set(ids).size).toBe(2 * n);
    // The first copy keeps the ids it has alone; the second is renamed, with a warning each.
    expect(ids.slice(0, n)).toEqual(single.tables.interviews.map((r) => r.interview_id));
    expect(ids.slice(n)).toEqual(ids.slice(0, n).map((id) => `${id}-2`));
    expect(both.warnings.filter((w) => w.includes('renamed to'))).toHaveLength(n);
    // Sentences and turns split evenly between the copies.
    for (const rows of [both.tables.sentences, both.tables.turns]) {
      const count = (id: string) => rows.filter((r) => r.interview_id === id).length;
      for (let k = 0; k < n; k++) expect(count(ids[n + k])).toBe(count(ids[k]));
      expect(rows.length).toBeGreaterThan(0);
    }
    const again = await analyze([dir], { dataDir: DATA });
    expect(again.tables.interviews.map((r) => r.interview_id)).toEqual(ids);
  });

  it('refuses one manifest entry matching a file of the same name in two folders', async () => {
    const same = fs.mkdtempSync(path.join(os.tmpdir(), 'turnlens-ids-'));
    try {
      for (const sub of ['x', 'y']) {
        fs.mkdirSync(path.join(same, sub));
        fs.copyFileSync(FIXTURE, path.join(same, sub, 'talk.txt'));
      }
      const manifestFile = path.join(same, 'manifest.json');
      fs.writeFileSync(
        manifestFile,
        JSON.stringify({ documents: [{ file: 'talk.txt', kind: 'compilation', interviews: [{ id: 'the-talk', title: 'The talk' }] }] }),
      );
      const run = analyze([same], { dataDir: DATA, manifest: manifestFile });
      await expect(run).rejects.toBeInstanceOf(TurnlensError);
      await expect(run).rejects.toThrow(/x\/talk\.txt".*y\/talk\.txt".*"the-talk"/);
    } finally {
      fs.rmSync(same, { recursive: true, force: true });
    }
  });
});
