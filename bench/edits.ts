/**
 * The "user edited a resource" step of the cache benchmark: a copy of data/themes.json or
 * data/entities.json with one real change (a cue or an entity added), so the configuration — and
 * therefore the results cache key — differs while every document's text does not.
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

/** Adds one cue ("benchmark widget", weight 1) to the first theme's cues (a cue → weight map). */
export function editThemes(src: string, dest: string): string {
  const doc = JSON.parse(fs.readFileSync(src, 'utf8')) as Json & { themes: Array<Json & { cues: Record<string, number> }> };
  const cues = doc.themes[0]?.cues;
  if (!cues || typeof cues !== 'object') throw new Error(`bench: ${src}: the first theme has no cues object`);
  cues['benchmark widget'] = 1;
  return write(dest, doc);
}

function write(dest: string, doc: Json): string {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, JSON.stringify(doc, null, 2));
  return dest;
}
