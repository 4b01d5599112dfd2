/**
 * The browser's side of `#explorer-markup`: the prerendered words and shapes are already in
 * the page, so there is nothing to draw, only values for `{@html}` to adopt the markup with:
 * any non-empty string, since `{@html}` adopts the server's markup and never compares it.
 */
import type { I18n } from '$lib/i18n/context';
import type { SliderSpec } from '$lib/model/inputs';
import type { PresetId } from './presets';
import type { ExplorerWords } from './words';

const ADOPT = 'static';

/** Something for `{@html}` to adopt the slider's prerendered shapes with. */
export function sliderShapes(i18n: I18n, spec: SliderSpec): string {
  void i18n;
  void spec;
  return ADOPT;
}

/** Something for `{@html}` to adopt the slider's prerendered words with. */
export function sliderWords(i18n: I18n, text: string): string {
  void i18n;
  void text;
  return ADOPT;
}

/** Something for `{@html}` to adopt the preset button's prerendered words with. */
export function presetLabel(i18n: I18n, words: ExplorerWords, id: PresetId): string {
  void i18n;
  void words;
  void id;
  return ADOPT;
}

/** Something for `{@html}` to adopt the prerendered "why" list with. */
export function presetsWhy(i18n: I18n, words: ExplorerWords): string {
  void i18n;
  void words;
  return ADOPT;
}
