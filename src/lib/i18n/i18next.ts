/**
 * The build's translator: i18next, one instance per language, so prerendering /en/ and /ar/
 * never shares a mutable "current language". Reached through `#translator`, which resolves
 * here everywhere but in the browser bundle (package.json "imports").
 */
import { createInstance } from 'i18next';
import type { Catalogues, Translate } from './translate';

/** A translator for `lang` over its catalogues, keys without `ns:` in `defaultNs`. */
export function makeTranslator(
  lang: string,
  catalogues: Catalogues,
  defaultNs = 'common'
): Translate {
  const instance = createInstance();
  // Resources are bundled, so init is synchronous; Svelte escapes output, so i18next must not.
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: catalogues as Record<string, Record<string, unknown>> },
    ns: Object.keys(catalogues),
    defaultNS: defaultNs,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false
  });
  const t = instance.getFixedT(lang);
  return (key, options) => String(t(key, options));
}
