/**
 * The model settings a page's figures were computed with, as a printed copy states them: each
 * slider's label and value in the page's language, e.g. { label: "Utilisation", value: "80%" }.
 */
import { sameInputs } from '$lib/explorer/presets';
import { sliderLabel, type ExplorerWords } from '$lib/explorer/words';
import { formatInput } from '$lib/format/figures';
import type { I18n } from '$lib/i18n/context';
import { DEFAULT_INPUTS, SLIDERS, type InputId, type Inputs } from '$lib/model/inputs';

export interface Setting {
  id: InputId;
  label: string;
  value: string;
}

/** Every slider's setting, in the sliders' order. */
export function settingsOf(i18n: I18n, words: ExplorerWords, inputs: Inputs): Setting[] {
  return SLIDERS.map(({ id }) => ({
    id,
    label: sliderLabel(words, id),
    value: formatInput(i18n, id, inputs[id])
  }));
}

/** Whether every input is at its late-2025 default. */
export function atDefaults(inputs: Inputs): boolean {
  return sameInputs(inputs, DEFAULT_INPUTS);
}
