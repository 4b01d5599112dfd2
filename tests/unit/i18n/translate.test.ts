/**
 * The browser's small translator against i18next, which renders the pages at build time: any
 * difference would show the reader one word in the HTML and another after hydration.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '$lib/i18n/languages';
import { NAMESPACES, RESOURCES } from '$lib/i18n/resources';
import { makeTranslator as i18nextTranslator } from '$lib/i18n/i18next';
import { makeTranslator as createTranslator } from '$lib/i18n/translate';

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : leafKeys(value, `${prefix}${key}.`)
  );
}

/** Every key as `t()` takes it, plural suffixes removed (the translator picks the form). */
function keysOf(lang: Lang): string[] {
  const keys = NAMESPACES.flatMap((ns) =>
    leafKeys(RESOURCES[lang][ns] as Tree).map((key) => (ns === 'common' ? key : `${ns}:${key}`))
  );
  return [...new Set(keys.map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))];
}

/** The keys that have plural forms. */
function pluralKeysOf(lang: Lang): string[] {
  return keysOf(lang).filter((key) => {
    const colon = key.indexOf(':');
    const ns = colon > 0 ? key.slice(0, colon) : 'common';
    const path = colon > 0 ? key.slice(colon + 1) : key;
    return leafKeys(RESOURCES[lang][ns as (typeof NAMESPACES)[number]] as Tree).includes(
      `${path}_other`
    );
  });
}

/** The variables any string of the language interpolates, each given a recognisable value. */
function variablesOf(lang: Lang): Record<string, string> {
  const names = new Set<string>();
  for (const m of JSON.stringify(RESOURCES[lang]).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g))
    if (m[1]) names.add(m[1]);
  return Object.fromEntries([...names].map((name) => [name, `<${name}>`]));
}

describe.each(LANGS)('the browser translator in %s', (lang) => {
  const small = createTranslator(lang, RESOURCES[lang]);
  const reference = i18nextTranslator(lang, RESOURCES[lang]);
  const keys = keysOf(lang);
  const vars = variablesOf(lang);

  it('gives i18next’s text for every key, with and without variables', () => {
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) {
      expect(small(key), key).toBe(reference(key));
      expect(small(key, vars), key).toBe(reference(key, vars));
    }
  });

  it('gives i18next’s plural form for every key and count', () => {
    const counts = [0, 1, 2, 3, 5, 10, 11, 12, 99, 100, 101, 102, 1000, 0.5, 1.5, -1, -2];
    const plurals = pluralKeysOf(lang);
    expect(plurals.length).toBeGreaterThan(5);
    for (const key of plurals) {
      const texts = counts.map((count) => small(key, { ...vars, count }));
      expect(texts, key).toEqual(counts.map((count) => reference(key, { ...vars, count })));
    }
  });

  it('agrees with i18next on random counts and unknown keys', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pluralKeysOf(lang)),
        fc.oneof(
          fc.integer({ min: -1e6, max: 1e6 }),
          fc.double({ noNaN: true, min: -1e6, max: 1e6 })
        ),
        (key, count) => small(key, { ...vars, count }) === reference(key, { ...vars, count })
      )
    );
    // (A key naming a group, not a string, is a mistake i18next reports in words; not mirrored.)
    for (const key of ['no.such.key', 'charts:no.such', 'nope:site.title'])
      expect(small(key), key).toBe(reference(key));
  });
});
