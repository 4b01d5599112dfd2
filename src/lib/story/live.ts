/**
 * Keeps the model figures inside the story's prose current. The prose is built into the page
 * (see $lib/server/islands.ts); each figure in it is a `<bdi data-live="key">`.
 */
import type { LiveKey } from '$lib/content/types';
import type { Lang } from '$lib/i18n/languages';
import type { Result } from '$lib/model/run';
import { formatLive } from './figures';

/** Writes each live figure under `root` for `result`; touches only those whose text changed. */
export function updateLiveFigures(
  root: ParentNode,
  lang: Lang,
  result: Result,
  t: (key: string) => string
): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-live]')) {
    const text = formatLive(lang, el.dataset.live as LiveKey, result, t);
    if (el.textContent !== text) el.textContent = text;
  }
}
