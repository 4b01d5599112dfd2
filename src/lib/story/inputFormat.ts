import { formatNumber, formatPercent, formatUsd } from '$lib/format/format';
import { getT, plural } from '$lib/i18n/i18n';
import type { Lang } from '$lib/i18n/languages';
import type { Inputs } from '$lib/model/inputs';

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
