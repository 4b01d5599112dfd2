/**
 * The charts' names, in the order the story meets them. Each name is used for the chart's
 * story slot, its folder, its strings (`charts:<name>`), its view (`ChartViews[<name>]`)
 * and its `data-chart` attribute.
 */
export const CHART_NAMES = ['waterfall', 'breakeven', 'cash', 'amplifier', 'rates'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/**
 * The chart drawn only at prerender: the sell-off, from dated observations that never change
 * with the sliders. Its markup is the page's; it ships no code.
 */
export const STATIC_CHART = 'selloff';

/** Whether a slot holds a chart. */
export function isChartName(slot: string): slot is ChartName {
  return (CHART_NAMES as readonly string[]).includes(slot);
}
