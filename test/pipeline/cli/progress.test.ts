import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgress } from '../../../pipeline/cli/progress.js';

/** A stream that says it is a terminal, keeping what is written to it. */
function terminal(): { stream: NodeJS.WriteStream; text: () => string } {
  const s = new PassThrough() as unknown as NodeJS.WriteStream & { columns: number };
  let out = '';
  Object.assign(s, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  s.on('data', (b: Buffer) => (out += b.toString()));
  return { stream: s, text: () => out };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('progress bar', () => {
  it('counts whole documents while the bar moves within a long one', async () => {
    const t = terminal();
    const p = createProgress(t.stream);
    vi.advanceTimersByTime(1000);
    p.update(0.4, 1, 'long.txt');
    await vi.advanceTimersByTimeAsync(200);
    expect(t.text()).toContain('0/1 documents  long.txt');
    expect(t.text()).not.toContain('0.4');
    p.stop();
  });

  it('stays off when stderr is not a terminal, and before the run has lasted a while', () => {
    const t = terminal();
    const p = createProgress(t.stream);
    p.update(0.5, 3, 'a.txt');
    expect(t.text()).toBe('');
    const piped = new PassThrough() as unknown as NodeJS.WriteStream;
    let out = '';
    (piped as unknown as PassThrough).on('data', (b: Buffer) => (out += b.toString()));
    vi.advanceTimersByTime(1000);
    createProgress(piped).update(1, 3, 'a.txt');
    expect(out).toBe('');
  });
});
