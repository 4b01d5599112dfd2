/**
 * The byte budget, asserted: bytes do not depend on the machine, so they can fail a build.
 * Timings are printed by `npm run bench`, not asserted here.
 */
import { BUDGETS, firstLoad } from '../../scripts/measure.js';
import { expect, test } from './fixtures';

for (const lang of ['en', 'ar'] as const) {
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
}
