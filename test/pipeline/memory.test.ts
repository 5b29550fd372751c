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
});
