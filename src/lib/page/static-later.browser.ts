/**
 * The browser's side of `#static-later`: the prerendered markup is already in the page, so
 * there is nothing to draw, only a value for `{@html}` to adopt the markup with (any
 * non-empty string: `{@html}` adopts the server's markup and never compares it).
 */
import type { Component } from 'svelte';
import type { ExplorerWords } from '$lib/explorer/words';
import type { I18n } from '$lib/i18n/context';

/** Something for `{@html}` to adopt the prerendered markup with. */
export function staticLater<P extends Record<string, unknown>>(
  component: Component<P>,
  props: P,
  i18n: I18n,
  words: ExplorerWords
): string {
  void component;
  void props;
  void i18n;
  void words;
  return 'static';
}
