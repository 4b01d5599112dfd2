import { describe, expect, it } from 'vitest';
import termsJson from '$content/terms.json';
import sourcesAr from '$content/ar/sources.json';
import sourcesEn from '$content/en/sources.json';
import modelAr from '$content/ar/model.json';
import modelEn from '$content/en/model.json';
import marketAr from '$content/ar/market.json';
import marketEn from '$content/en/market.json';
import { proseOf } from '$lib/prose/inline';
import { RESOURCES } from '$lib/i18n/resources';
import { termHits, withoutMarks } from './check';
import { allTexts } from './fixtures';

interface Term {
  id: string;
  en: string;
  ar: string;
  note?: string;
  avoid: { en: string[]; ar: string[] };
}

const terms = termsJson.terms as Term[];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every string leaf of a JSON value with its path, e.g. ["presets.glut.name", "…"]. */
function leaves(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * Every reader-facing text of a language, labelled: the story, glossary and timeline (their
 * prose, tokens removed), the model's texts, the sell-off chart's event labels, the sources'
 * notes and the interface strings.
 */
function textsOf(lang: 'en' | 'ar'): [string, string][] {
  return [
    ...allTexts(lang).map(({ where, text }): [string, string] => [where, proseOf(text)]),
    ...leaves(lang === 'ar' ? modelAr : modelEn, 'model'),
    ...leaves(lang === 'ar' ? marketAr : marketEn, 'market'),
    ...leaves(lang === 'ar' ? sourcesAr : sourcesEn, 'sources'),
    ...leaves(RESOURCES[lang], 'ui')
  ];
}

/**
 * The methodology (`model.methodology`) is being rewritten on the model's own branch (its
 * payback definition, among others). Until that text lands, the variants it still holds are
 * listed here; nothing outside the methodology may use them. Delete an entry once the
 * methodology no longer needs it.
 */
const METHODOLOGY_PENDING: Record<'en' | 'ar', string[]> = { en: [], ar: [] };

describe('content/terms.json', () => {
  it('gives every concept an id, one English and one Arabic term, and variants to avoid', () => {
    expect(terms.length).toBeGreaterThan(0);
    const ids = terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of terms) {
      expect(t.id).toMatch(KEBAB);
      expect(t.en.trim() && t.ar.trim(), t.id).toBeTruthy();
      expect(Array.isArray(t.avoid.en) && Array.isArray(t.avoid.ar), t.id).toBe(true);
    }
  });

  it('covers every concept of the Arabic desk review’s table', () => {
    const desk = [
      'utilisation',
      'depreciation',
      'ebitda',
      'credit-spread',
      'base-rate',
      'useful-life',
      'starting-values',
      'take-or-pay',
      'net-income',
      'interest-expense',
      'shareholders',
      'slider',
      'multiplier',
      'fed',
      'chips',
      'rates-bite-twice',
      'sourced',
      'capacity'
    ];
    expect(desk.filter((id) => !terms.some((t) => t.id === id))).toEqual([]);
  });

  it('never bans a term it prescribes', () => {
    // Otherwise the scan below could not pass: the right word would count as a wrong one.
    const clashes = terms.flatMap((t) =>
      terms.flatMap((other) => [
        ...termHits(t.ar, other.avoid.ar, 'ar').map((v) => `${t.id} (ar) holds ${other.id}: ${v}`),
        ...termHits(t.en, other.avoid.en, 'en').map((v) => `${t.id} (en) holds ${other.id}: ${v}`)
      ])
    );
    expect(clashes).toEqual([]);
  });

  it('lists as pending only variants the termbase bans', () => {
    const unknown = (['en', 'ar'] as const).flatMap((lang) => {
      const banned = new Set(terms.flatMap((t) => t.avoid[lang].map(withoutMarks)));
      return METHODOLOGY_PENDING[lang].filter((v) => !banned.has(withoutMarks(v)));
    });
    expect(unknown).toEqual([]);
  });
});

describe.each(['ar', 'en'] as const)('the %s texts use one term per concept', (lang) => {
  const variants = terms.flatMap((t) => t.avoid[lang].map((v) => ({ id: t.id, v })));

  it('have texts to search', () => {
    // The story, glossary, timeline, model, notes and interface: several hundred strings.
    expect(textsOf(lang).length).toBeGreaterThan(300);
  });

  it('hold no variant the termbase bans', () => {
    const pending = new Set(METHODOLOGY_PENDING[lang].map(withoutMarks));
    const found = textsOf(lang).flatMap(([where, text]) =>
      termHits(
        text,
        variants.map((x) => x.v),
        lang
      )
        .filter((v) => !(where.startsWith('model.methodology') && pending.has(withoutMarks(v))))
        .map(
          (v) => `${where}: «${v}» (use «${terms.find((t) => t.avoid[lang].includes(v))?.[lang]}»)`
        )
    );
    expect(found).toEqual([]);
  });
});
