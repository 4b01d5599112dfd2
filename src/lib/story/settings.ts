/**
 * The model settings a page's figures were computed with, as a printed copy states them: each
 * slider's label and value in the page's language, e.g. { label: "Utilisation", value: "80%" }.
 */
import type { Lang } from '$lib/i18n/languages';
import { DEFAULT_INPUTS, SLIDERS, type InputId, type Inputs } from '$lib/model/inputs';
import { sliderLabel } from '$lib/components/explorer/modelWords';
import { formatInput } from './inputFormat';

export interface Setting {
  id: InputId;
  label: string;
  value: string;
}

/** Every slider's setting, in the sliders' order. */
export function settingsOf(lang: Lang, inputs: Inputs): Setting[] {
  return SLIDERS.map(({ id }) => ({
    id,
    label: sliderLabel(lang, id),
    value: formatInput(lang, id, inputs[id])
  }));
}

/** Whether every input is at its late-2025 default. */
export function atDefaults(inputs: Inputs): boolean {
  return (Object.keys(DEFAULT_INPUTS) as (keyof Inputs)[]).every(
    (id) => inputs[id] === DEFAULT_INPUTS[id]
  );
}
