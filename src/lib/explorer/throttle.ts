/**
 * Least time between two announcements of the model's figures to screen readers, ms. A drag
 * or a held arrow key changes the model dozens of times a second; a screen reader that tried
 * to speak each would fall behind and talk over the reader.
 */
export const ANNOUNCE_INTERVAL_MS = 1000;

export interface Throttled {
  /** Asks for a run: now if the last one was `interval` ago or more, else when it will be. */
  call(): void;
  /** Drops a waiting run. */
  cancel(): void;
}

/**
 * Runs `fn` at most once every `interval` ms. The first call after a quiet spell runs at once;
 * calls inside the interval fold into one run at its end, so the last call is always followed
 * by a run. `fn` takes no argument: it reads the latest state when it runs.
 */
export function throttle(
  interval: number,
  fn: () => void,
  now: () => number = () => performance.now()
): Throttled {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    last = now();
    fn();
  };
  return {
    call() {
      if (timer !== undefined) return;
      const wait = last + interval - now();
      if (wait <= 0) run();
      else timer = setTimeout(run, wait);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    }
  };
}

/**
 * Runs `fn` once calls have stopped for `quiet` ms: each call restarts the wait. For work that
 * only matters once the reader has let go, so that none of it lands in a drag's frames. A call
 * only moves the deadline: the one timer, when it fires early, waits out the rest, so a drag's
 * sixty calls a second do not each clear and set a timer.
 */
export function afterRest(
  quiet: number,
  fn: () => void,
  now: () => number = () => performance.now()
): Throttled {
  let due = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wake = () => {
    const wait = due - now();
    if (wait > 0) {
      timer = setTimeout(wake, wait);
      return;
    }
    timer = undefined;
    fn();
  };
  return {
    call() {
      due = now() + quiet;
      timer ??= setTimeout(wake, quiet);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}
