import { createInstance, type TFunction } from 'i18next';
import ar from './locales/ar.json';
import en from './locales/en.json';
import type { Lang } from './languages';
import { formatNumber } from '$lib/format/format';

/** UI strings per language; both files have the same keys (a unit test holds them to it). */
export const RESOURCES = { en, ar } as const;

const fixed = new Map<Lang, TFunction>();

/**
 * A translation function bound to one language. Each language gets its own i18next
 * instance, so prerendering /en/ and /ar/ never shares a mutable "current language".
 */
export function getT(lang: Lang): TFunction {
  let t = fixed.get(lang);
  if (!t) {
    const instance = createInstance();
    // Resources are bundled, so init is synchronous; Svelte escapes output, so i18next must not.
    void instance.init({
      lng: lang,
      fallbackLng: false,
      resources: { [lang]: { translation: RESOURCES[lang] } },
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false
    });
    t = instance.getFixedT(lang);
    fixed.set(lang, t);
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
