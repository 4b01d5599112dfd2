/**
 * The story's blocks are laid out only near the screen (`content-visibility: auto`, Story.svelte):
 * the first paint lays out what is in sight, and a slider's frame skips the blocks out of
 * sight. A skipped block takes the room of its placeholder size, so each block must know its
 * own: `sizeBlocks` lays every block out once, a few per task so that no task runs long, and
 * writes its height as its placeholder (`contain-intrinsic-block-size`). Then nothing moves as
 * blocks come into view, and a link, the contents or the browser's own scrolling land where the
 * laid-out page would. The browser keeps each block's height as it is later rendered (`auto`).
 */

import { onColumnChange } from './column';

/** How long one task may lay out blocks before yielding to the page, ms. */
const SLICE_MS = 8;

/** Measuring jobs waiting, in the order they were queued, with the end of each pass. */
const work: (() => void)[] = [];
let draining = false;

function drain(): void {
  const start = performance.now();
  while (work.length > 0 && performance.now() - start < SLICE_MS) work.shift()?.();
  if (work.length > 0) setTimeout(drain, 0);
  else draining = false;
}

/**
 * Runs `jobs` in order after every job queued before them (the first slice at once), at most
 * SLICE_MS of them per task, then `done`. One queue for every pass of measuring, so that one
 * pass's results are in place before the next pass reads the layout they change.
 */
function inSlices(jobs: readonly (() => void)[], done: () => void): void {
  work.push(...jobs, done);
  if (!draining) {
    draining = true;
    drain();
  }
}

/**
 * A measuring pass over `items`, run in the shared queue of slices: `run` queues `each` for
 * every item and drops what an earlier run left undone; `stop` drops a pass under way. `busy`
 * hears when a pass starts and ends.
 */
export function slicedPass<T>(
  items: readonly T[],
  each: (item: T) => void,
  busy: (measuring: boolean) => void
): { run: () => void; stop: () => void } {
  let pass = 0;
  return {
    run() {
      const mine = ++pass;
      busy(true);
      inSlices(
        items.map((item) => () => {
          if (mine === pass) each(item);
        }),
        () => {
          if (mine === pass) busy(false);
        }
      );
    },
    stop() {
      pass++;
    }
  };
}

/**
 * Measures every block in `blocks` (laid out one slice at a time, each at most SLICE_MS) and
 * sets its placeholder height, px; again when `root`'s width changes or the fonts come in.
 * `busy` hears when a pass starts and ends. Returns the cleanup.
 */
export function sizeBlocks(
  root: HTMLElement,
  blocks: readonly HTMLElement[],
  busy: (measuring: boolean) => void
): () => void {
  const pass = slicedPass(blocks, measure, busy);
  const stop = onColumnChange(root, pass.run);
  return () => {
    pass.stop();
    stop();
  };
}

/**
 * Lays `block` out as if in sight and keeps the height of its content as its placeholder, px
 * (the placeholder stands for the content: padding and borders come on top of it).
 */
function measure(block: HTMLElement): void {
  // Laid out as when in sight under `content-visibility: auto`: contained, so the margins of
  // what is inside stay inside.
  block.style.contentVisibility = 'visible';
  block.style.contain = 'layout style paint';
  const box = getComputedStyle(block);
  const edges = [
    'paddingBlockStart',
    'paddingBlockEnd',
    'borderBlockStartWidth',
    'borderBlockEndWidth'
  ] as const;
  const content =
    block.getBoundingClientRect().height -
    edges.reduce((sum, edge) => sum + parseFloat(box[edge]), 0);
  block.style.containIntrinsicBlockSize = `auto ${Math.max(0, content)}px`;
  block.style.contentVisibility = '';
  block.style.contain = '';
}
