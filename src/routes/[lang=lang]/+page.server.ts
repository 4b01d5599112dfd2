import { LANGS } from '$lib/i18n/languages';
import { explorerWordsFor, outlineFor } from '$lib/prose/pageData';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Both languages are listed so each gets its own prerendered page. */
export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

/** The story's outline and the explorer's words; the prose itself is built into the HTML. */
export const load: PageServerLoad = async ({ parent }) => {
  const { lang } = await parent();
  return { outline: outlineFor(lang), words: explorerWordsFor(lang) };
};
