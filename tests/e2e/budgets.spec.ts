/**
 * The byte budget, asserted: bytes do not depend on the machine, so they can fail a build.
 * Timings are printed by `npm run bench`, not asserted here.
 */
import { BUDGETS, dragShift, firstLoad } from '../../scripts/measure.js';
import { expect, hydrated, test } from './fixtures';

for (const lang of ['en', 'ar'] as const) {
  test(`/${lang}/ builds no ICU number or date formatter in the browser`, async ({ page }) => {
    // The first one costs tens of milliseconds of start-up (src/lib/i18n/numbers.ts): the
    // browser's numbers come from formatLatin, dates are written at build time.
    const load = await firstLoad(page, `/${lang}/`);
    const scripts = load.files.filter((f) => f.kind === 'js');
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) {
      const body = await page.request.get(f.url).then((r) => r.text());
      expect(body, new URL(f.url).pathname).not.toMatch(/Intl\.(NumberFormat|DateTimeFormat)\b/);
    }
  });

  test(`/${lang}/ downloads under ${BUDGETS.firstLoadFontBytes / 1000} KB of web fonts on first load, all cut to the site's characters`, async ({
    page
  }) => {
    const load = await firstLoad(page, `/${lang}/`);
    const fonts = load.files.filter((f) => f.kind === 'font');
    const list = fonts.map((f) => `${new URL(f.url).pathname} ${f.raw}`).join('\n');
    // Its own script in both weights; the other script for what the page quotes in it.
    expect(fonts.length, list).toBeGreaterThanOrEqual(2);
    // The cut faces (scripts/fonts.js), never @fontsource's full files.
    for (const f of fonts)
      expect(new URL(f.url).pathname).toMatch(/\/(arabic|latin)-[47]00\.[\w-]+\.woff2$/);
    const bytes = fonts.reduce((sum, f) => sum + f.raw, 0);
    expect(bytes, `first-load web fonts, bytes:\n${list}`).toBeLessThanOrEqual(
      BUDGETS.firstLoadFontBytes
    );
  });

  test(`/${lang}/ downloads under ${BUDGETS.firstLoadJsGzip / 1000} KB of gzipped JavaScript on first load`, async ({
    page
  }) => {
    const load = await firstLoad(page, `/${lang}/`);
    const js = load.byKind.js ?? { count: 0, raw: 0, gzip: 0 };
    expect(js.count, 'JavaScript files').toBeGreaterThan(0);
    const list = load.files
      .filter((f) => f.kind === 'js')
      .map((f) => `${new URL(f.url).pathname} ${f.gzip}`)
      .join('\n');
    expect(js.gzip, `first-load JavaScript, gzip bytes:\n${list}`).toBeLessThanOrEqual(
      BUDGETS.firstLoadJsGzip
    );
    // The page's language only: no other language's story or strings ride along.
    const other = lang === 'en' ? 'ar' : 'en';
    const { body } = await page.request
      .get(`/${other}/`)
      .then(async (r) => ({ body: await r.text() }));
    const otherTitle = /<title>([^<]+)<\/title>/.exec(body)?.[1];
    expect(otherTitle).toBeTruthy();
    const scripts = await Promise.all(
      load.files
        .filter((f) => f.kind === 'js')
        .map((f) => page.request.get(f.url).then((r) => r.text()))
    );
    for (const script of scripts) expect(script).not.toContain(otherTitle);
  });

  test(`/${lang}/ lets the story's bytes come first: its head preloads no script`, async ({
    page
  }) => {
    const html = await page.request.get(`/${lang}/`).then((r) => r.text());
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(/<link[^>]+rel="stylesheet"/);
    expect(head).not.toMatch(/rel="modulepreload"|as="script"/);
    // Yet the scripts still come, and the page runs.
    await page.goto(`/${lang}/`);
    await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
  });
}

test.describe('dragging a slider shifts no page content', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const lang of ['en', 'ar'] as const) {
    test(`/${lang}/ at 390 px`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`/${lang}/`);
      await hydrated(page);
      const shift = await dragShift(page, 10);
      // Chromium names every page node that moved; only the browser's own range controls and
      // their value text go unnamed (npm run bench prints those too).
      expect(shift.content, `page content moved: ${shift.sources.join(', ')}`).toBe(0);
      expect(shift.counted, 'layout shift counted against the page').toBe(0);
    });
  }
});
