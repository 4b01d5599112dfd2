/**
 * Keeps the model figures inside the story's prose current. The prose is built into the page
 * (see islands.ts); each figure in it is a `<bdi data-live="key">`.
 */
import { formatLive, type LiveKey } from '$lib/format/live';
import type { I18n } from '$lib/i18n/context';
import type { Result } from '$lib/model/schedule';

/** Writes each live figure under `root` for `result`; touches only those whose text changed. */
export function updateLiveFigures(root: ParentNode, i18n: I18n, result: Result): void {
  for (const el of root.querySelectorAll<HTMLElement>('bdi[data-live]')) {
    const text = formatLive(i18n, el.dataset.live as LiveKey, result);
    if (el.textContent !== text) el.textContent = text;
  }
}
