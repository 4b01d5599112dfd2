/**
 * The browser's translator: the part of i18next this project's catalogues use, and nothing
 * more — namespaced keys (`charts:cash.title`), nested keys, `{{name}}` interpolation and
 * plural forms chosen by `Intl.PluralRules` (`_zero`, `_one`, `_two`, `_few`, `_many`,
 * `_other`). The build renders with i18next itself (`./i18next.ts`; `#translator` picks one or the other per bundle); a unit test
 * holds the two to the same output for every key of both languages, so hydration never sees
 * a different word. Why not i18next in the browser too: it is 15.6 KB of gzipped JavaScript,
 * a fifth of the page's budget, for features the catalogues do not use.
 */

/** A translation function bound to one language: key and options in, text out. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One language's catalogues, by namespace. */
export type Catalogues = Record<string, unknown>;

const SUFFIXES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

function lookup(tree: unknown, path: string): unknown {
  let node = tree;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** A translator for `lang` over its catalogues; `defaultNs` is used for keys without `ns:`. */
export function makeTranslator(
  lang: string,
  catalogues: Catalogues,
  defaultNs = 'common'
): Translate {
  const rules = new Intl.PluralRules(lang);
  return (key, options = {}) => {
    const colon = key.indexOf(':');
    const ns = colon > 0 ? key.slice(0, colon) : defaultNs;
    const path = colon > 0 ? key.slice(colon + 1) : key;
    const tree = lookup(catalogues, ns);
    let template: unknown;
    const count = options.count;
    if (typeof count === 'number') {
      // As i18next does: a count of 0 takes the `_zero` form when there is one, in every
      // language, before the language's own plural category.
      if (count === 0) template = lookup(tree, `${path}_zero`);
      const category = rules.select(count);
      if (template === undefined && SUFFIXES.has(category))
        template = lookup(tree, `${path}_${category}`);
      if (template === undefined) template = lookup(tree, `${path}_other`);
    }
    if (template === undefined) template = lookup(tree, path);
    // Like i18next: a missing key comes back as itself without its namespace, and a missing
    // variable leaves its placeholder in place.
    if (typeof template !== 'string') return path;
    return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (placeholder, name: string) => {
      const value = lookup(options, name);
      return value === undefined || value === null ? placeholder : String(value);
    });
  };
}
