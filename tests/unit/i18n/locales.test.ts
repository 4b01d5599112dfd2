import { describe, expect, it } from 'vitest';
import { createI18n } from '$lib/i18n/context';
import { NAMESPACES, RESOURCES } from '$lib/i18n/resources';
import { dirOf, isLang, LANGS, otherLang, pickLang } from '$lib/i18n/languages';

type Tree = { [key: string]: string | Tree };

/** Every leaf key of a nested strings object, as dotted paths. */
function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : leafKeys(value, `${prefix}${key}.`)
  );
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Keys with any plural suffix removed: the families a translator must cover. */
function families(keys: string[]): Set<string> {
  return new Set(keys.map((key) => key.replace(PLURAL_SUFFIX, '')));
}

/** Every key of a language, each prefixed with its namespace as `t()` takes it. */
function allKeys(lang: 'en' | 'ar'): string[] {
  return NAMESPACES.flatMap((ns) =>
    leafKeys(RESOURCES[lang][ns] as Tree).map((key) => (ns === 'common' ? key : `${ns}:${key}`))
  );
}

describe('UI strings', () => {
  const en = allKeys('en');
  const ar = allKeys('ar');

  it('have the same key families in both languages', () => {
    expect([...families(ar)].sort()).toEqual([...families(en)].sort());
  });

  it('give every English plural family the categories English needs', () => {
    const needed = new Intl.PluralRules('en').resolvedOptions().pluralCategories; // one, other
    const plurals = [...families(en.filter((key) => PLURAL_SUFFIX.test(key)))];
    expect(plurals.length).toBeGreaterThan(0);
    for (const family of plurals) {
      for (const category of needed) expect(en, family).toContain(`${family}_${category}`);
    }
  });

  it('give every Arabic plural family all six of Arabic’s categories', () => {
    const needed = new Intl.PluralRules('ar').resolvedOptions().pluralCategories;
    expect(needed).toHaveLength(6); // zero, one, two, few, many, other
    const plurals = [...families(ar.filter((key) => PLURAL_SUFFIX.test(key)))];
    expect(plurals.length).toBeGreaterThan(0);
    for (const family of plurals) {
      for (const category of needed) expect(ar, family).toContain(`${family}_${category}`);
    }
  });

  it('leave no string empty', () => {
    for (const lang of LANGS) {
      const { t } = createI18n(lang, RESOURCES[lang]);
      for (const key of families(allKeys(lang))) {
        expect(t(key, { count: 1, n: '1' }), `${lang}:${key}`).not.toBe('');
      }
    }
  });
});

describe('plural', () => {
  // Arabic picks a different form for 0, 1, 2, 3–10, 11–99 and 100 (CLDR rules).
  it.each([
    // Zero months: no delay, in words.
    [0, 'بلا تأخير'],
    [1, 'شهر واحد'],
    [2, 'شهران'],
    [3, '3 أشهر'],
    [11, '11 شهرًا'],
    [100, '100 شهر']
  ])('Arabic months for %i → %s', (count, expected) => {
    expect(createI18n('ar', RESOURCES.ar).plural('units.months', count)).toBe(expected);
  });

  it.each([
    [1, '1 month'],
    [12, '12 months']
  ])('English months for %i → %s', (count, expected) => {
    expect(createI18n('en', RESOURCES.en).plural('units.months', count)).toBe(expected);
  });

  it('formats the count with grouping: 1200 months → "1,200 months"', () => {
    expect(createI18n('en', RESOURCES.en).plural('units.months', 1200)).toBe('1,200 months');
  });

  it('shows up to two decimals, so a fractional count is not rounded to another number', () => {
    // 6.25 points is a fraction: Arabic writes the genitive singular after it (category other).
    expect(createI18n('ar', RESOURCES.ar).plural('units.points', 6.25)).toBe('6.25 نقطة مئوية');
    expect(createI18n('en', RESOURCES.en).plural('units.points', 6.25)).toBe(
      '6.25 percentage points'
    );
  });
});

describe('createI18n', () => {
  it('keeps one fixed language per instance, whatever order they are asked for in', () => {
    const ar = createI18n('ar', RESOURCES.ar).t;
    const en = createI18n('en', RESOURCES.en).t;
    expect(ar('lang.current')).toBe('العربية');
    expect(en('lang.current')).toBe('English');
    expect(ar('lang.current')).toBe('العربية');
  });
});

describe('languages', () => {
  it.each([
    [['ar-EG', 'en'], 'ar'],
    [['en-GB', 'ar'], 'en'],
    [['fr-FR', 'ar-MA'], 'ar'],
    [['fr', 'de'], 'en'],
    [[], 'en'],
    [['AR_sa'], 'ar']
  ])('pickLang(%j) → %s', (prefs, expected) => {
    expect(pickLang(prefs)).toBe(expected);
  });

  it('knows direction and the other language', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
    expect(otherLang('ar')).toBe('en');
    expect(otherLang('en')).toBe('ar');
  });

  it.each([['en'], ['ar']])('accepts %s', (value) => expect(isLang(value)).toBe(true));
  it.each([['fr'], ['EN'], [''], [null], [42], ['ar/']])('rejects %j', (value) =>
    expect(isLang(value)).toBe(false)
  );
});
