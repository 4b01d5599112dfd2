/**
 * Calls `measure` whenever the width of `root` changes (the first time in the frame after it
 * is observed, not inside start-up) and once more when the fonts are in, if they are still
 * coming: what the page measures in the story's column depends on both. Returns the cleanup.
 */
export function onColumnChange(root: HTMLElement, measure: () => void): () => void {
  let width = -1;
  let live = true;
  const observer = new ResizeObserver(([entry]) => {
    const now = Math.round(entry?.contentRect.width ?? 0);
    if (now === width) return;
    width = now;
    measure();
  });
  observer.observe(root);
  if (document.fonts && document.fonts.status !== 'loaded')
    void document.fonts.ready.then(() => live && measure());
  return () => {
    live = false;
    observer.disconnect();
  };
}
