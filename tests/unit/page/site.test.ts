import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_ORIGIN, siteOrigin } from '../../../scripts/site-origin.js';
import { absoluteUrl, alternates, BASE_PATH, OG_LOCALE, SITE_ORIGIN } from '$lib/page/site';

describe('siteOrigin (SITE_ORIGIN at build time)', () => {
  it.each([
    [undefined, DEFAULT_SITE_ORIGIN],
    ['', DEFAULT_SITE_ORIGIN],
    ['  ', DEFAULT_SITE_ORIGIN],
    ['https://example.org', 'https://example.org'],
    ['https://example.org/', 'https://example.org'],
    ['https://Example.ORG:8443/', 'https://example.org:8443'],
    ['http://localhost:4201', 'http://localhost:4201']
  ])('%j → %s', (value, expected) => {
    expect(siteOrigin({ SITE_ORIGIN: value })).toBe(expected);
  });

  it.each(['example.org', 'ftp://example.org', 'https://example.org/sub', 'https://x.org/?a=1'])(
    'refuses %j',
    (value) => {
      expect(() => siteOrigin({ SITE_ORIGIN: value })).toThrow(/SITE_ORIGIN/);
    }
  );

  it('is what the build compiled into src/lib/page/site.ts', () => {
    expect(SITE_ORIGIN).toBe(siteOrigin());
    expect(BASE_PATH).toMatch(/^(\/.*[^/])?$/);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['/', 'https://example.org', '', 'https://example.org/'],
    ['/ar/', 'https://example.org', '', 'https://example.org/ar/'],
    ['/ar/', 'https://example.org', '/explainer', 'https://example.org/explainer/ar/'],
    ['/social/en.png', 'http://localhost:4173', '/x', 'http://localhost:4173/x/social/en.png']
  ])('%s at %s%s → %s', (path, origin, base, expected) => {
    expect(absoluteUrl(path, origin, base)).toBe(expected);
  });

  it('refuses a path that is not from the root', () => {
    expect(() => absoluteUrl('ar/', 'https://example.org', '')).toThrow();
  });
});

describe('alternates', () => {
  it('lists each language and x-default for the language choice at the root', () => {
    expect(alternates('https://example.org', '/x')).toEqual([
      { hreflang: 'en', href: 'https://example.org/x/en/' },
      { hreflang: 'ar', href: 'https://example.org/x/ar/' },
      { hreflang: 'x-default', href: 'https://example.org/x/' }
    ]);
  });

  it('gives every language an Open Graph locale', () => {
    expect(OG_LOCALE).toEqual({ en: 'en_US', ar: 'ar_AR' });
  });
});
