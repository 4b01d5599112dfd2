/**
 * The browser's side of `#presets-markup`: the prerendered words are already in the page,
 * so there is nothing to draw, only values for `{@html}` to adopt the markup with.
 */
import type { I18n } from '$lib/i18n/context';
import type { PresetId } from './presets';
import type { ExplorerWords } from './words';

/** Any non-empty string: `{@html}` adopts the server's markup and never compares it. */
export function presetsWhy(i18n: I18n, words: ExplorerWords): string {
  void i18n;
  void words;
  return 'static:presets-why';
}

/** Any non-empty string, as for presetsWhy. */
export function presetLabel(i18n: I18n, words: ExplorerWords, id: PresetId): string {
  void i18n;
  void words;
  return `static:preset:${id}`;
}
