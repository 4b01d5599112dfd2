/**
 * What a reader has done inside a piece of markup that is about to be replaced by its live
 * version (ChartSlot): which element has focus and which disclosures are open. Both are lost
 * when the nodes go; the replacement has the same structure, so positions carry them over.
 */

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

export interface Carried {
  /** Index of the focused element among the focusable ones, or -1. */
  focus: number;
  /** Whether each <details>, in document order, is open. */
  open: boolean[];
}

/** Reads focus and open disclosures inside `root`. */
export function takeState(root: HTMLElement): Carried {
  const active = document.activeElement;
  return {
    focus:
      active && root.contains(active) ? [...root.querySelectorAll(FOCUSABLE)].indexOf(active) : -1,
    open: [...root.querySelectorAll('details')].map((d) => d.open)
  };
}

/** Gives the new markup inside `root` the same open disclosures and focus, without scrolling. */
export function giveState(root: HTMLElement, carried: Carried): void {
  root.querySelectorAll('details').forEach((d, i) => {
    if (carried.open[i]) d.open = true;
  });
  if (carried.focus < 0) return;
  const target = root.querySelectorAll<HTMLElement>(FOCUSABLE)[carried.focus];
  if (!target) return;
  target.focus({ preventScroll: true });
  // The live markup may not sit exactly where the static one did: a focused control pushed off
  // the screen is brought back by the least scroll, so focus stays in sight (WCAG 2.4.11).
  const r = target.getBoundingClientRect();
  if (r.top < 0 || r.bottom > innerHeight) target.scrollIntoView({ block: 'nearest' });
}
