/** How long after a slider's last input the page still counts as sliding, ms. */
export const SLIDING_MS = 300;

let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Marks the page as sliding (`data-sliding` on `<html>`) until SLIDING_MS after the last call.
 * A slider already moves its charts frame by frame: the charts' glide between states
 * (charts.css) is for jumps (a scenario, "Try it", reset), and behind a moving slider it would
 * only restart on every frame, adding style, layout and paint work to each.
 */
export function markSliding(): void {
  const root = document.documentElement;
  if (!root.hasAttribute('data-sliding')) root.setAttribute('data-sliding', '');
  clearTimeout(timer);
  timer = setTimeout(() => root.removeAttribute('data-sliding'), SLIDING_MS);
}
