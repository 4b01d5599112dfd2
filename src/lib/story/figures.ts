import type { Fact, LiveKey } from '$lib/content/types';
import { formatNumber, formatPercent, formatUsd } from '$lib/format/format';
import { getT, plural } from '$lib/i18n/i18n';
import type { Lang } from '$lib/i18n/languages';
import type { Result } from '$lib/model/run';

/** Decimals a sourced value needs: as many as it has, at most `max` (a source's 86.24 stays 86.24). */
function decimals(value: number, max: number): number {
  for (let d = 0; d < max; d++)
    if (Number.isInteger(Number((value * 10 ** d).toFixed(6)))) return d;
  return max;
}

/**
 * A sourced figure as a reader sees it, in the fact's own unit: money in dollars (billions and
 * millions in words), percentages, counts, basis points, megawatts, days. No rounding beyond
 * what the source gives.
 */
export function formatFact(lang: Lang, fact: Pick<Fact, 'value' | 'unit'>): string {
  const { value } = fact;
  switch (fact.unit) {
    case 'usd':
      return formatUsd(lang, value, { max: decimals(value, 2), min: decimals(value, 2) });
    case 'usdBillions':
      return formatUsd(lang, value * 1e9, { compact: true, max: decimals(value, 2) });
    case 'usdMillions':
      return value >= 1000
        ? formatUsd(lang, value * 1e6, { compact: true, max: decimals(value / 1000, 3) })
        : formatUsd(lang, value * 1e6, { compact: true, max: decimals(value, 1) });
    case 'usdPerHour':
      return getT(lang)('units.perHour', { usd: formatUsd(lang, value, { min: 2, max: 2 }) });
    case 'percent':
      return formatPercent(lang, value, { max: decimals(value, 2) });
    case 'count':
      return formatNumber(lang, value, { max: decimals(value, 2) });
    case 'basisPoints':
      return plural(lang, 'units.basisPoints', value);
    case 'megawatts':
      return plural(lang, 'units.megawatts', value);
    case 'days':
      return plural(lang, 'units.days', value);
  }
}

/** A multiple such as an interest coverage of 3.03 → "3.0×" (Latin digits in both languages). */
export function formatMultiple(lang: Lang, value: number): string {
  return `${formatNumber(lang, value, { min: 1, max: 1 })}×`;
}

/**
 * A break-even utilisation in percent: "84%" when reachable, otherwise a phrase saying it lies
 * above full use (the fleet cannot break even however busy it is) or does not exist.
 */
export function formatUtilisation(lang: Lang, percent: number, t: (key: string) => string): string {
  if (!Number.isFinite(percent) || percent > 100) return t('live.unreachable');
  if (percent <= 0) return t('live.always');
  return formatPercent(lang, percent, { max: 0 });
}

/**
 * One live model figure for the story's `{live:…}` tokens, formatted for the reader. Reads
 * only the result, so the prerendered page shows the default scenario and the browser the
 * reader's own.
 */
export function formatLive(
  lang: Lang,
  key: LiveKey,
  result: Result,
  t: (key: string) => string
): string {
  switch (key) {
    case 'breakEvenUtil':
      return formatUtilisation(lang, result.breakEven.netIncomeUtil, t);
    case 'dscrBreakEvenUtil':
      return formatUtilisation(lang, result.breakEven.dscrUtil, t);
    case 'interestCoverage':
      return Number.isFinite(result.interestCoverage)
        ? formatMultiple(lang, result.interestCoverage)
        : t('live.noDebt');
    case 'leverageAmplifier':
      return Number.isFinite(result.leverageAmplifier)
        ? formatMultiple(lang, result.leverageAmplifier)
        : t('live.wipedOut');
    case 'peakCashNeed':
      return result.peakCashNeed > 0
        ? formatUsd(lang, result.peakCashNeed, { compact: true, max: 1 })
        : t('live.none');
    case 'paybackMonths':
      return result.paybackMonth === null
        ? t('live.paybackNever')
        : plural(lang, 'units.months', result.paybackMonth);
    case 'equityIrr':
      return Number.isFinite(result.equityIrr)
        ? formatPercent(lang, result.equityIrr, { max: 1 })
        : t('live.noIrr');
    case 'firstYearNetIncome':
      return formatUsd(lang, result.firstYear.netIncome, { compact: true, max: 1 });
  }
}
