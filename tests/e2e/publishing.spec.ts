import type { APIRequestContext, Page } from '@playwright/test';
import modelAr from '$content/ar/model.json' with { type: 'json' };
import modelEn from '$content/en/model.json' with { type: 'json' };
import storyAr from '$content/ar/story.json' with { type: 'json' };
import storyEn from '$content/en/story.json' with { type: 'json' };
import commonAr from '$lib/i18n/locales/ar/common.json' with { type: 'json' };
import commonEn from '$lib/i18n/locales/en/common.json' with { type: 'json' };
import { siteOrigin } from '../../scripts/site-origin.js';
import { SLIDERS } from '$lib/model/inputs';
import { expect, hydrated, openNotFound, test } from './fixtures';

// The origin this build was made for: the test server's build reads the same environment.
const ORIGIN = siteOrigin();
const LANGS = {
  en: { story: storyEn, common: commonEn, model: modelEn, locale: 'en_US', other: 'ar_AR' },
  ar: { story: storyAr, common: commonAr, model: modelAr, locale: 'ar_AR', other: 'en_US' }
} as const;

/** An absolute URL of this build, checked to carry its origin, fetched from the test server. */
function onTestServer(absolute: string, baseURL: string | undefined): string {
  const url = new URL(absolute);
  expect(url.origin, absolute).toBe(ORIGIN);
  return new URL(url.pathname + url.search, baseURL).href;
}

