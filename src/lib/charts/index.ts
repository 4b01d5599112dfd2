/** The charts by name (see names.ts): each chart's component, drawing its view. */
import type { Component } from 'svelte';
import type { ChartViews } from '$lib/explorer/views.svelte';
import AmplifierChart from './amplifier/AmplifierChart.svelte';
import BreakevenChart from './breakeven/BreakevenChart.svelte';
import CashChart from './cash/CashChart.svelte';
import RatesChart from './rates/RatesChart.svelte';
import type { ChartName } from './names';
import WaterfallChart from './waterfall/WaterfallChart.svelte';

export { CHART_NAMES, isChartName, type ChartName } from './names';

/** Each chart's component, taking its view. */
export const CHARTS: { [K in ChartName]: Component<{ view: ChartViews[K] }> } = {
  waterfall: WaterfallChart,
  breakeven: BreakevenChart,
  cash: CashChart,
  amplifier: AmplifierChart,
  rates: RatesChart
};
