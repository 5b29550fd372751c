/** pipeline/memory.ts: a heap kept near what is live while garbage piles up. */
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { HeapCeiling } from '../../pipeline/memory.js';

const used = (): number => v8.getHeapStatistics().used_heap_size;
const MiB = 1024 * 1024;

/** About `mib` MiB of arrays, returned so the caller decides when they become garbage. */
const allocate = (mib: number): number[][] => Array.from({ length: mib }, () => new Array<number>(MiB / 8).fill(1.5));

describe('HeapCeiling', () => {
  it('collects once the heap has grown past its slack, and not before', () => {
    const ceiling = new HeapCeiling({ slackBytes: 32 * MiB, share: 1 });
    let held: number[][] | null = allocate(8);
    held = null;
    const small = used();
    ceiling.check();
    // 8 MiB of garbage is within the slack: nothing collected.
    expect(used()).toBeGreaterThanOrEqual(small - MiB);
    held = allocate(64);
    // Read while the arrays are held: once they are garbage, the allocations of the lines in between
    // may let V8 finish a collection of its own first (it did, in about one run of ten).
    const big = used();
    // (Not handed to expect(): the assertion would keep it alive.)
    const n = held.length;
    held = null;
    ceiling.check();
    expect(n).toBe(64);
    expect(used()).toBeLessThan(big - 48 * MiB);
  });

  // A stand-in heap: the rule, not V8's own collections, is under test. Each step sets the heap's size,
  // checks, and gives the collections made so far; a collection leaves `liveAfter` bytes (the n-th, its n-th entry).
  const cases: Array<{ name: string; slack: number; floor?: number; live: number; liveAfter: number | number[]; steps: Array<[heap: number, collections: number, rebase?: 'rebase']> }> = [
    {
      // 200 over 400 live is within half of it; then 300 live, whose half (150) is more than the slack.
      name: 'with a share, collects once the heap has grown past that share of what is live',
      slack: 100,
      live: 400,
      liveAfter: 300,
      steps: [[600, 0], [601, 1], [450, 1], [451, 2]],
    },
    {
      name: 'with a share, allows the slack when it is more than that share of what is live',
      slack: 256,
      live: 100,
      liveAfter: 100,
      steps: [[356, 0], [357, 1]],
    },
    {
      // Past slack and share (400 + 100) only from 501 on, and under the floor until 600.
      name: 'with a floor, leaves a heap under it alone, however much of it is garbage',
      slack: 100,
      floor: 600,
      live: 400,
      liveAfter: 100,
      steps: [[550, 0], [600, 0], [601, 1], [250, 1], [599, 1]],
    },
    {
      // A phase's data keeps 650 live (collected at 700 > 400 + 200); then it becomes garbage. Without
      // the rebase nothing would be collected under 975; with it, past 300 + 150.
      name: 'rebase collects and measures from what is live then',
      slack: 100,
      live: 400,
      liveAfter: [650, 300, 300],
      steps: [[700, 1], [900, 1], [900, 2, 'rebase'], [450, 2], [451, 3]],
    },
    {
      name: 'rebase leaves a heap under the floor alone',
      slack: 100,
      floor: 600,
      live: 400,
      liveAfter: 100,
      steps: [[590, 0, 'rebase'], [600, 0, 'rebase'], [601, 1, 'rebase'], [200, 1], [599, 1]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      let heap = c.live;
      let collections = 0;
      const collect = () => {
        heap = typeof c.liveAfter === 'number' ? c.liveAfter : c.liveAfter[collections];
        collections++;
      };
      const ceiling = new HeapCeiling({ slackBytes: c.slack, share: 0.5, floorBytes: c.floor }, { used: () => heap, collect });
      for (const [size, expected, rebase] of c.steps) {
        heap = size;
        if (rebase) {
          ceiling.rebase();
          expect(collections, `rebase at ${size}`).toBe(expected);
          continue;
        }
        heap = size;
        const before = collections;
        // check() says whether it collected (a worker times its collections by it).
        expect(ceiling.check(), `heap ${size}`).toBe(expected > before);
        expect(collections, `heap ${size}`).toBe(expected);
      }
    });
  }

  it('starts from another ceiling’s collection of the same heap: one collection for one pile of garbage', () => {
    // What is live grows (the tables fill) while garbage comes and goes.
    let live = 100;
    let heap = 100;
    let collections = 0;
    const access = { used: () => heap, collect: () => void ((heap = live), collections++) };
    const parts = new HeapCeiling({ slackBytes: 50, share: 0 }, access);
    const documents = new HeapCeiling({ slackBytes: 50, share: 0 }, access);
    live = 200;
    heap = 300;
    expect(documents.check()).toBe(true);
    // Past its own start (100) by more than its slack, but nothing has piled up since.
    expect(parts.check()).toBe(false);
    expect(collections).toBe(1);
    heap = 240;
    expect([documents.check(), parts.check()]).toEqual([false, false]);
    heap = 260;
    expect(parts.check()).toBe(true);
    expect(documents.check()).toBe(false);
    expect(collections).toBe(2);
    // Ceilings on two heaps go on from their own collections.
    let a = 100;
    let b = 100;
    const onA = new HeapCeiling({ slackBytes: 50, share: 0 }, { used: () => a, collect: () => void (a = 180) });
    const onB = new HeapCeiling({ slackBytes: 50, share: 0 }, { used: () => b, collect: () => void (b = 100) });
    a = 300;
    expect(onA.check()).toBe(true);
    b = 200;
    expect(onB.check()).toBe(true);
  });
});
