/**
 * How a slider's value reads: the short form shown next to the slider ("3.95%", "$2.35/h",
 * "6 years") and the spoken form for assistive technology ("3.95 percent a year").
 */
import { formatNumber, formatPercent, formatUsd } from '$lib/format/format';
import { getT, plural } from '$lib/i18n/i18n';
import type { Lang } from '$lib/i18n/languages';
import type { SliderSpec } from '$lib/model/inputs';

/** Decimals of a step such as 0.05 (2) or 1 (0). */
export function stepDecimals(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * The value as shown beside the slider, in the slider's unit, always with the step's decimals
 * (4.00%, not 4%) so the width does not jump while dragging. E.g. price 2.35 → "$2.35/h".
 */
export function formatSliderValue(lang: Lang, spec: SliderSpec, value: number): string {
  const t = getT(lang);
  const d = stepDecimals(spec.step);
  const digits = { max: d, min: d };
  switch (spec.unit) {
    case 'percent':
      return formatPercent(lang, value, digits);
    case 'points':
      return t('explorer:units.points', { n: formatNumber(lang, value, digits) });
    case 'usdPerHour':
      return t('explorer:units.usdPerHour', { usd: formatUsd(lang, value, digits) });
    case 'percentPerYear':
      return t('explorer:units.percentPerYear', { pct: formatPercent(lang, value, digits) });
    case 'years':
      return plural(lang, 'units.years', value);
    case 'months':
      return plural(lang, 'units.months', value);
  }
}

/**
 * The value in words for `aria-valuetext`, without trailing zeros and with the plural form the
 * number takes: utilisation 80 → "80 percent of hours billed"; delay 2 (Arabic) → "شهران".
 * Sliders other than durations have a sentence each under `valueText` in explorer.json.
 */
export function sliderValueText(lang: Lang, spec: SliderSpec, value: number): string {
  if (spec.unit === 'years') return plural(lang, 'units.years', value);
  if (spec.unit === 'months') return plural(lang, 'units.months', value);
  const n = formatNumber(lang, value, { max: stepDecimals(spec.step) });
  return getT(lang)(`explorer:valueText.${spec.id}`, { count: value, n });
}
