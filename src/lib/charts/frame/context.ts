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
