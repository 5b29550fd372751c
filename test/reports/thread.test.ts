/**
 * The preloaded report thread builds the same files, byte for byte, as the calling thread, and sends
 * them back one by one as they are made.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, emitReport, preloadReport } from '../../reports/index.js';
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

  it('hands each file to emit in its own message, once, as the calling thread would make it', async () => {
    const here = await buildReport(fixtureResult(), { compare: COMPARE });
    preloadReport();
    const emitted: string[] = [];
    const ticks = new Set<number>();
    let tick = 0;
    const timer = setInterval(() => tick++, 0);
    try {
      await emitReport(fixtureResult(), { compare: COMPARE }, (rel, content) => {
        emitted.push(rel);
        ticks.add(tick);
        expect(typeof content === 'string' || content instanceof Uint8Array).toBe(true);
        const v = here.get(rel);
        expect(typeof content === 'string' ? content : Buffer.from(content as Uint8Array).toString('utf8'), rel).toBe(typeof v === 'string' ? v : Buffer.from(v!).toString('utf8'));
      });
    } finally {
      clearInterval(timer);
    }
    expect([...emitted].sort()).toEqual([...here.keys()]);
    expect(new Set(emitted).size).toBe(emitted.length);
    // Files arrive over several turns of the event loop, not all in one reply.
    expect(ticks.size).toBeGreaterThan(1);
  }, 60_000);

  it('an emit that fails stops the thread build with its error', async () => {
    preloadReport();
    let calls = 0;
    const boom = new TurnlensError('turnlens: internal error: stop', 3);
    await expect(
      emitReport(fixtureResult(), {}, () => {
        calls++;
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(calls).toBe(1);
    expect(takePreloaded()).toBeUndefined();
  }, 60_000);
});
