import { LANGS, type Lang } from '$lib/i18n/languages';
import { RESOURCES } from '$lib/i18n/resources';
import type { PageServerLoad } from './$types';

/** The choice page speaks both languages, but only needs the site's and the switch's words. */
export const load: PageServerLoad = () => ({
  strings: Object.fromEntries(
    LANGS.map((lang) => {
      const { site, lang: switcher } = RESOURCES[lang].common;
      return [lang, { common: { site, lang: switcher } }];
    })
  ) as Record<Lang, { common: { site: unknown; lang: unknown } }>
});
