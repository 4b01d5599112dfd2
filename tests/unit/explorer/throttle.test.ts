import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { afterRest, throttle } from '$lib/explorer/throttle';

describe('throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the first call at once and folds the calls inside the interval into one', () => {
    const runs: number[] = [];
    const th = throttle(1000, () => runs.push(Date.now()), Date.now);
    const start = Date.now();
    th.call();
    expect(runs).toEqual([start]);
    vi.advanceTimersByTime(100);
    th.call();
    vi.advanceTimersByTime(100);
    th.call();
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(800);
    expect(runs).toEqual([start, start + 1000]);
    vi.advanceTimersByTime(5000);
    expect(runs).toHaveLength(2);
  });

  it('cancel drops the waiting run', () => {
    const fn = vi.fn();
    const th = throttle(1000, fn, Date.now);
    th.call();
    th.call();
    th.cancel();
    vi.advanceTimersByTime(2000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('for any calls: runs at least an interval apart, and a run follows the last call', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1500 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        (gaps, interval) => {
          vi.setSystemTime(0);
          const runs: number[] = [];
          const th = throttle(interval, () => runs.push(Date.now()), Date.now);
          let lastCall = 0;
          for (const gap of gaps) {
            vi.advanceTimersByTime(gap);
            lastCall = Date.now();
            th.call();
          }
          vi.advanceTimersByTime(interval);
          for (let i = 1; i < runs.length; i++)
            expect(runs[i]! - runs[i - 1]!).toBeGreaterThanOrEqual(interval);
          expect(runs.at(-1)).toBeGreaterThanOrEqual(lastCall);
          th.cancel();
        }
      )
    );
  });
});

describe('afterRest', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('for any calls: runs once per rest of the given length, after the last call of each', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1500 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        (gaps, quiet) => {
          vi.setSystemTime(0);
          const runs: number[] = [];
          const rest = afterRest(quiet, () => runs.push(Date.now()), Date.now);
          const calls: number[] = [];
          for (const gap of gaps) {
            vi.advanceTimersByTime(gap);
            calls.push(Date.now());
            rest.call();
          }
          vi.advanceTimersByTime(quiet);
          // A run falls exactly `quiet` after each call that no other call followed within it.
          const expected = calls.filter((t, i) => (calls[i + 1] ?? Infinity) - t >= quiet);
          expect(runs).toEqual(expected.map((t) => t + quiet));
          rest.cancel();
        }
      )
    );
  });

  it('sets a timer per quiet spell of calls, not one per call', () => {
    const fn = vi.fn();
    const rest = afterRest(300, fn, Date.now);
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    // A one-second drag: sixty calls, one a frame.
    for (let i = 0; i < 60; i++) {
      rest.call();
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(300);
    expect(fn).toHaveBeenCalledTimes(1);
    // The first wait, then one re-arm each time the deadline had moved on: 0, 300, 600, 900.
    expect(setTimer.mock.calls.length).toBeLessThanOrEqual(5);
    setTimer.mockRestore();
    rest.cancel();
  });

  it('cancel drops the waiting run', () => {
    const fn = vi.fn();
    const rest = afterRest(300, fn, Date.now);
    rest.call();
    vi.advanceTimersByTime(299);
    rest.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });
});
