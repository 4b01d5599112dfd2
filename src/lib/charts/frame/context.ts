/**
 * The frame context: the plot box of the chart being drawn, set by ChartFrame and read by the
 * axes and marks inside it, so no child is handed the geometry by hand.
 */
import { getContext, setContext } from 'svelte';
import type { PlotBox } from './layout';

const KEY = Symbol('chart-frame');

/** Makes the plot box (read through the getter, so it follows the width) available below. */
export function setFrame(frame: () => PlotBox): void {
  setContext(KEY, frame);
}

/** The plot box of the enclosing chart frame. */
export function getFrame(): () => PlotBox {
  const frame = getContext<(() => PlotBox) | undefined>(KEY);
  if (!frame) throw new Error('chart parts must be drawn inside a ChartFrame');
  return frame;
}

const WIDTH = Symbol('chart-width');

/**
 * Tells a chart mounted below how wide its plot will be, px, so its first render already
 * fits: without it a chart draws at 640 px until its width is measured.
 */
export function setPlotWidth(width: number): void {
  setContext(WIDTH, width);
}

const HELD = Symbol('chart-words-held');

/**
 * Tells the charts below whether their words should wait: while it reads true, a chart's
 * title and summary keep what they said, and catch up once it reads false.
 */
export function setWordsHeld(held: () => boolean): void {
  setContext(HELD, held);
}

/** Whether the enclosing page holds the charts' words (never, if it says nothing). */
export function wordsHeld(): () => boolean {
  return getContext<(() => boolean) | undefined>(HELD) ?? (() => false);
}

/** The plot width a chart may start at, if the page measured it. */
export function initialPlotWidth(): number | undefined {
  return getContext<number | undefined>(WIDTH);
}
