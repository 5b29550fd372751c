/**
 * analyzers/entities/names-thread: compromise read on a thread of its own gives what this thread
 * would find; a thread that fails in any way is given up and the caller reads itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readWindowsHere } from '../../../../analyzers/entities/compromise.js';
import { namesThreadRunning, readNamesInThread, startNamesThread, stopNamesThread } from '../../../../analyzers/entities/names-thread/index.js';

const FIXTURES = 'test/analyzers/entities/names-thread';

const TEXTS = [
  ['Yesterday we met John Lewis from the committee.', 'the Royal Canadian Mounted Police (RCMP'],
  ['said Secretary Wilbur Ross.', "Huawei's Blue Team, an.", 'talk by Carole Cadwalladr, you'],
  ['Ｆｕｌｌ Ｗｉｄｔｈ and Ünïcödé Ñames such as José Álvarez of Banco Santander'],
  [''],
];

afterEach(() => stopNamesThread());

describe('names thread', () => {
  it('finds what this thread finds, text after text', () => {
    startNamesThread();
    for (const t of TEXTS) expect(readNamesInThread(t)).toEqual(readWindowsHere(t));
    expect(namesThreadRunning()).toBe(true);
  });

  it('answers nothing when no thread runs, or once it is stopped', () => {
    expect(readNamesInThread(TEXTS[0])).toBeUndefined();
    startNamesThread();
    stopNamesThread();
    expect(namesThreadRunning()).toBe(false);
    expect(readNamesInThread(TEXTS[0])).toBeUndefined();
  });

  it.each([
    ['never starts', `${FIXTURES}/no-such-worker`],
    ['ends without answering', `${FIXTURES}/exiting-worker`],
    ['fails a read', `${FIXTURES}/failing-worker`],
  ])('is given up when it %s', (_, entry) => {
    startNamesThread(entry, { startMs: 2_000, readMs: 10_000 });
    const t0 = performance.now();
    expect(readNamesInThread(TEXTS[0])).toBeUndefined();
    expect(namesThreadRunning()).toBe(false);
    // Each failure is seen well before the read limit.
    expect(performance.now() - t0).toBeLessThan(8_000);
  });
});
