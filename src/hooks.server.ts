import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LANG, dirOf, isLang, LANGS } from '$lib/i18n/languages';
import { provideStrings, useTranslator } from '$lib/i18n/i18n';
import { RESOURCES } from '$lib/i18n/resources';
import { i18nextTranslator } from '$lib/server/i18next';
import { fillIslands } from '$lib/server/islands';
import { rootRelativeUrls } from '$lib/site';

// The build renders with i18next and holds every language's strings.
useTranslator(i18nextTranslator);
for (const lang of LANGS) provideStrings(lang, RESOURCES[lang]);

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
    transformPageChunk: ({ html }) => {
      const page = html.replace('%lang%', lang).replace('%dir%', dirOf(lang));
      if (story) return fillIslands(lang, page);
      // The 404 page is one file served at every depth: its relative URLs would break.
      return event.route.id === '/404' ? rootRelativeUrls(page) : page;
    }
  });
};
