import type { Lang } from './languages';
import { createTranslator, type Catalogues, type Translate } from './translate';
import { formatNumber } from '$lib/format/format';

export type { Translate } from './translate';

/**
 * Each language's strings, as handed over by `provideStrings`. A page's load passes its own
 * language's strings with the page data (see `routes/[lang=lang]/+layout.server.ts`), so the
 * browser downloads one language's strings, not every language's.
 */
const provided = new Map<Lang, Catalogues>();
const translators = new Map<Lang, Translate>();
let makeTranslator: (lang: Lang, catalogues: Catalogues) => Translate = createTranslator;

/** Makes a language's UI strings available to `getT`; the first strings given for it stay. */
export function provideStrings(lang: Lang, strings: Catalogues): void {
  if (!provided.has(lang)) provided.set(lang, strings);
}

/**
 * Chooses what turns catalogues into translators: the build uses i18next
 * (`$lib/server/i18next.ts`), the browser the small translator in `./translate.ts`.
 */
export function useTranslator(make: (lang: Lang, catalogues: Catalogues) => Translate): void {
  makeTranslator = make;
  translators.clear();
}

/** A translation function bound to one language, built once per language. */
export function getT(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) {
    const strings = provided.get(lang);
    if (!strings)
      throw new Error(`UI strings for "${lang}" were not provided: call provideStrings first`);
    t = makeTranslator(lang, strings);
    translators.set(lang, t);
  }
  return t;
}

/**
 * A plural string for a count: the plural category comes from the raw count, the digits
 * from the project's formatter (so Arabic pages show the pinned digit system).
 */
export function plural(lang: Lang, key: string, count: number): string {
  return getT(lang)(key, { count, n: formatNumber(lang, count) });
}
