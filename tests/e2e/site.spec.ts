import { expect, htmlLangDir, hydrated, test } from './fixtures';

const PAGES = [
  { lang: 'en', dir: 'ltr', path: '/en/' },
  { lang: 'ar', dir: 'rtl', path: '/ar/' }
] as const;

for (const { lang, dir, path } of PAGES) {
  test(`${path} is prerendered with lang="${lang}" dir="${dir}"`, async ({ page, request }) => {
    // The file as served, before any script runs: no flash of the wrong direction.
    const html = await (await request.get(path)).text();
    expect(html).toMatch(new RegExp(`<html lang="${lang}" dir="${dir}">`));

    await page.goto(path);
    await hydrated(page);
    expect(await htmlLangDir(page)).toEqual({ lang, dir });
    await expect(page.locator('h1')).toBeVisible();
  });
}

test('the language switch goes both ways and keeps the query string and section', async ({
  page
}) => {
  await page.goto('/en/?util=70&rate=3#main');
  await hydrated(page);
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/ar\/\?util=70&rate=3#main$/);
  expect(await htmlLangDir(page)).toEqual({ lang: 'ar', dir: 'rtl' });

  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/en\/\?util=70&rate=3#main$/);
  expect(await htmlLangDir(page)).toEqual({ lang: 'en', dir: 'ltr' });
});

test('the language switch works without JavaScript, as a plain link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ar/');
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/en\/$/);
  expect(await htmlLangDir(page)).toEqual({ lang: 'en', dir: 'ltr' });
  await context.close();
});

test('the root page offers both languages without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('a[hreflang="en"]')).toHaveAttribute('href', './en/');
  await expect(page.locator('a[hreflang="ar"]')).toHaveAttribute('href', './ar/');
  await page.locator('a[hreflang="ar"]').click();
  await expect(page).toHaveURL(/\/ar\/$/);
  await context.close();
});

for (const [locale, expected] of [
  ['ar-EG', '/ar/'],
  ['en-GB', '/en/'],
  ['fr-FR', '/en/']
] as const) {
  test(`the root page sends a ${locale} browser to ${expected}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale, baseURL });
    const page = await context.newPage();
    await page.goto('/?util=55');
    await expect(page).toHaveURL(new RegExp(`${expected.replace(/\//g, '\\/')}\\?util=55$`));
    await context.close();
  });
}
