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
  let pass = 0;
  const run = () => {
    const mine = ++pass;
    busy(true);
    let i = 0;
    const slice = () => {
      if (mine !== pass) return;
      const start = performance.now();
      while (i < blocks.length && performance.now() - start < SLICE_MS) {
        const block = blocks[i++];
        if (block) measure(block);
      }
      if (i < blocks.length) setTimeout(slice, 0);
      else busy(false);
    };
    slice();
  };
  const stop = onColumnChange(root, run);
  return () => {
    pass++;
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
