import { createInstance } from 'i18next';
import { NAMESPACES } from '$lib/i18n/resources';
import type { Catalogues, Translate } from '$lib/i18n/translate';

/**
 * A translator backed by i18next, as the build renders pages: one instance per language, so
 * prerendering /en/ and /ar/ never shares a mutable "current language".
 */
export function i18nextTranslator(lang: string, catalogues: Catalogues): Translate {
  const instance = createInstance();
  // Resources are bundled, so init is synchronous; Svelte escapes output, so i18next must not.
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: catalogues as Record<string, Record<string, unknown>> },
    ns: NAMESPACES,
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false
  });
  const t = instance.getFixedT(lang);
  return (key, options) => String(t(key, options));
}
