import modelAr from '$content/ar/model.json';
import modelEn from '$content/en/model.json';
import defaultsJson from '$content/model/defaults.json';
import modelSourcesJson from '$content/sources/model.json';
import type { Sources } from '$lib/content/types';
import { formatNumber, formatPercent, formatUsd } from '$lib/format/format';
import { getT, plural } from '$lib/i18n/i18n';
import type { Lang } from '$lib/i18n/languages';
import type { Inputs } from '$lib/model/inputs';

/** One language's model text: `content/<lang>/model.json` (labels, methodology, limits). */
export type ModelText = typeof modelEn;

/** The model's text in a language; both files have the same keys (a content test checks). */
export function modelText(lang: Lang): ModelText {
  return lang === 'ar' ? (modelAr as ModelText) : modelEn;
}

/** Where a default comes from: `content/model/defaults.json`. */
export interface DefaultProvenance {
  value: number;
  assumption: boolean;
  sources: string[];
}

/** Provenance of every input's default. */
export const defaults = defaultsJson as Record<keyof Inputs, DefaultProvenance>;

/** Sources of the model's defaults and presets, keyed by id (all start with "m-"). */
export const modelSources = modelSourcesJson as Sources;

/**
 * An input's value with its unit, as the methodology's table of starting values shows it,
 * e.g. utilisation 80 → "80%", capexPerGpu 50000 → "$50,000", powerKw 1.275 → "1.275 kW".
 */
export function formatInput(lang: Lang, id: keyof Inputs, value: number): string {
  const t = getT(lang);
  switch (id) {
    case 'utilisation':
    case 'baseRate':
    case 'debtShare':
      return formatPercent(lang, value, { max: 2 });
    case 'priceDecline':
      return t('units.perYear', { value: formatPercent(lang, value, { max: 2 }) });
    case 'spread':
    case 'riskPremium':
      return plural(lang, 'units.points', value);
    case 'price':
      return t('units.perHour', { usd: formatUsd(lang, value, { min: 2, max: 2 }) });
    case 'life':
    case 'loanTermYears':
      return plural(lang, 'units.years', value);
    case 'delay':
      return plural(lang, 'units.months', value);
    case 'fleet':
      return plural(lang, 'units.gpus', value);
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
