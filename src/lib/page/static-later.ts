/**
 * The page's parts that can wait, as markup drawn when the page is prerendered, with Svelte's
 * hydration markers kept: a chart's own sliders (explorer/Controls.svelte), each of the full
 * panel's sliders (Slider.svelte), the scenarios (Presets.svelte), the settings printed with the
 * page (PrintSettings.svelte) and the contents bar (Contents.svelte). The page adopts the
 * markup with `{@html}` and hydrates each on its own once start-up is over (Later.svelte), so
 * the page's hydration walks none of them.
 * The browser bundle gets `static-later.browser.ts` instead (package.json "imports").
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { Explorer } from '$lib/explorer/explorer.svelte';
import { explorerContextMap, type ExplorerWords } from '$lib/explorer/words';
import { i18nContextMap, type I18n } from '$lib/i18n/context';

/** `component` drawn with `props` at the starting values, in the page's language. */
export function staticLater<P extends Record<string, unknown>>(
  component: Component<P>,
  props: P,
  i18n: I18n,
  words: ExplorerWords
): string {
  const context = new Map<symbol, unknown>([
    ...i18nContextMap(i18n),
    ...explorerContextMap({ explorer: new Explorer(), words })
  ]);
  return render(component as Component<Record<string, unknown>>, { props, context }).body;
}