/** Width and height from a PNG's IHDR chunk; throws on anything that is not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(0, 8).equals(signature), 'PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const attr = (page: Page, selector: string, name = 'content') =>
  page.locator(selector).first().getAttribute(name);

async function expectPng(
  request: APIRequestContext,
  url: string,
  size: { width: number; height: number }
) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(pngSize(await response.body())).toEqual(size);
}

for (const [lang, { story, common, locale, other }] of Object.entries(LANGS)) {
  test(`/${lang}/ has its own head tags with absolute URLs of this build`, async ({
    page,
    request,
    baseURL
  }) => {
    await page.goto(`/${lang}/`);
    const url = `${ORIGIN}/${lang}/`;
    await expect(page).toHaveTitle(story.title);
    expect(await attr(page, 'meta[name="description"]')).toBe(story.dek);
    expect(await attr(page, 'link[rel="canonical"]', 'href')).toBe(url);

    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])
      );
    expect(alternates).toEqual([
      ['en', `${ORIGIN}/en/`],
      ['ar', `${ORIGIN}/ar/`],
      ['x-default', `${ORIGIN}/`]
    ]);
    for (const [, href] of alternates) {
      const response = await request.get(onTestServer(href as string, baseURL));
      expect(response.status(), href as string).toBe(200);
    }

    const og = Object.fromEntries(
      await page
        .locator('meta[property^="og:"]')
        .evaluateAll((metas) =>
          metas.map((m) => [m.getAttribute('property'), m.getAttribute('content')])
        )
    );
    const image = `${ORIGIN}/social/${lang}.png`;
    expect(og).toEqual({
      'og:type': 'article',
      'og:site_name': common.site.shortTitle,
      'og:title': story.title,
      'og:description': story.dek,
      'og:url': url,
      'og:locale': locale,
      'og:locale:alternate': other,
      'og:image': image,
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': expect.stringContaining(story.title)
    });
    expect(await attr(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await attr(page, 'meta[name="twitter:title"]')).toBe(story.title);
    expect(await attr(page, 'meta[name="twitter:description"]')).toBe(story.dek);
    expect(await attr(page, 'meta[name="twitter:image"]')).toBe(image);
    expect(await attr(page, 'meta[name="twitter:image:alt"]')).toBe(og['og:image:alt']);

    await expectPng(request, onTestServer(image, baseURL), { width: 1200, height: 630 });
  });
}

test('/ names both languages and lists them as alternates', async ({ request }) => {
  // In a browser the page forwards to a language at once; read the head of the file as served.
  const html = await (await request.get('/')).text();
  expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/"`);
  for (const [hreflang, href] of [
    ['en', `${ORIGIN}/en/`],
    ['ar', `${ORIGIN}/ar/`],
    ['x-default', `${ORIGIN}/`]
  ]) {
    expect(html).toContain(`<link rel="alternate" hreflang="${hreflang}" href="${href}"`);
  }
  const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
  expect(title).toContain(commonEn.site.shortTitle);
  expect(title).toContain(commonAr.site.shortTitle);
  expect(html).toMatch(/<meta name="description" content="[^"]+"/);
});

for (const path of ['/', '/en/', '/ar/']) {
  test(`the icons linked from ${path} resolve`, async ({ request, baseURL }) => {
    // Read from the HTML as served: in a browser the root page forwards at once.
    const html = await (await request.get(path)).text();
    const attr = (tag: string, name: string) =>
      new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
    const icons = [...html.matchAll(/<link\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => ['icon', 'apple-touch-icon'].includes(attr(tag, 'rel') ?? ''))
      .map((tag) => ({
        rel: attr(tag, 'rel'),
        type: attr(tag, 'type'),
        href: new URL(attr(tag, 'href') ?? '', new URL(path, baseURL)).href
      }));
    expect(icons.map((i) => `${i.rel} ${i.type}`).sort()).toEqual([
      'apple-touch-icon null',
      'icon image/png',
      'icon image/svg+xml'
    ]);
    for (const icon of icons) {
      const response = await request.get(icon.href);
      expect(response.status(), icon.href).toBe(200);
      if (icon.type === 'image/svg+xml') {
        expect(response.headers()['content-type']).toBe('image/svg+xml');
      } else {
        await expectPng(request, icon.href, { width: 180, height: 180 });
      }
    }
  });
}

for (const missing of ['/no/such/page', '/nope', '/en/no/such/chapter/']) {
  test(`${missing} answers 404 with the styled bilingual page, whose links work`, async ({
    browser,
    request
  }) => {
    const response = await request.get(missing);
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('text/html');

    const { page, context, failures, status } = await openNotFound(browser, missing);
    expect(status).toBe(404);

    const en = page.locator('section[lang="en"][dir="ltr"]');
    const ar = page.locator('section[lang="ar"][dir="rtl"]');
    await expect(en.getByRole('heading', { level: 1 })).toHaveText(commonEn.notFound.heading);
    await expect(ar.getByRole('heading', { level: 1 })).toHaveText(commonAr.notFound.heading);
    await expect(en).toContainText(commonEn.notFound.body);
    await expect(ar).toContainText(commonAr.notFound.body);

    // The stylesheets loaded at this depth: the site's font, the page's own card border, and
    // the font file itself.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
      /^"?IBM Plex Sans Arabic/
    );
    expect(await en.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('4px');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.status === 'loaded'))).toBe(
      true
    );

    const links = await page
      .locator('main a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.map((href) => new URL(href).pathname).sort()).toEqual(['/', '/', '/ar/', '/en/']);
    for (const href of new Set(links)) expect((await request.get(href)).status(), href).toBe(200);
    await en.getByRole('link', { name: commonEn.notFound.storyLink }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('h1')).toHaveText(storyEn.title);

    expect(failures).toEqual([]);
    await context.close();
  });
}

for (const [lang, { model, common }] of Object.entries(LANGS)) {
  test(`printing /${lang}/ keeps the story and charts and states the settings`, async ({
    page
  }) => {
    test.setTimeout(120_000);
    const settings = page.getByTestId('print-settings');
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.goto(`/${lang}/`);
    await hydrated(page);
    // On screen the sliders show the settings; the line is for paper only.
    await expect(settings).toBeHidden();
    await expect(page.getByTestId('slider-panel')).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    // Paper gets every block laid out, not only the ones near the screen (print.css).
    const skippable = await page
      .locator('article > .flow > *, article > .lab > *')
      .evaluateAll((blocks) =>
        blocks.filter((b) => getComputedStyle(b).contentVisibility !== 'visible').map((b) => b.id)
      );
    expect(skippable).toEqual([]);
    for (const hidden of [
      page.getByTestId('slider-panel'),
      page.getByTestId('presets'),
      page.locator('.site-header'),
      page.locator('nav.toc')
    ]) {
      await expect(hidden).toBeHidden();
    }
    const visibleButtons = await page
      .locator('button:not(.term)')
      .evaluateAll((buttons) => buttons.filter((b) => b.checkVisibility()).length);
    expect(visibleButtons).toBe(0);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('#sources-list')).toBeVisible();

    // The five live charts and the sell-off chart (one of its two drawings shows).
    const charts = page.locator('figure[data-chart]');
    await expect(charts).toHaveCount(6);
    for (const chart of await charts.all()) {
      await expect(chart.locator('svg:visible')).toHaveCount(1);
      await expect(chart.locator('details')).toBeHidden();
    }

    // The settings line names every slider and says these are the defaults.
    await expect(settings).toBeVisible();
    for (const { id } of SLIDERS) {
      await expect(settings.locator(`[data-setting="${id}"]`)).toContainText(
        model.inputs[id].label
      );
    }
    await expect(settings).toContainText(common.print.defaults);

    // Nothing wider than an A4 page, the chart SVGs included.
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      svg: Math.max(
        ...[...document.querySelectorAll('figure[data-chart] svg')].map(
          (svg) => svg.getBoundingClientRect().right - document.documentElement.clientWidth
        )
      )
    }));
    expect(overflow.page).toBeLessThanOrEqual(0);
    expect(overflow.svg).toBeLessThanOrEqual(0);

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
  });
}

test('the printed settings follow the reader’s settings', async ({ page }) => {
  await page.goto('/en/?util=70&delay=2');
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  const settings = page.getByTestId('print-settings');
  await expect(settings.locator('[data-setting="utilisation"]')).toHaveText(
    `${modelEn.inputs.utilisation.label} 70%`
  );
  await expect(settings.locator('[data-setting="delay"]')).toContainText('2 months');
  await expect(settings).not.toContainText(commonEn.print.defaults);
});
