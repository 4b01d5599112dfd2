import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/languages';
import { RESOURCES } from '$lib/i18n/resources';
import type { LayoutServerLoad } from './$types';

/** The page's language and its UI strings: the browser gets this language's strings only. */
export const load: LayoutServerLoad = ({ params }) => {
  // The param matcher already guarantees this; the check narrows the type for the pages.
  if (!isLang(params.lang)) error(404, 'Unknown language');
  return { lang: params.lang, strings: RESOURCES[params.lang] };
};
