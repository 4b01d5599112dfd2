/**
 * Figures with their units and nouns: sourced facts, the model's inputs as the methodology
 * lists them, and slider values as shown beside a slider and spoken by a screen reader.
 */
import type { I18n } from '$lib/i18n/context';
import type { Inputs, SliderSpec } from '$lib/model/inputs';
import { formatNumber, formatPercent, formatUsd, sourceDecimals } from './number';

/** Units a sourced fact may be stated in; the page formats each per language. */
export const FACT_UNITS = [
  'usd',
  'usdBillions',
  'usdMillions',
  'percent',
  'count',
  'usdPerHour',
  'basisPoints',
  'megawatts',
  'days'
] as const;
export type FactUnit = (typeof FACT_UNITS)[number];

/**
 * A sourced figure as a reader sees it, in the fact's own unit: money in dollars (billions and
 * millions in words), percentages, counts, basis points, megawatts, days. No rounding beyond
 * what the source gives. e.g. {value: 86.24, unit: 'usd'} → "$86.24".
 */
export function formatFact(i18n: I18n, fact: { value: number; unit: FactUnit }): string {
  const { lang } = i18n;
  const { value } = fact;
  switch (fact.unit) {
    case 'usd':
      return formatUsd(lang, value, {
        max: sourceDecimals(value, 2),
        min: sourceDecimals(value, 2)
      });
    case 'usdBillions':
      return formatUsd(lang, value * 1e9, { compact: true, max: sourceDecimals(value, 2) });
    case 'usdMillions':
      return value >= 1000
        ? formatUsd(lang, value * 1e6, { compact: true, max: sourceDecimals(value / 1000, 3) })
        : formatUsd(lang, value * 1e6, { compact: true, max: sourceDecimals(value, 1) });
    case 'usdPerHour':
      return i18n.t('units.perHour', { usd: formatUsd(lang, value, { min: 2, max: 2 }) });
    case 'percent':
      return formatPercent(lang, value, { max: sourceDecimals(value, 2) });
    case 'count':
      return formatNumber(lang, value, { max: sourceDecimals(value, 2) });
    case 'basisPoints':
      return i18n.plural('units.basisPoints', value);
    case 'megawatts':
      return i18n.plural('units.megawatts', value);
    case 'days':
      return i18n.plural('units.days', value);
  }
}

/**
 * An input's value with its unit, as the methodology's table of starting values shows it,
 * e.g. utilisation 80 → "80%", capexPerGpu 50000 → "$50,000", powerKw 1.275 → "1.275 kW".
 */
export function formatInput(i18n: I18n, id: keyof Inputs, value: number): string {
  const { lang, t, plural } = i18n;
  switch (id) {
    case 'utilisation':
    case 'baseRate':
    case 'debtShare':
      return formatPercent(lang, value, { max: 2 });
    case 'priceDecline':
    case 'resaleDecline':
      return t('units.perYear', { value: formatPercent(lang, value, { max: 2 }) });
    case 'spread':
    case 'riskPremium':
    case 'equityPremium':
      return plural('units.points', value);
    case 'price':
      return t('units.perHour', { usd: formatUsd(lang, value, { min: 2, max: 2 }) });
    case 'life':
    case 'loanTermYears':
      return plural('units.years', value);
    case 'delay':
      return plural('units.months', value);
    case 'fleet':
      return plural('units.gpus', value);
    case 'capexPerGpu':
      return formatUsd(lang, value);
    case 'otherOpexPerGpuYear':
      return t('units.perGpuYear', { usd: formatUsd(lang, value) });
    case 'powerKw':
      return t('units.kw', { value: formatNumber(lang, value, { max: 3 }) });
    case 'pue':
      return formatNumber(lang, value, { max: 2 });
    case 'electricityPerKwh':
      return t('units.perKwh', { usd: formatUsd(lang, value, { min: 3, max: 3 }) });
    case 'leasePerKwMonth':
      return t('units.perKwMonth', { usd: formatUsd(lang, value) });
  }
}

/**
 * A slider's value as shown beside it, in the slider's unit, always with the step's decimals
 * (4.00%, not 4%) so the width does not jump while dragging. e.g. price 2.35 → "$2.35/h".
 */
export function formatSliderValue(i18n: I18n, spec: SliderSpec, value: number): string {
  const { lang, t, plural } = i18n;
  const d = spec.decimals;
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
      return plural('units.years', value);
    case 'months':
      return plural('units.months', value);
  }
}

/**
 * A slider's value in words for `aria-valuetext`, without trailing zeros and with the plural
 * form the number takes: utilisation 80 → "80 percent of hours billed"; delay 2 (Arabic) →
 * "شهران". Sliders other than durations have a sentence each under `valueText`.
 */
export function sliderValueText(i18n: I18n, spec: SliderSpec, value: number): string {
  if (spec.unit === 'years') return i18n.plural('units.years', value);
  if (spec.unit === 'months') return i18n.plural('units.months', value);
  const n = formatNumber(i18n.lang, value, { max: spec.decimals });
  return i18n.t(`explorer:valueText.${spec.id}`, { count: value, n });
}
