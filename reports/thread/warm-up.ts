/**
 * Builds one whole report from small synthetic tables, so that the real build finds every library
 * loaded and its own code paths (group-bys, each chart's Vega parse and SVG render, the HTML) already
 * compiled by the engine. It runs while the main thread analyses documents; on the sample corpus it
 * cuts the real build by about a third. On this 2-core machine it also slows the analysis (the
 * engine's compiler and collector threads share the cores), a little less than it saves: a cold run
 * with it was 84 ms faster by median, 29 ms by mean (10 runs each, interleaved, with the names thread
 * and the CLI's V8 budget); where cores are spare, the two do not compete.
 * When the real request comes first (documents served from the cache), `signal` stops it at the next
 * chart or page; a request already waiting when the thread has loaded stops it before it starts.
 */
import { buildReportHere, checkpoint } from '../build.js';
import { browserAssets } from '../html/assets.js';
import { syntheticTables, type SyntheticInput } from './synthetic.js';
import { DEFAULT_AGGREGATE } from '../../analyzers/stance/rows.js';

const WARM_INPUT: SyntheticInput = {
  ids: ['2020-01-01-a', '2020-02-01-b', '2020-03-01-c'],
  titles: ['Interview one', 'Interview two', 'Interview three', 'Outlet'],
  speakers: ['Ann Lee', 'Bo Chen'],
  interviewee: 'Sam Roe',
  texts: [
    'What do you make of the new rules on trade?',
    'We will keep working with every partner, and the rules will not stop us.',
    'Are you worried about security?',
    'Security is our first priority; we have never had a serious incident.',
    'How is the company doing this year?',
    'Sales grew, but the year was hard for our people.',
  ],
  themes: ['trade', 'security', 'business'],
  entities: ['United States', 'Acme', 'Ann Lee'],
  targets: ['united-states', 'security'],
  terms: ['rules', 'partner', 'security', 'sales'],
};

export async function warmUp(signal?: AbortSignal): Promise<void> {
  // A request that arrived while the libraries loaded is delivered (and aborts `signal`) before any
  // warm-up work, which would only delay it.
  await checkpoint(signal);
  browserAssets();
  await buildReportHere({ docs: [], tables: syntheticTables(WARM_INPUT), warnings: [], targets: WARM_INPUT.targets, aggregate: DEFAULT_AGGREGATE }, {}, undefined, signal);
}
