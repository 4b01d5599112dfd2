import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LANG, dirOf, isLang } from '$lib/i18n/languages';
import { rootRelativeUrls } from '$lib/site';

/**
 * Writes the page's language and direction into <html> while it is rendered, so the
 * prerendered file itself says lang="ar" dir="rtl": no flash of the wrong direction.
 */
export const handle: Handle = ({ event, resolve }) => {
  const param = event.params.lang;
  const lang = isLang(param) ? param : DEFAULT_LANG;
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const page = html.replace('%lang%', lang).replace('%dir%', dirOf(lang));
      // The 404 page is one file served at every depth: its relative URLs would break.
      return event.route.id === '/404' ? rootRelativeUrls(page) : page;
    }
  });
};
