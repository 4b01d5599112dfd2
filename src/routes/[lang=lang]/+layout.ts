import { error } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/languages';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params }) => {
  // The param matcher already guarantees this; the check narrows the type for the pages.
  if (!isLang(params.lang)) error(404, 'Unknown language');
  return { lang: params.lang };
};
