/**
 * The model's figures as the story quotes them live (`{live:key}` in the prose) and as the
 * explorer announces them: formatted from the result alone, so the prerendered page shows the
 * default scenario and the browser the reader's own.
 */
import type { I18n } from '$lib/i18n/context';
import type { Result } from '$lib/model/schedule';
import { roundTo } from './count';
import { formatMultiple, formatPercent, formatUsd } from './number';

/** Model outputs that prose may quote live with `{live:<key>}`. */
export const LIVE_KEYS = [
  'breakEvenUtil',
  'interestCoverage',
  'peakCashNeed',
  'equityIrr',
  'leverageAmplifier',
  'firstYearNetIncome',
  'dscrBreakEvenUtil',
  'paybackMonths'
] as const;
export type LiveKey = (typeof LIVE_KEYS)[number];

/**
 * A break-even utilisation in percent: "84%" when reachable, otherwise a phrase saying it lies
 * above full use (the fleet cannot break even however busy it is) or does not exist.
 */
export function formatUtilisation(i18n: I18n, percent: number): string {
  if (!Number.isFinite(percent) || percent > 100) return i18n.t('live.unreachable');
  if (percent <= 0) return i18n.t('live.always');
  return formatPercent(i18n.lang, percent, { max: 0 });
}

/** One live model figure for the story's `{live:…}` tokens, formatted for the reader. */
export function formatLive(i18n: I18n, key: LiveKey, result: Result): string {
  const { lang, t } = i18n;
  switch (key) {
    case 'breakEvenUtil':
      return formatUtilisation(i18n, result.breakEven.netIncomeUtil);
    case 'dscrBreakEvenUtil':
      return formatUtilisation(i18n, result.breakEven.dscrUtil);
    case 'interestCoverage':
      return Number.isFinite(result.interestCoverage)
        ? formatMultiple(lang, result.interestCoverage, 'times')
        : t('live.noDebt');
    case 'leverageAmplifier':
      return Number.isFinite(result.leverageAmplifier)
        ? formatMultiple(lang, result.leverageAmplifier, 'fold')
        : t('live.wipedOut');
    case 'peakCashNeed':
      return result.peakCashNeed > 0
        ? formatUsd(lang, result.peakCashNeed, { compact: true, max: 1 })
        : t('live.none');
    case 'paybackMonths':
      return result.paybackMonth === null
        ? t('live.paybackNever')
        : i18n.plural('units.months', result.paybackMonth);
    case 'equityIrr':
      return Number.isFinite(result.equityIrr)
        ? formatPercent(lang, result.equityIrr, { max: 1 })
        : t('live.noIrr');
    case 'firstYearNetIncome':
      return formatNetResult(i18n, result.firstYear.netIncome);
  }
}

/**
 * A net result in words, never with a minus sign: "a net loss of $8.6M" / «خسارة صافية قدرها
 * 8.6 مليون دولار». Arabic prose cannot carry a signed sum: the minus of «-8.6 مليون دولار»
 * needs a left-to-right mark, which turns the whole isolate around the phrase left to right.
 */
export function formatNetResult(i18n: I18n, net: number): string {
  const usd = formatUsd(i18n.lang, Math.abs(net), { compact: true, max: 1 });
  // A result that would show as zero dollars (one decimal) is neither a loss nor a profit.
  if (roundTo(Math.abs(net), 1) === 0) return i18n.t('live.netZero');
  return i18n.t(net < 0 ? 'live.netLoss' : 'live.netProfit', { usd });
}

/**
 * What a screen reader hears after the reader changes the model, and what the phone's answer
 * strip shows: the first year's net income and the utilisation at which the fleet breaks even.
 */
export function modelAnnouncement(i18n: I18n, result: Result): string {
  return i18n.t('explorer:announce.model', {
    net: formatLive(i18n, 'firstYearNetIncome', result),
    breakEven: formatLive(i18n, 'breakEvenUtil', result)
  });
}
