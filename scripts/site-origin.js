// The origin the site is published at, for the absolute URLs search engines and link previews
// need (canonical, hreflang, og:url, og:image). Read at build time from SITE_ORIGIN; the
// default is the address `npm run preview` serves. Shared by vite.config.ts and the tests.

/** Where `npm run preview` serves the site. */
export const DEFAULT_SITE_ORIGIN = 'http://localhost:4173';

/**
 * The origin from an environment (`SITE_ORIGIN`), without a trailing slash: e.g.
 * "https://example.org/" → "https://example.org". Anything but a bare http(s) origin throws,
 * so a typo fails the build instead of publishing broken links.
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function siteOrigin(env = process.env) {
  const raw = (env.SITE_ORIGIN ?? '').trim() || DEFAULT_SITE_ORIGIN;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_ORIGIN=${raw} is not a URL; write it like https://example.org`);
  }
  if (!/^https?:$/.test(url.protocol) || url.origin + '/' !== url.href.replace(/\/*$/, '/')) {
    throw new Error(
      `SITE_ORIGIN=${raw} must be an http(s) origin only, like https://example.org; ` +
        'a sub-path goes in BASE_PATH'
    );
  }
  return url.origin;
}
