/**
 * Full garbage collections where turnlens knows better than V8's heuristics when memory is free.
 *
 * V8 sizes its next heap limit from what was live at its last full collection and lets the heap grow
 * well past it before collecting again. Two places in a run make that costly on a large corpus:
 * between stages, after most of the heap has just become garbage, and while documents stream in
 * from worker threads (each arrives as a fresh copy, is folded into the tables and dropped: garbage
 * that would otherwise pile up to several times what is live).
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** Below this much live heap a full collection costs more than the memory it could give back. */
export const COLLECT_ABOVE_BYTES = 256 * 1024 * 1024;

let gc: (() => void) | undefined;

/** A full collection, now. */
export function collectNow(): void {
  gc ??= (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    // Not started with --expose-gc: expose it to one fresh context only, as jest's leak detector does.
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
    v8.setFlagsFromString('--no-expose-gc');
  }
  gc();
}

const heapUsed = (): number => v8.getHeapStatistics().used_heap_size;

/** A full collection between stages, when the heap is large enough for it to pay. */
export function collectGarbage(): void {
  if (heapUsed() >= COLLECT_ABOVE_BYTES) collectNow();
}

/** How a HeapCeiling reads the heap and collects it (V8's own, unless a test stands in). */
export interface HeapAccess {
  used: () => number;
  collect: () => void;
}

const V8_HEAP: HeapAccess = { used: heapUsed, collect: collectNow };

/**
 * Keeps the heap within about twice what was live at the last collection (and at least `slack`
 * bytes above it): `check()` after each unit of work collects once the heap has grown past that.
 * `share` sets how far past what is live the heap may grow, as a share of it (1: twice what is live).
 */
export class HeapCeiling {
  private live: number;

  constructor(
    private readonly slack = COLLECT_ABOVE_BYTES / 2,
    private readonly share = 1,
    private readonly heap: HeapAccess = V8_HEAP,
  ) {
    this.live = heap.used();
  }

  check(): void {
    const used = this.heap.used();
    if (used - this.live <= Math.max(this.slack, this.live * this.share)) return;
    this.heap.collect();
    this.live = this.heap.used();
  }
}
