/**
 * Figures with their units and nouns: sourced facts, the model's inputs as the methodology
 * lists them, and slider values as shown beside a slider and spoken by a screen reader.
 */
import type { I18n } from '$lib/i18n/context';
import type { Inputs, SliderSpec } from '$lib/model/inputs';
import { countNoun } from './count';
import { AR_SCALES } from './nouns';
import {
  formatCents,
  formatNumber,
  formatPercent,
  formatPercentRange,
  formatUsd,
  formatUsdRange,
  sourceDecimals
} from './number';

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
  'days',
  'years',
  'gpus'
] as const;
export type FactUnit = (typeof FACT_UNITS)[number];

/** A sourced figure: its value, unit and, for a range, its upper end. */
export interface FactValue {
  value: number;
  unit: FactUnit;
  /** The upper end when the source gives a range; `value` is then the lower end. */
  high?: number;
}

/** Decimals of a sum of money: none when whole ("$40"), cents otherwise ("$86.24", "$1.70"). */
function moneyDigits(value: number): { min: number; max: number } {
  const d = Number.isInteger(value) ? 0 : 2;
  return { min: d, max: d };
}

/**
 * A sourced figure as a reader sees it, in the fact's own unit, with the noun the number takes:
 * money in dollars (billions and millions in words), percentages, counts of years, days, GPUs,
 * basis points and megawatts. No rounding beyond what the source gives, except that a quarter's
 * revenue in billions shows two decimals. e.g. {value: 86.24, unit: 'usd'} → "$86.24";
 * {value: 12, high: 14, unit: 'usdBillions'} → "$12–14B" / «12 و14 مليار دولار».
 */
export function formatFact(i18n: I18n, fact: FactValue): string {
  const { lang } = i18n;
  const { value, high } = fact;
  switch (fact.unit) {
    case 'usd':
      return formatUsd(lang, value, moneyDigits(value));
    case 'usdBillions': {
      const max = Math.max(sourceDecimals(value, 2), sourceDecimals(high ?? value, 2));
      return high === undefined
        ? formatUsd(lang, value * 1e9, { compact: true, max })
        : formatUsdRange(lang, value * 1e9, high * 1e9, { compact: true, max });
    }
    case 'usdMillions':
      return value >= 1000
        ? formatUsd(lang, value * 1e6, { compact: true, max: 2 })
        : formatUsd(lang, value * 1e6, { compact: true, max: sourceDecimals(value, 1) });
    case 'usdPerHour':
      return i18n.t('units.perHour', { usd: formatUsd(lang, value, moneyDigits(value)) });
    case 'percent': {
      const max = Math.max(sourceDecimals(value, 2), sourceDecimals(high ?? value, 2));
      return high === undefined
        ? formatPercent(lang, value, { max })
        : formatPercentRange(lang, value, high, max);
    }
    case 'count':
      return formatNumber(lang, value, { max: sourceDecimals(value, 2) });
    case 'basisPoints':
      return i18n.plural('units.basisPoints', value);
    case 'megawatts':
      return i18n.plural('units.megawatts', value);
    case 'days':
      return i18n.plural('units.days', value);
    case 'years':
      return i18n.plural('units.years', value);
    case 'gpus':
      return formatGpus(i18n, value);
  }
}

/**
 * A number of GPUs with its noun: "16,000 GPUs"; Arabic counts round thousands with the
 * counted scale word, as the press does: «16 ألف معالج رسومي», «10 آلاف معالج رسومي».
 */
export function formatGpus(i18n: I18n, count: number): string {
  const thousand = AR_SCALES.find((s) => s.size === 1e3);
  if (i18n.lang === 'ar' && thousand && count >= 1e3 && count < 1e6 && count % 1e3 === 0) {
    return `${countNoun('ar', count / 1e3, thousand.forms)} ${i18n.t('units.gpuAfterScale')}`;
  }
  return i18n.plural('units.gpus', count);
}

/**
 * An input's value with its unit, as the methodology's table of starting values shows it,
 * e.g. utilisation 80 → "80%", capexPerGpu 50000 → "$50,000", powerKw 1.275 → "1.275 kW",
 * electricityPerKwh 0.085 → "8.5¢ per kWh".
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
      return formatGpus(i18n, value);
    case 'capexPerGpu':
      return formatUsd(lang, value);
    case 'otherOpexPerGpuYear':
      return t('units.perGpuYear', { usd: formatUsd(lang, value) });
    case 'powerKw':
      return t('units.kw', { value: formatNumber(lang, value, { max: 3 }) });
    case 'pue':
      return formatNumber(lang, value, { max: 2 });
    case 'electricityPerKwh':
      return t('units.perKwh', { usd: formatCents(lang, value) });
    case 'leasePerKwMonth':
      return t('units.perKwMonth', { usd: formatUsd(lang, value) });
  }
}

/**
 * A slider's value as shown beside it, in the slider's unit. English keeps the step's decimals
 * (4.00%, not 4%) so the width does not jump while dragging; Arabic writes whole values without
 * trailing zeros and counts its nouns («4%», «6 نقاط», «8 دولارات/ساعة»), inside the same
 * fixed-width box. e.g. price 2.35 → "$2.35/h".
 */
export function formatSliderValue(i18n: I18n, spec: SliderSpec, value: number): string {
  const { lang, t, plural } = i18n;
  const d = spec.decimals;
  const digits = { max: d, min: d };
  switch (spec.unit) {
    case 'percent':
      return formatPercent(lang, value, digits);
    case 'points':
      // Arabic counts the points («6 نقاط», «6.25 نقطة»); English keeps the step's decimals.
      return lang === 'ar'
        ? plural('explorer:units.points', value)
        : t('explorer:units.points', { n: formatNumber(lang, value, digits) });
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
 * Every shape a slider's value takes beside it, its digits written as 0 ("$0.00/h", "$00.00/h"):
 * with tabular digits each shape is as wide as every value of its form, so the widest of them
 * is the room the value needs at any position of the slider, in the page's font.
 */
export function sliderValueShapes(i18n: I18n, spec: SliderSpec): string[] {
  const steps = Math.round((spec.max - spec.min) / spec.step);
  const shapes = new Set<string>();
  for (let k = 0; k <= steps; k++) {
    const value = Number((spec.min + k * spec.step).toFixed(spec.decimals));
    shapes.add(formatSliderValue(i18n, spec, value).replace(/\p{Nd}/gu, '0'));
  }
  return [...shapes];
}

/**
 * A reference point's value as its tick under a slider's track labels it: the slider's value
 * without the "per hour" the value beside the slider already says, so that neighbouring ticks
 * stay apart (price 6.16 → "$6.16", «6.16 دولار»); other units as formatSliderValue writes them.
 */
export function formatTickValue(i18n: I18n, spec: SliderSpec, value: number): string {
  if (spec.unit !== 'usdPerHour') return formatSliderValue(i18n, spec, value);
  const d = spec.decimals;
  return formatUsd(i18n.lang, value, { max: d, min: d });
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
