/**
 * The model's figures as the story quotes them live (`{live:key}` in the prose) and as the
 * explorer announces them: formatted from the result alone, so the prerendered page shows the
 * default scenario and the browser the reader's own.
 */
import type { I18n } from '$lib/i18n/context';
import type { Lang } from '$lib/i18n/languages';
import type { Result } from '$lib/model/schedule';
import { roundTo } from './count';
import { compactUsd, formatMultiple, formatPercent, formatUsd } from './number';

/** Model outputs that prose may quote live with `{live:<key>}`. */
export const LIVE_KEYS = [
  'breakEvenUtil',
  'peakCashNeed',
  'equityIrr',
  'leverageAmplifier',
  'firstYearNetIncome',
  'dscrBreakEvenUtil',
  'paybackMonths',
  'minDscr',
  'dscrCovenant',
  'refinancingNeed',
  'unleveredIrr',
  'moneyMultiple',
  'bookLeverage',
  'equityValue',
  'equityPaidIn',
  'equityRate',
  'bookMidLife',
  'resaleMidLife'
] as const;
export type LiveKey = (typeof LIVE_KEYS)[number];

/** Live keys whose figure is a share of something (never negative when shown). */
export const SHARE_KEYS: ReadonlySet<LiveKey> = new Set(['breakEvenUtil', 'dscrBreakEvenUtil']);

/**
 * The states a sentence around live figures can be in, each with its cases. The prose picks
 * its wording with `{state:<key>}` (or `{state:<key>.<name>}` for a second sentence on the
 * same state), so every sentence it shows is true of the figures beside it.
 */
export const STATES = {
  /** The first 12 months of operation: below running costs, a loss after them, even, a profit. */
  firstYear: ['cashLoss', 'loss', 'even', 'profit'],
  /** The net-income break-even utilisation: reachable, above 100%, or none needed. */
  breakEven: ['within', 'beyond', 'always'],
  /** The loan's weakest year: no debt, cash short of the payments, under the covenant, above it. */
  cover: ['noDebt', 'short', 'thin', 'ample'],
  /** Debt still owed when the fleet's life ends. */
  refinance: ['none', 'needed'],
  /** Extra cash the shareholders must put in after the start. */
  cash: ['none', 'needed'],
  /** Whether the shareholders get their money back within the fleet's life. */
  payback: ['within', 'never'],
  /** The owners' claim on the fleet's value: unlevered, levered, or under water. */
  stake: ['noDebt', 'levered', 'wiped'],
  /** The equity return against the fleet's own: above, level (within a point), below, none. */
  return: ['above', 'level', 'below', 'none'],
  /** The shareholders' future cash valued today against what they put in. */
  worth: ['more', 'same', 'less', 'nothing'],
  /** Halfway through the life, what a used fleet fetches against its value in the books. */
  resale: ['below', 'level', 'above']
} as const satisfies Record<string, readonly string[]>;
export type StateKey = keyof typeof STATES;
export type StateCase<K extends StateKey = StateKey> = (typeof STATES)[K][number];

/** Decimals a debt-service coverage is shown with: 1.25× must not read as 1.3×. */
const DSCR_DECIMALS = 2;

/**
 * A sum of dollars shows as zero: compact formatting keeps one decimal of the unit it picks, so
 * only sums under five cents round to "$0".
 */
function shownZero(usd: number): boolean {
  return roundTo(Math.abs(usd), 1) === 0;
}

/** A sum the page would print as nothing or less: the shareholders' stake worth nothing. */
function worthless(usd: number): boolean {
  return usd <= 0 || shownZero(usd);
}

/**
 * How two sums of dollars compare as the page shows them (`compactUsd`, one decimal of the
 * scale it picks; both languages round alike, so English stands for both).
 */
function compareShown<A, S, B>(a: number, b: number, above: A, same: S, below: B): A | S | B {
  return compactUsd('en', a) === compactUsd('en', b) ? same : a > b ? above : below;
}

/** Which case of state `key` the model's `result` is in; decided on figures as they are shown. */
export function stateOf<K extends StateKey>(key: K, result: Result): StateCase<K>;
export function stateOf(key: StateKey, result: Result): StateCase {
  switch (key) {
    case 'firstYear': {
      const { netIncome, ebitda } = result.firstYear;
      if (shownZero(netIncome)) return 'even';
      if (netIncome > 0) return 'profit';
      return ebitda > 0 ? 'loss' : 'cashLoss';
    }
    case 'breakEven': {
      const util = result.breakEven.netIncomeUtil;
      if (!Number.isFinite(util) || util > 100) return 'beyond';
      return util <= 0 ? 'always' : 'within';
    }
    case 'cover': {
      if (!Number.isFinite(result.minDscr)) return 'noDebt';
      const shown = roundTo(result.minDscr, DSCR_DECIMALS);
      if (shown < 1) return 'short';
      return shown < result.dscrCovenant ? 'thin' : 'ample';
    }
    case 'refinance':
      return shownZero(result.refinancingNeed) ? 'none' : 'needed';
    case 'cash':
      return shownZero(result.peakCashNeed) ? 'none' : 'needed';
    case 'payback':
      return result.paybackMonth === null ? 'never' : 'within';
    case 'stake':
      if (result.debt0 <= 0) return 'noDebt';
      return Number.isFinite(result.leverageAmplifier) && result.equityClaim > 0
        ? 'levered'
        : 'wiped';
    case 'worth': {
      if (worthless(result.equityValue)) return 'nothing';
      return compareShown(result.equityValue, result.equity0, 'more', 'same', 'less');
    }
    case 'resale':
      return compareShown(result.midLife.resale, result.midLife.book, 'above', 'level', 'below');
    case 'return': {
      const { equityIrr, unleveredIrr } = result;
      if (!Number.isFinite(equityIrr)) return 'none';
      if (!Number.isFinite(unleveredIrr)) return 'above';
      const gap = roundTo(equityIrr, 1) - roundTo(unleveredIrr, 1);
      if (Math.abs(gap) < 1) return 'level';
      return gap > 0 ? 'above' : 'below';
    }
  }
}

