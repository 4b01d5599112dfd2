/**
 * What unit tests need to render or format as a page does: a language context per language
 * (with i18next, as the build renders), an explorer with its words, and components rendered
 * on the server inside those contexts.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { Explorer } from '$lib/explorer/explorer.svelte';
import type { ExplorerContext } from '$lib/explorer/words';
import { createI18n, type I18n } from '$lib/i18n/context';
import type { Lang } from '$lib/i18n/languages';
import { RESOURCES } from '$lib/i18n/resources';
import type { Inputs } from '$lib/model/inputs';
import { explorerWordsFor } from '$lib/prose/pageData';
import Harness from './Harness.svelte';

const made = new Map<Lang, I18n>();

/** The language context a page in `lang` has. */
export function i18nFor(lang: Lang): I18n {
  let i18n = made.get(lang);
  if (!i18n) made.set(lang, (i18n = createI18n(lang, RESOURCES[lang])));
  return i18n;
}

/** An explorer at `inputs` (clamped), with the words of `lang`: what a page shares. */
export function explorerFor(lang: Lang, inputs: Partial<Inputs> = {}): ExplorerContext {
  return { explorer: new Explorer(inputs), words: explorerWordsFor(lang) };
}

/**
 * The server-rendered body of `component` with `props`, inside the contexts of a page in
 * `lang` (and of an explorer, when given), as the prerender renders it.
 */
export function renderIn<P extends Record<string, unknown>>(
  component: Component<P>,
  props: P,
  lang: Lang,
  explorer?: ExplorerContext
): string {
  return render(Harness, {
    props: { i18n: i18nFor(lang), explorer, component, props } as never
  }).body;
}
