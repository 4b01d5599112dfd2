// The browser gets one language's strings and explorer words with each page; unit tests use
// every language's and i18next, as the build does.
import { provideExplorerWords } from '$lib/components/explorer/modelWords';
import { provideStrings, useTranslator } from '$lib/i18n/i18n';
import { i18nextTranslator } from '$lib/server/i18next';
import { LANGS } from '$lib/i18n/languages';
import { RESOURCES } from '$lib/i18n/resources';
import { explorerWordsFor } from '$lib/server/pageData';

useTranslator(i18nextTranslator);
for (const lang of LANGS) {
  provideStrings(lang, RESOURCES[lang]);
  provideExplorerWords(lang, explorerWordsFor(lang));
}
