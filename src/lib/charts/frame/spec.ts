/**
 * What a chart is, apart from how it draws: its one name, and pure functions from its view
 * (the data the explorer gives it) to marks at a width, a summary sentence and a table. Each
 * chart's spec.ts exports one; ChartFrame runs it and hands the marks to the chart's drawing.
 */
import type { I18n } from '$lib/i18n/context';
import type { PlotBox } from './layout';
import type { TableSpec } from './table';

/** Marks always carry their plot box: its height is fixed, so nothing below moves. */
export interface Marks {
  frame: PlotBox;
}

export interface ChartSpec<V, M extends Marks> {
  /** The chart's one name: its slot, its folder, its strings (`charts:<name>`), data-chart. */
  name: string;
  /** The chart's title, stating its point for this view ("Shareholders are paid back in month 66"). */
  title: (i18n: I18n, view: V) => string;
  /** Everything the chart draws at `width` px: scales, paths, label positions, ticks. */
  marks: (i18n: I18n, view: V, width: number) => M;
  /** One sentence with the key figures, also the SVG's accessible description. */
  summary: (i18n: I18n, view: V) => string;
  /** The chart's figures as a table. */
  table: (i18n: I18n, view: V) => TableSpec;
}

/** A chart's spec, its view and marks types read off its functions. */
export function defineChart<V, M extends Marks>(spec: ChartSpec<V, M>): ChartSpec<V, M> {
  return spec;
}
