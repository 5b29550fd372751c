// Times each pipeline stage on a text, in a worker thread so the test can stop a runaway stage.
// Runs the built code (dist/; `npm test` builds first).
import { parentPort } from 'node:worker_threads';

const dist = new URL('../../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const { prepare } = await load('pipeline/index.js');
const { clean } = await load('pipeline/clean/index.js');
const { split } = await load('pipeline/split/index.js');
const { findTurns } = await load('pipeline/turns/index.js');
const { toSentences } = await load('pipeline/sentences/index.js');
const { analyzeSentences } = await load('pipeline/sentences/analyze.js');
const { tabulate } = await load('pipeline/tables/index.js');

const ctx = prepare({});

function timeStages(text) {
  const t = {};
  let t0 = performance.now();
  const lap = (name) => {
    const now = performance.now();
    t[name] = now - t0;
    t0 = now;
  };
  const raw = { file: 'x.txt', encoding: 'UTF-8', text, sha256: '' };
  const c = clean(raw);
  lap('clean');
  const spans = split(c);
  lap('split');
  const interviews = spans.map((s) => findTurns(s, c).interview);
  lap('turns');
  const sentences = interviews.map((iv) => toSentences(iv));
  lap('sentences');
  const analyzed = interviews.map((iv, i) => analyzeSentences(iv, sentences[i], ctx));
  lap('analyzers');
  tabulate([{ file: 'x.txt', kind: c.kind, encoding: 'UTF-8', interviews: analyzed, removed: c.removed, warnings: [] }], ctx);
  lap('tables');
  return t;
}

timeStages('Warm up: A: the first call compiles patterns and fills caches.');
parentPort.on('message', (text) => parentPort.postMessage(timeStages(text)));
parentPort.postMessage('ready');
