/**
 * The per-page language context: the page's language and direction, its one translator and a
 * plural helper. The page's layout creates it once from its own language's strings and sets it
 * as a Svelte context; every component below reads it with `getI18n()`. The build renders
 * with i18next and the browser with the small translator (`#translator` picks per bundle), and
 * a unit test holds the two to the same text.
 */
import { getContext, setContext } from 'svelte';
import { makeTranslator } from '#translator';
import { dirOf, type Dir, type Lang } from './languages';
import { formatLatin } from './numbers';
import type { Catalogues, Translate } from './translate';

export type { Translate } from './translate';

/** What a component needs to speak the page's language. */
export interface I18n {
  lang: Lang;
  dir: Dir;
  /** The page's translator: `t('charts:cash.title')`, `t('units.perHour', { usd })`. */
  t: Translate;
  /**
   * A plural string for a count: the category comes from the count, the digits `{{n}}` from the
   * page's locale with up to two decimals and no trailing zeros, e.g. plural('units.months', 2)
   * → "2 months" / "شهران"; plural('units.points', 6.25) → "6.25 percentage points". Arabic
   * takes CLDR's six categories (zero, one, two, few 3–10, many 11–99, other); a fraction
   * takes `other`, the genitive singular («6.25 نقطة مئوية»).
   */
  plural: (key: string, count: number) => string;
}

/** The language context of a page in `lang`, over that language's catalogues. */
export function createI18n(lang: Lang, catalogues: Catalogues): I18n {
  const t = makeTranslator(lang, catalogues);
  return {
    lang,
    dir: dirOf(lang),
    t,
    plural: (key, count) => t(key, { count, n: formatLatin(lang, count, { max: 2 }) })
  };
}

const KEY = Symbol('i18n');

/** Makes `i18n` the language context of the components below the caller. */
export function setI18n(i18n: I18n): I18n {
  return setContext(KEY, i18n);
}

/** The page's language context; throws outside a page that set one. */
export function getI18n(): I18n {
  const i18n = getContext<I18n | undefined>(KEY);
  if (!i18n) throw new Error('getI18n() outside a page: the layout sets the language context');
  return i18n;
}

/** The context map that `render()` takes, for rendering a component on its own at build. */
export function i18nContextMap(i18n: I18n): Map<symbol, I18n> {
  return new Map([[KEY, i18n]]);
}
