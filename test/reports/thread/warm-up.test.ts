/**
 * The report thread's warm-up gives way to a real request: one already waiting when the thread has
 * loaded stops it before any work, one arriving later at the next chart or page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ build: 0, assets: 0 }));
vi.mock('../../../reports/build.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../reports/build.js')>();
  return { ...real, buildReportHere: (...args: Parameters<typeof real.buildReportHere>) => (calls.build++, real.buildReportHere(...args)) };
});
vi.mock('../../../reports/html/assets.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../reports/html/assets.js')>();
  return { ...real, browserAssets: () => (calls.assets++, real.browserAssets()) };
});
const { warmUp } = await import('../../../reports/thread/warm-up.js');

afterEach(() => {
  calls.build = 0;
  calls.assets = 0;
});

describe('warmUp', () => {
  it('does nothing when the request arrives in the same turn of the event loop', async () => {
    const stop = new AbortController();
    const warming = warmUp(stop.signal);
    stop.abort();
    await expect(warming).rejects.toThrow();
    expect(calls).toEqual({ build: 0, assets: 0 });
  });

  it('builds the synthetic report when nothing stops it', async () => {
    await warmUp();
    expect(calls.build).toBe(1);
    expect(calls.assets).toBeGreaterThan(0);
  }, 60_000);

  it('stops midway when the request arrives during the build', async () => {
    const stop = new AbortController();
    const warming = warmUp(stop.signal);
    await new Promise((resolve) => setImmediate(resolve));
    stop.abort();
    await expect(warming).rejects.toThrow();
    expect(calls.build).toBe(1);
  }, 60_000);
});
