/** The languages the site is published in, in the order the switch lists them. */
export const LANGS = ['en', 'ar'] as const;

/** A language code the site is published in. */
export type Lang = (typeof LANGS)[number];

/** Writing direction of a page or a chart. */
export type Dir = 'ltr' | 'rtl';

/** The language a visitor gets when nothing says otherwise. */
export const DEFAULT_LANG: Lang = 'en';

/**
 * The BCP 47 locale each page formats with. Arabic pins Latin digits (`-u-nu-latn`):
 * CLDR's own default for `ar` since 2024, the digits of the pan-Arab financial press, and the
 * digits the address bar shows (`?util=70`), so the page and its URL agree. Pinning the
 * extension means the prerendering Node and the reader's browser cannot disagree, whatever
 * their ICU versions default to. English pins `en-US` for the `$1,234.5` conventions.
 */
export const LOCALES: Record<Lang, string> = {
  en: 'en-US-u-nu-latn',
  ar: 'ar-u-nu-latn'
};

/** Whether a string is one of the site's language codes. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The writing direction of a language: 'rtl' for Arabic, 'ltr' otherwise. */
export function dirOf(lang: Lang): Dir {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** The other published language: the target of the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'ar' ? 'en' : 'ar';
}

/**
 * The site language that best matches a browser's preference list (`navigator.languages`),
 * comparing primary subtags only ('ar-EG' → 'ar'); the default when none matches.
 */
export function pickLang(preferences: readonly string[]): Lang {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}
