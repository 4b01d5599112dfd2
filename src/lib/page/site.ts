/**
 * Where the site is published, for the absolute URLs a page's head needs (canonical, hreflang,
 * Open Graph): the origin from SITE_ORIGIN and Kit's base path, both fixed at build time by
 * vite.config.ts. Everything else on the site links relatively.
 */
import { LANGS, type Lang } from '$lib/i18n/languages';

declare const __SITE_ORIGIN__: string;
declare const __BASE_PATH__: string;

/** The published origin without a trailing slash, e.g. "https://example.org". */
export const SITE_ORIGIN: string = __SITE_ORIGIN__;

/** Kit's base path: '' or an absolute path without a trailing slash, e.g. "/explainer". */
export const BASE_PATH: string = __BASE_PATH__;

/** Size of the social images in static/social/ (made by scripts/social-images.js). */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** Open Graph's locale codes (language_TERRITORY, as Facebook lists them). */
export const OG_LOCALE: Record<Lang, string> = { en: 'en_US', ar: 'ar_AR' };

/**
 * The absolute URL of a site path: "/ar/" → "https://example.org/explainer/ar/".
 * @param path a path from the site's root, starting with '/'
 */
export function absoluteUrl(path: string, origin = SITE_ORIGIN, base = BASE_PATH): string {
  if (!path.startsWith('/')) throw new Error(`site path must start with '/': ${path}`);
  return `${origin}${base}${path}`;
}

/** The page of each language and the language choice at the root, as hreflang alternates. */
export function alternates(
  origin = SITE_ORIGIN,
  base = BASE_PATH
): { hreflang: string; href: string }[] {
  return [
    ...LANGS.map((lang) => ({ hreflang: lang, href: absoluteUrl(`/${lang}/`, origin, base) })),
    { hreflang: 'x-default', href: absoluteUrl('/', origin, base) }
  ];
}
