/**
 * Room for a chart's words that change with the sliders (its title, legend and summary): each
 * keeps the tallest height it has had at the current width, so a shorter sentence never pulls
 * the chart's own sliders up under the reader's finger, nor a longer one, once seen, push them
 * down again. The first height is the floor charts.css sets from the most lines each took over
 * the sliders' ends on a phone; a new width starts over. An attachment: `{@attach keepRoom}`.
 */
export function keepRoom(el: HTMLElement): () => void {
  let width = -1;
  let tallest = 0;
  const observer = new ResizeObserver(() => {
    const now = el.clientWidth;
    if (now !== width) {
      width = now;
      tallest = 0;
      el.style.minBlockSize = '';
    }
    const height = el.getBoundingClientRect().height;
    if (height > tallest) {
      tallest = height;
      el.style.minBlockSize = `${height}px`;
    }
  });
  observer.observe(el);
  return () => observer.disconnect();
}
