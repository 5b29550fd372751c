/**
 * The "user edited a resource" step of the cache benchmark: a copy of data/themes.json or
 * data/entities.json with one real change (a cue or an entity added), so the loaded resources —
 * and therefore the results cache key — differ while every document's text does not.
 */
import fs from 'node:fs';
import path from 'node:path';

type Json = Record<string, unknown>;

/** Adds one company to the gazetteer. */
export function editEntities(src: string, dest: string): string {
  const doc = JSON.parse(fs.readFileSync(src, 'utf8')) as Json & { entities: Json[] };
  doc.entities.push({ id: 'Benchmark Widgets', type: 'company', aliases: ['Benchmark Widgets'] });
  return write(dest, doc);
}

/** Adds one cue to the first theme: the first array of cues found in it gets a copy of its own first entry with a new term. */
export function editThemes(src: string, dest: string): string {
  const doc = JSON.parse(fs.readFileSync(src, 'utf8')) as Json & { themes: Json[] };
  const theme = doc.themes[0];
  const cueList = Object.values(theme).find((v): v is unknown[] => Array.isArray(v) && v.length > 0);
  if (!cueList) throw new Error(`bench: ${src}: first theme has no list of cues to extend`);
  const first = cueList[0];
  cueList.push(typeof first === 'string' ? 'benchmark widget' : { ...(first as Json), ...termOf(first as Json) });
  return write(dest, doc);
}

function termOf(cue: Json): Json {
  const key = ['lemma', 'phrase', 'term', 'text', 'cue'].find((k) => typeof cue[k] === 'string');
  if (!key) throw new Error(`bench: cannot tell which field of ${JSON.stringify(cue)} holds the cue`);
  return { [key]: 'benchmark widget' };
}

function write(dest: string, doc: Json): string {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, JSON.stringify(doc, null, 2));
  return dest;
}
