import { createInstance, type TFunction } from 'i18next';
import arCharts from './locales/ar/charts.json';
import arCommon from './locales/ar/common.json';
import arExplorer from './locales/ar/explorer.json';
import enCharts from './locales/en/charts.json';
import enCommon from './locales/en/common.json';
import enExplorer from './locales/en/explorer.json';
import type { Lang } from './languages';
import { formatNumber } from '$lib/format/format';

/**
 * UI strings per language and namespace (`common`, `explorer`, `charts`: one file each, so the
 * parts of the page can be edited apart). Both languages have the same keys; a unit test holds
 * them to it. Keys outside `common` are written with their namespace: `t('charts:cash.title')`.
 */
export const RESOURCES = {
  en: { common: enCommon, explorer: enExplorer, charts: enCharts },
  ar: { common: arCommon, explorer: arExplorer, charts: arCharts }
} as const;

export const NAMESPACES = ['common', 'explorer', 'charts'] as const;

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
      resources: { [lang]: RESOURCES[lang] },
      ns: NAMESPACES,
      defaultNS: 'common',
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
