import { afterRest } from './throttle';

/** How long after a slider's last input the page still counts as sliding, ms. */
export const SLIDING_MS = 300;

/**
 * Whether a slider is held: from an input until the slider is let go (its `change` event)
 * or SLIDING_MS pass with no input. A key press lets go at once, so only a drag holds it.
 */
class Hold {
  held = $state(false);
}

/** The page's one slider hold (there is one thumb to drag at a time). */
export const hold = new Hold();

const rest = afterRest(SLIDING_MS, () => {
  document.documentElement.removeAttribute('data-sliding');
  hold.held = false;
});

/**
 * Marks the page as sliding (`data-sliding` on `<html>`, and `hold.held`) until SLIDING_MS
 * after the last call. A slider already moves its charts frame by frame: the charts' glide
 * between states (charts.css) is for jumps (a scenario, "Try it", reset), and behind a moving
 * slider it would only restart on every frame, adding style, layout and paint work to each.
 */
export function markSliding(): void {
  const root = document.documentElement;
  if (!root.hasAttribute('data-sliding')) root.setAttribute('data-sliding', '');
  if (!hold.held) hold.held = true;
  rest.call();
}

/**
 * The slider was let go (a drag ended, or a key press): what waits for the end of a drag
 * catches up now. `data-sliding` keeps its timer, so that key presses in a row do not glide.
 */
export function letGo(): void {
  hold.held = false;
}
