/**
 * The charts' code, loaded when the first chart comes into view (or before printing a
 * reader's own settings): the chart components and the views that feed them, one ChartViews
 * per explorer. Until then each chart is its prerendered markup (see ChartSlot.svelte).
 */
import type { Component } from 'svelte';
import type { ChartName } from '$lib/charts/names';
import type { Explorer } from '$lib/explorer/explorer.svelte';
import type { ChartViews } from '$lib/explorer/views.svelte';

/** What a live chart needs: its component and the explorer's views. */
export interface LiveCharts {
  charts: Record<ChartName, Component<{ view: never; initialWidth?: number }>>;
  views: ChartViews;
}

const loading = new WeakMap<Explorer, Promise<LiveCharts>>();

/** The charts' code and views for `explorer`, loaded once. */
export function loadCharts(explorer: Explorer): Promise<LiveCharts> {
  let pending = loading.get(explorer);
  if (!pending) {
    pending = Promise.all([import('$lib/charts'), import('$lib/explorer/views.svelte')]).then(
      ([charts, views]) => ({
        charts: charts.CHARTS as LiveCharts['charts'],
        views: new views.ChartViews(explorer)
      })
    );
    loading.set(explorer, pending);
  }
  return pending;
}
