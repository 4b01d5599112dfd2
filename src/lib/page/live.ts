/**
 * Keeps the model's figures inside the story's prose, and the words around them, current. The
 * prose is built into the page (see islands.ts): each figure in it is a `<bdi data-live="key">`,
 * and each sentence whose wording depends on the model's state a `[data-state="key"]` holding
 * one `[data-when="case"]` per case, all but the true one hidden.
 */
import { formatLive, stateOf, type LiveKey, type StateKey } from '$lib/format/live';
import type { I18n } from '$lib/i18n/context';
import type { Result } from '$lib/model/schedule';

/** Writes each live figure and state under `root` for `result`; touches only what changed. */
export function updateLiveFigures(root: ParentNode, i18n: I18n, result: Result): void {
  for (const el of root.querySelectorAll<HTMLElement>('bdi[data-live]')) {
    const text = formatLive(i18n, el.dataset.live as LiveKey, result);
    if (el.textContent !== text) el.textContent = text;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-state]')) {
    const current = stateOf(el.dataset.state as StateKey, result);
    for (const wording of el.children) {
      if (!(wording instanceof HTMLElement)) continue;
      const hidden = wording.dataset.when !== current;
      if (wording.hidden !== hidden) wording.hidden = hidden;
    }
  }
}

/**
 * Keeps room, under `root`, for every block whose wording follows the model: each paragraph
 * holding a state sentence is given the height its longest wordings take at the current
 * width (min-block-size, px), so that when a slider changes a sentence, the text below it,
 * the chart and the very slider the reader holds stay where they are. Measured again when
 * the column's width changes and once the fonts are in. Returns the cleanup.
 */
export function reserveStateRoom(root: HTMLElement): () => void {
  const blocks = [
    ...new Set(
      [...root.querySelectorAll('[data-state]')]
        .map((el) => el.closest<HTMLElement>('p, li'))
        .filter((el): el is HTMLElement => el !== null)
    )
  ];
  for (const block of blocks) block.dataset.followsModel = '';
  const measure = () => {
    for (const block of blocks) {
      block.style.minBlockSize = '';
      const shown = new Map<HTMLElement, boolean>();
      let tallest = block.getBoundingClientRect().height;
      for (const state of block.querySelectorAll<HTMLElement>('[data-state]')) {
        const wordings = [...state.children].filter((c) => c instanceof HTMLElement);
        const longest = wordings.reduce((a, b) =>
          (b.textContent?.length ?? 0) > (a.textContent?.length ?? 0) ? b : a
        );
        for (const w of wordings) {
          shown.set(w, w.hidden === true);
          w.hidden = w !== longest;
        }
      }
      tallest = Math.max(tallest, block.getBoundingClientRect().height);
      for (const [w, hidden] of shown) w.hidden = hidden;
      block.style.minBlockSize = `${Math.ceil(tallest)}px`;
    }
  };
  let width = -1;
  const observer = new ResizeObserver(([entry]) => {
    const now = Math.round(entry?.contentRect.width ?? 0);
    if (now === width) return;
    width = now;
    measure();
  });
  observer.observe(root);
  void document.fonts?.ready.then(measure);
  return () => {
    observer.disconnect();
    for (const block of blocks) {
      block.style.minBlockSize = '';
      delete block.dataset.followsModel;
    }
  };
}
