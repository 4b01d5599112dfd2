/**
 * The leverage amplifier: for a move of −30 … +30 % in what the fleet is worth (enterprise
 * value), the move in what the shareholders own (equity = enterprise value − debt), at the
 * reader's debt share, against the unlevered case where both move together. Shareholders
 * cannot lose more than all they hold, so the levered line stops falling at −100 %, where they
 * are wiped out; the chart marks that point.
 *
 * Both axes are fixed, so moving the debt share tilts the line against the same grid. The top,
 * +300 %, is the steepest line the starting values can give: at a 95 % debt share the
 * amplifier is just under 10× (tests/unit/charts/domains.test.ts sweeps every debt share). A
 * steeper line, where the fleet is worth barely more than its debt, leaves the top of the plot
 * on purpose, marked with an arrowhead and its multiple written beside it.
 */
import type { AmplifierView } from '$lib/explorer/views.svelte';
import { compactUsd, formatMultiple, pct } from '$lib/format/number';
import type { I18n } from '$lib/i18n/context';
import {
  arrowhead,
  axisSpace,
  fontSize,
  inset,
  plotBox,
  stepTicks,
  textWidth,
  towardsEnd,
  wrapLines
} from '../frame/layout';
import { defineChart } from '../frame/spec';
import { linear, polyline } from '../frame/scale';
import type { TableSpec } from '../frame/table';
import { percentFormat } from '../frame/ticks';

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

/** The fleet's move, percent: the horizontal axis. */
export const X_DOMAIN = [-30, 30] as const;
/**
 * The shareholders' move, percent: the vertical axis. A little room below −100 % keeps the
 * wipe-out line off the axis line.
 */
export const Y_DOMAIN = [-120, 300] as const;
/** The lowest move the shareholders can make, percent: they lose all they hold. */
export const WIPED_OUT = -100;

const HEIGHT = 330;
const TABLE_MOVES = [-30, -20, -10, 0, 10, 20, 30];

/**
 * The levered line's corners for an amplifier `amp`, as [fleet move, shareholders' move]
 * pairs, percent: from −30 %, the wipe-out point, the point where it leaves the top of the plot,
 * to +30 %. Always four points (some coincide), so the line can glide from one state to the
 * next. The last may lie above the plot: the drawing clips it there.
 * e.g. leveredCorners(2) → [[−30, −60], [−30, −60], [30, 60], [30, 60]].
 */
export function leveredCorners(amp: number): [number, number][] {
  const [lo, hi] = X_DOMAIN;
  const wipe = Math.max(lo, Math.min(hi, wipeOutMove(amp)));
  const top = Math.max(lo, Math.min(hi, Y_DOMAIN[1] / amp));
  const at = (x: number) => Math.max(WIPED_OUT, equityMove(x, amp));
  return [
    [lo, at(lo)],
    [wipe, at(wipe)],
    [top, at(top)],
    [hi, at(hi)]
  ];
}

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

/** The legend's label of the faint line at the starting values: "Start (80% debt): 4.1×". */
export function startLabel(i18n: I18n, view: AmplifierView): string {
  return i18n.t('charts:amplifier.start', {
    debt: pct(i18n.lang, view.start.debtShare),
    x: formatMultiple(i18n.lang, view.start.amplifier)
  });
}

/** The two lines, the wipe-out mark and the axes at `width` px. */
function marks(i18n: I18n, view: AmplifierView, width: number) {
  const { lang, dir } = i18n;
  const size = fontSize(dir);
  const levered = isLevered(view);
  // With no debt the two lines are one: the chart draws it once, as the unlevered line.
  const plain = view.debtShare === 0;
  const amp = levered ? view.amplifier : 1;
  const yTicks = stepTicks(Y_DOMAIN[0], Y_DOMAIN[1], [100], 6);
  const yFormat = percentFormat(lang, yTicks);
  const frame = plotBox(dir, width, HEIGHT, {
    top: 26,
    end: 16,
    bottom: axisSpace(dir),
    start: Math.ceil(Math.max(...yTicks.map((v) => textWidth(yFormat(v), size)))) + 12
  });
  const x = linear(X_DOMAIN, inset(frame.range, 2));
  const y = linear(Y_DOMAIN, [frame.bottom, frame.top]);
  const xTicks = stepTicks(
    X_DOMAIN[0],
    X_DOMAIN[1],
    [10, 15, 30],
    Math.floor(frame.plotWidth / 44) + 1
  );
  const path = (corners: [number, number][]) =>
    polyline(corners.map(([a, b]): [number, number] => [x(a), y(b)]));

  const corners = leveredCorners(amp);
  const wipe = wipeOutMove(view.amplifier);
  // Cut at the top on purpose: the line leaves the plot where the shareholders' move passes +300 %.
  const cut = levered && !plain && equityMove(X_DOMAIN[1], amp) > Y_DOMAIN[1];
  const [exitX] = corners[2] ?? [X_DOMAIN[1], 0];
  // The line's label sits just before its last visible point, on the side of the line that is
  // empty (above and towards the start), never on the cut: at most 14 px below the top.
  const endY = cut ? y(Y_DOMAIN[1]) : y(equityMove(X_DOMAIN[1], amp));
  const labelY = Math.max(frame.top + size + 2, endY - 6);
  const lineXAt = (py: number) => x(Math.min(X_DOMAIN[1], y.invert(py) / amp));
  return {
    frame,
    x,
    y,
    yFormat,
    levered: levered && !plain,
    plain,
    unlevered: path([
      [X_DOMAIN[0], X_DOMAIN[0]],
      [X_DOMAIN[1], X_DOMAIN[1]]
    ]),
    line: path(corners),
    start: path(leveredCorners(view.start.amplifier)),
    cut: cut ? { d: arrowhead(x(exitX), frame.top - 1, 'up', 7), x: x(exitX) } : null,
    endLabel:
      levered && !plain && amp >= 1.6
        ? { x: lineXAt(labelY - size) - 6 * towardsEnd(dir), y: labelY }
        : null,
    wipeY: y(WIPED_OUT),
    wipe: levered && !plain && wipe >= X_DOMAIN[0] ? { x: x(wipe), y: y(WIPED_OUT) } : null,
    underwater: wrapLines(i18n.t('charts:amplifier.underwater'), frame.plotWidth / 2 - 16, size),
    lineGap: size + 4,
    xTicks,
    yTicks
  };
}

/** The chart's point, as its title: how far the shareholders' stake moves with the fleet's value. */
function title(i18n: I18n, view: AmplifierView): string {
  const { lang, t } = i18n;
  if (view.debtShare === 0) return t('charts:amplifier.titleNoDebt');
  const debt = pct(lang, view.debtShare);
  if (!isLevered(view)) return t('charts:amplifier.titleUnderwater', { debt });
  return t('charts:amplifier.titleLevered', { debt, x: formatMultiple(lang, view.amplifier) });
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

/** The amplifier chart: its name, title, marks, summary and table. */
export const amplifierChart = defineChart({ name: 'amplifier', title, marks, summary, table });