/** The state key of a `{state:…}` id: "cover" for both "cover" and "cover.lesson". */
export function stateKeyOf(id: string): StateKey | undefined {
  const key = id.split('.')[0];
  return key !== undefined && Object.hasOwn(STATES, key) ? (key as StateKey) : undefined;
}

/**
 * A reachable break-even utilisation as the page prints it everywhere: a whole percent, 84.42
 * → "84%". The prose's `{live:breakEvenUtil}` and the break-even chart's title, summary and
 * table all go through it, so the figure gets one rounding in prose and chart alike.
 */
export function formatBreakEvenShare(lang: Lang, percent: number): string {
  return formatPercent(lang, percent, { max: 0 });
}

/**
 * A break-even utilisation in percent: "84%" when reachable, otherwise a phrase saying it lies
 * above full use (the fleet cannot break even however busy it is) or does not exist.
 */
export function formatUtilisation(i18n: I18n, percent: number): string {
  if (!Number.isFinite(percent) || percent > 100) return i18n.t('live.unreachable');
  if (percent <= 0) return i18n.t('live.always');
  return formatBreakEvenShare(i18n.lang, percent);
}

/** One live model figure for the story's `{live:…}` tokens, formatted for the reader. */
export function formatLive(i18n: I18n, key: LiveKey, result: Result): string {
  const { lang, t } = i18n;
  switch (key) {
    case 'breakEvenUtil':
      return formatUtilisation(i18n, result.breakEven.netIncomeUtil);
    case 'dscrBreakEvenUtil':
      return formatUtilisation(i18n, result.breakEven.dscrUtil);
    case 'leverageAmplifier':
      return Number.isFinite(result.leverageAmplifier)
        ? formatMultiple(lang, result.leverageAmplifier, 'fold')
        : t('live.wipedOut');
    case 'peakCashNeed':
      return !shownZero(result.peakCashNeed)
        ? compactUsd(lang, result.peakCashNeed)
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
    case 'minDscr':
      return Number.isFinite(result.minDscr)
        ? formatMultiple(lang, result.minDscr, 'times', DSCR_DECIMALS)
        : t('live.noDebt');
    case 'dscrCovenant':
      return formatMultiple(lang, result.dscrCovenant, 'times', DSCR_DECIMALS);
    case 'refinancingNeed':
      return shownZero(result.refinancingNeed)
        ? t('live.none')
        : compactUsd(lang, result.refinancingNeed);
    case 'unleveredIrr':
      return Number.isFinite(result.unleveredIrr)
        ? formatPercent(lang, result.unleveredIrr, { max: 1 })
        : t('live.noIrr');
    case 'moneyMultiple':
      // Dollars back per dollar put in: "$0.26" reads more plainly than "0.26×" in a sentence.
      return formatUsd(lang, result.moneyMultiple, { min: 2, max: 2 });
    case 'bookLeverage':
      return formatMultiple(lang, result.bookLeverage, 'fold');
    case 'equityValue':
      // Quoted only while it is worth something (the `worth` state): Arabic prose cannot carry
      // a signed sum (see formatNetResult), so a value at or below zero is "none".
      return worthless(result.equityValue) ? t('live.none') : compactUsd(lang, result.equityValue);
    case 'equityPaidIn':
      return compactUsd(lang, result.equity0);
    case 'equityRate':
      return formatPercent(lang, result.equityRate, { max: 2 });
    case 'bookMidLife':
      return compactUsd(lang, result.midLife.book);
    case 'resaleMidLife':
      return compactUsd(lang, result.midLife.resale);
  }
}

/**
 * A net result in words, never with a minus sign: "a net loss of $8.6M" / «خسارة صافية قدرها
 * 8.6 مليون دولار». Arabic prose cannot carry a signed sum: the minus of «-8.6 مليون دولار»
 * needs a left-to-right mark, which turns the whole isolate around the phrase left to right.
 */
export function formatNetResult(i18n: I18n, net: number): string {
  const usd = compactUsd(i18n.lang, Math.abs(net));
  // A result that would show as zero dollars is neither a loss nor a profit.
  if (shownZero(net)) return i18n.t('live.netZero');
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
