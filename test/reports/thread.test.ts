/** The preloaded report thread builds the same files, byte for byte, as the calling thread. */
import { describe, expect, it } from 'vitest';
import { buildReport, preloadReport } from '../../reports/index.js';
import { takePreloaded } from '../../reports/thread/preload.js';
import { TurnlensError } from '../../pipeline/messages.js';
import { fixtureResult } from './fixture.js';

const COMPARE: [string, string] = ['2019-11-06-coffee-with-ren', '2020-03-24-scmp'];

describe('report thread', () => {
  it('builds the same files as the calling thread, and is used once', async () => {
    const here = await buildReport(fixtureResult(), { compare: COMPARE });
    preloadReport();
    const there = await buildReport(fixtureResult(), { compare: COMPARE });
    expect(takePreloaded()).toBeUndefined();
    expect([...there.keys()]).toEqual([...here.keys()]);
    for (const [k, v] of here) expect(there.get(k), k).toEqual(v);
  }, 60_000);

  it('raises usage errors in the calling thread, before handing anything over', async () => {
    preloadReport();
    try {
      await expect(buildReport(fixtureResult(), { speaker: 'Nobody' })).rejects.toBeInstanceOf(TurnlensError);
      expect(takePreloaded()).toBeDefined();
    } finally {
      takePreloaded()?.close();
    }
  });
});
