import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inTurn } from '$lib/page/later';

describe('inTurn', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs nothing in the task that queues, then one job per task, in order', () => {
    const ran: string[] = [];
    inTurn(() => ran.push('a'));
    inTurn(() => ran.push('b'));
    inTurn(() => ran.push('c'));
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a', 'b']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a job queued by a job runs in a later task; a dropped job never runs', () => {
    const ran: string[] = [];
    inTurn(() => {
      ran.push('first');
      inTurn(() => ran.push('queued by first'));
    });
    const drop = inTurn(() => ran.push('dropped'));
    drop();
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['first']);
    vi.runAllTimers();
    expect(ran).toEqual(['first', 'queued by first']);
    // Dropping twice, or after the run, does nothing.
    drop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
