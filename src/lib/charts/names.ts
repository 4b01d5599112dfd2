/**
 * The charts' names, in the order the story meets them. Each name is used for the chart's
 * story slot, its folder, its strings (`charts:<name>`), its view (`ChartViews[<name>]`)
 * and its `data-chart` attribute.
 */
export const CHART_NAMES = ['waterfall', 'breakeven', 'cash', 'amplifier', 'rates'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/** Whether a slot holds a chart. */
export function isChartName(slot: string): slot is ChartName {
  return (CHART_NAMES as readonly string[]).includes(slot);
}
