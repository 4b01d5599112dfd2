/**
 * The browser's side of `#explorer-markup`: the prerendered words and shapes are already in
 * the page, so there is nothing to draw, only values for `{@html}` to adopt the markup with:
 * any non-empty string, since `{@html}` adopts the server's markup and never compares it.
 * Each export has its build twin's signature (markup.ts) and ignores its arguments.
 */
import type { I18n } from '$lib/i18n/context';
import type { SliderSpec } from '$lib/model/inputs';
import type { PresetId } from './presets';
import type { ExplorerWords } from './words';

/** What every function here returns: something for `{@html}` to adopt. */
const adopt = (): string => 'static';

/** Something for `{@html}` to adopt the slider's prerendered shapes with. */
export const sliderShapes: (i18n: I18n, spec: SliderSpec) => string = adopt;

/** Something for `{@html}` to adopt the slider's prerendered words with. */
export const sliderWords: (i18n: I18n, text: string) => string = adopt;

/** Something for `{@html}` to adopt the preset button's prerendered words with. */
export const presetLabel: (i18n: I18n, words: ExplorerWords, id: PresetId) => string = adopt;

/** Something for `{@html}` to adopt the prerendered "why" list with. */
export const presetsWhy: (i18n: I18n, words: ExplorerWords) => string = adopt;
