/**
 * The leverage amplifier: for a move of −30 … +30 % in what the fleet is worth (enterprise
 * value), the move in what the shareholders own (equity = enterprise value − debt), at the
 * reader's debt share, against the unlevered case where both move together. Where the levered
 * line reaches −100 % the shareholders are wiped out; the chart marks that fall.
 */
import { nice } from 'd3-array';
import type { AmplifierView } from '$lib/explorer/views.svelte';
import { compactUsd, formatMultiple, pct } from '$lib/format/number';
import type { I18n } from '$lib/i18n/context';
import { fitTicks, plotBox, textWidth, wrapLines } from '../frame/layout';
import { defineChart } from '../frame/spec';
import { linear } from '../frame/scale';
import type { TableSpec } from '../frame/table';

/**
 * Move in equity value, percent, for a move of `evMovePct` percent in enterprise value when
 * equity = EV − debt and `amplifier` = EV ÷ equity. e.g. equityMove(−10, 5) → −50.
 */
export function equityMove(evMovePct: number, amplifier: number): number {
  return evMovePct * amplifier;
}

/**
 * The fall in enterprise value, percent (negative), that leaves equity worth nothing:
 * −100 ÷ amplifier; NaN when the amplifier is not a positive finite number.
 * e.g. wipeOutMove(5) → −20.
 */
export function wipeOutMove(amplifier: number): number {
  return Number.isFinite(amplifier) && amplifier > 0 ? -100 / amplifier : NaN;
}

/**
 * Half-height of the chart's y domain, percent: enough for the levered line at ±`xMax` and for
 * the −100 % wipe-out line when it falls inside, capped at `cap` (the line is clipped beyond),
 * rounded to a readable value. e.g. amplifierBound(4.9, 30, 300) → 160.
 */
export function amplifierBound(amplifier: number, xMax: number, cap: number): number {
  const a = Number.isFinite(amplifier) && amplifier > 1 ? amplifier : 1;
  const needed = Math.min(cap, Math.max(xMax * a, a * xMax >= 100 ? 100 : 0, xMax));
  const [, hi] = nice(0, needed, 6);
  return Math.min(cap, hi);
}

const X_MAX = 30;
const Y_CAP = 300;
const HEIGHT = 330;
const TABLE_MOVES = [-30, -20, -10, 0, 10, 20, 30];

/** Whether the shareholders hold anything to amplify (equity worth more than zero). */
function isLevered(view: AmplifierView): boolean {
  return Number.isFinite(view.amplifier) && view.amplifier > 0;
}

/** The legend's and the line's label: "80% debt: 4.9×". */
export function leveredLabel(i18n: I18n, view: AmplifierView): string {
  return i18n.t('charts:amplifier.levered', {
    debt: pct(i18n.lang, view.debtShare),
    x: formatMultiple(i18n.lang, isLevered(view) ? view.amplifier : 1)
  });
}

/** The two lines, the wipe-out mark and the axes at `width` px. */
function marks(i18n: I18n, view: AmplifierView, width: number) {
  const { lang, dir } = i18n;
  const levered = isLevered(view);
  const amp = levered ? view.amplifier : 1;
  const bound = amplifierBound(view.amplifier, X_MAX, Y_CAP);
  const frame = plotBox(dir, width, HEIGHT, {
    top: 26,
    end: 16,
    bottom: 46,
    start: Math.ceil(textWidth(pct(lang, -bound), 12)) + 12
  });
  const x = linear([-X_MAX, X_MAX], frame.range);
  const y = linear([-bound, bound], [frame.bottom, frame.top]);
  const wipe = wipeOutMove(view.amplifier);
  // Where the levered line leaves the plot at the top end: its label goes there.
  const xe = Math.min(X_MAX, bound / amp);
  return {
    frame,
    x,
    y,
    levered,
    unlevered: { x1: x(-X_MAX), x2: x(X_MAX), y1: y(-X_MAX), y2: y(X_MAX) },
    line: { x1: x(-X_MAX), x2: x(X_MAX), y1: y(-X_MAX * amp), y2: y(X_MAX * amp) },
    lineEnd: { x: x(xe), y: y(equityMove(xe, amp)) },
    // The reader's multiple also sits at the end of its line, unless the two lines nearly
    // coincide (little debt) and the legend alone can tell them apart.
    endLabel: levered && amp >= 1.6,
    wipe: levered && wipe >= -X_MAX && bound >= 100 ? { x: x(wipe), y: y(-100) } : null,
    underwater: wrapLines(i18n.t('charts:amplifier.underwater'), frame.plotWidth / 2 - 16, 12),
    xTicks: fitTicks(x, frame.plotWidth, 44, 3, 7),
    yTicks: y.ticks(6)
  };
}

/** One sentence: how far a 10% fall in value moves the shareholders, or why it cannot. */
function summary(i18n: I18n, view: AmplifierView): string {
  const { lang, t } = i18n;
  const debt = pct(lang, view.debtShare);
  if (!isLevered(view))
    return t('charts:amplifier.summaryUnderwater', {
      debt,
      value: compactUsd(lang, view.enterpriseValue),
      owed: compactUsd(lang, view.debt0)
    });
  return t('charts:amplifier.summary', {
    debt,
    move: pct(lang, 10),
    equityMove: pct(lang, Math.min(100, equityMove(10, view.amplifier))),
    wipe: pct(lang, -wipeOutMove(view.amplifier), 1)
  });
}

/** The shareholders' move for moves of −30 … 30% in the fleet's value. */
function table(i18n: I18n, view: AmplifierView): TableSpec {
  const { lang, t } = i18n;
  const levered = isLevered(view);
  return {
    caption: t('charts:amplifier.table.caption'),
    columns: [
      t('charts:amplifier.table.ev'),
      t('charts:amplifier.table.levered', { debt: pct(lang, view.debtShare) }),
      t('charts:amplifier.table.unlevered')
    ],
    rows: TABLE_MOVES.map((move) => {
      const equity = levered ? equityMove(move, view.amplifier) : NaN;
      return {
        head: pct(lang, move),
        cells: [
          Number.isNaN(equity) || equity <= -100
            ? t('charts:amplifier.table.wipedOut')
            : pct(lang, equity),
          pct(lang, move)
        ]
      };
    })
  };
}

/** The amplifier chart: its name, marks, summary and table. */
export const amplifierChart = defineChart({ name: 'amplifier', marks, summary, table });
