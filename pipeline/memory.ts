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
import { MIB } from './units.js';

/** Below this much live heap a full collection costs more than the memory it could give back. */
export const COLLECT_ABOVE_BYTES = 256 * MIB;

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
 * How far a HeapCeiling lets the heap grow past what was live at its last collection: by
 * `slackBytes`, or by `share` of what is live when that is more (1: to twice what is live). A heap
 * under `floorBytes` is never collected, however much of it is garbage: a small run never pays.
 * Plain data, so that a worker thread can be sent one.
 */
export interface HeapLimit {
  slackBytes: number;
  share: number;
  floorBytes?: number;
}

/**
 * Between documents in this thread: 128 MB past what is live, however much that is. (Twice what is
 * live: the 300× corpus, 600 MB of tables, peaked at 1,388 MB in this stage; half again: 1,227 MB.
 * Once its text was held one byte a character, half again still set the run's peak, 1,105 and
 * 1,139 MB, against 1,053 and 1,053 MB with 128 MB, where the report and the table files peak too.)
 */
export const DOCUMENTS_HEAP: HeapLimit = { slackBytes: COLLECT_ABOVE_BYTES / 2, share: 0 };

/**
 * A document worker's heap: about 50 MB is live between documents (the model, resources, wink's
 * learned words), and each document leaves some 30 MB of garbage. Left to V8, a worker's heap grew
 * to 250 MB before a full collection (the 100× corpus): two workers held 400 MB of garbage at the
 * documents stage's peak. Collected once 64 MB have piled up, it stays near 120 MB.
 */
export const WORKER_HEAP: HeapLimit = { slackBytes: 64 * MIB, share: 1 };

/**
 * The report's own garbage, collected as it goes: each derived table, chart and page leaves behind
 * copies of the rows it read, and report.html (30 MB at 100× the sample) some 140 MB. Left to V8,
 * they piled up to about 800 MB over a live heap of 560 MB on a 30 MB corpus. Here the heap may grow
 * by a quarter of what is live, 64 MB at least; under 320 MB it is left alone, so a small corpus
 * never pays for a collection. (With 512 MB, the 100× corpus, some 300 MB live, peaked 60 MB higher
 * once the report's sentence look-up stopped holding 55 MB: its heap stayed under the floor longer.)
 */
export const REPORT_HEAP: HeapLimit = { slackBytes: 64 * MIB, share: 0.25, floorBytes: 320 * MIB };

/**
 * The last full collection any HeapCeiling of this thread made on a heap, and what was live after it.
 * Two ceilings may watch one heap (a long document's parts, and the documents taken into the
 * tables). Each measures from the latest collection either made: otherwise, after a part, the second
 * to check collected again what the first had just collected (a 6 MB interview: 262.5 → 262.3 MB
 * in 486 ms).
 */
interface Collected {
  serial: number;
  live: number;
}
const lastCollected = new WeakMap<HeapAccess, Collected>();

/**
 * Keeps the heap within its limit: `check()` after each unit of work collects once the heap has
 * grown past it.
 */
export class HeapCeiling {
  private live: number;
  /** The serial of the last collection this ceiling has taken into account. */
  private seen: number;

  constructor(
    private readonly limit: HeapLimit = DOCUMENTS_HEAP,
    private readonly heap: HeapAccess = V8_HEAP,
  ) {
    this.live = heap.used();
    this.seen = lastCollected.get(heap)?.serial ?? 0;
  }

  /** Collects, and measures what is live after it. */
  private collect(): void {
    this.heap.collect();
    this.live = this.heap.used();
    this.seen = (lastCollected.get(this.heap)?.serial ?? 0) + 1;
    lastCollected.set(this.heap, { serial: this.seen, live: this.live });
  }

  /** Whether it collected. */
  check(): boolean {
    const last = lastCollected.get(this.heap);
    if (last && last.serial > this.seen) {
      this.live = last.live;
      this.seen = last.serial;
    }
    const { slackBytes, share, floorBytes = 0 } = this.limit;
    const used = this.heap.used();
    if (used <= floorBytes || used - this.live <= Math.max(slackBytes, this.live * share)) return false;
    this.collect();
    return true;
  }

  /**
   * After a phase whose data has just become garbage: collects now (above the floor) and measures
   * from what is live then. Otherwise the limit stays where the phase's peak put it, and the next
   * phase's garbage may pile up over the whole of what the phase held.
   */
  rebase(): void {
    if (this.heap.used() <= (this.limit.floorBytes ?? 0)) return;
    this.collect();
  }
}
