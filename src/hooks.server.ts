import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LANG, dirOf, isLang } from '$lib/i18n/languages';
import { rootRelativeUrls } from '$lib/prose/html';
import { fillIslands } from '$lib/prose/islands';

/**
 * Writes the page's language and direction into <html> while it is rendered, so the
 * prerendered file itself says lang="ar" dir="rtl": no flash of the wrong direction. On a
 * story page it also writes the story's prose in place of its island markers.
 */
export const handle: Handle = ({ event, resolve }) => {
  const param = event.params.lang;
  const lang = isLang(param) ? param : DEFAULT_LANG;
  const story = isLang(param) && event.route.id === '/[lang=lang]';
  return resolve(event, {
    // Stylesheets only: a <link rel="modulepreload"> in the head makes the page's scripts
    // (60 KB) share the first round trips with the HTML, and a phone on a slow link then
    // paints later. The script at the end of the body imports them itself, once the story
    // has arrived; the page reads the same without them.
    preload: ({ type }) => type === 'css',
    transformPageChunk: ({ html }) => {
      const page = html.replace('%lang%', lang).replace('%dir%', dirOf(lang));
      if (story) return fillIslands(lang, page);
      // The 404 page is one file served at every depth: its relative URLs would break.
      return event.route.id === '/404' ? rootRelativeUrls(page) : page;
    }
  });
};
