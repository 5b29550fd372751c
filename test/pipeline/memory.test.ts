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
    const ceiling = new HeapCeiling(32 * MiB);
    let held: number[][] | null = allocate(8);
    held = null;
    const small = used();
    ceiling.check();
    // 8 MiB of garbage is within the slack: nothing collected.
    expect(used()).toBeGreaterThanOrEqual(small - MiB);
    held = allocate(64);
    // (Not handed to expect(): the assertion would keep it alive.)
    const n = held.length;
    held = null;
    expect(n).toBe(64);
    const big = used();
    ceiling.check();
    expect(used()).toBeLessThan(big - 48 * MiB);
  });

  it('with a share, collects once the heap has grown past that share of what is live, or past the slack', () => {
    // A stand-in heap: the rule, not V8's own collections, is under test.
    let heap = 400;
    let collections = 0;
    const collect = () => {
      collections++;
      heap = 300;
    };
    const ceiling = new HeapCeiling(100, 0.5, { used: () => heap, collect });
    heap = 600; // 200 over 400 live: within half of it.
    ceiling.check();
    expect(collections).toBe(0);
    heap = 601;
    ceiling.check();
    expect(collections).toBe(1);
    // Now 300 live: half of it (150) is more than the slack.
    heap = 450;
    ceiling.check();
    expect(collections).toBe(1);
    heap = 451;
    ceiling.check();
    expect(collections).toBe(2);
  });

  it('allows the slack when it is more than the share of what is live', () => {
    let heap = 100;
    let collections = 0;
    const collect = () => {
      collections++;
      heap = 100;
    };
    const ceiling = new HeapCeiling(256, 0.5, { used: () => heap, collect });
    heap = 356;
    ceiling.check();
    expect(collections).toBe(0);
    heap = 357;
    ceiling.check();
    expect(collections).toBe(1);
  });
});
