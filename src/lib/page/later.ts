/**
 * Work that can wait until the page has started: each job runs in a task of its own, in the
 * order given, after the task that queued it. A page's start-up then ends in several short
 * tasks instead of one long one, and input can be handled between them.
 */

const queue: (() => void)[] = [];
let scheduled = false;

function next(): void {
  const job = queue.shift();
  if (queue.length > 0) setTimeout(next, 0);
  else scheduled = false;
  job?.();
}

/** Queues `job` to run in a later task of its own. Returns a function that drops it. */
export function inTurn(job: () => void): () => void {
  queue.push(job);
  if (!scheduled) {
    scheduled = true;
    setTimeout(next, 0);
  }
  return () => {
    const at = queue.indexOf(job);
    if (at >= 0) queue.splice(at, 1);
  };
}
