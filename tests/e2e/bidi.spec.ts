import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';

// An isolate (<bdi>) that resolves left to right lays out everything inside it from left to
// right: an Arabic phrase inside one reads backwards ("مليون دولار -8.6" for "-8.6 مليون
// دولار"). On the Arabic page, a left-to-right isolate may hold Latin names, numbers and
// formulas, never Arabic letters. Directionality is read with :dir(), as the browser resolves
// it for dir="auto" and for a bdi without dir.

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Every <bdi> on the page that resolves left to right yet holds Arabic letters. */
async function ltrArabicIsolates(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const arabic = new RegExp(pattern);
    return [...document.querySelectorAll('bdi')]
      .filter((el) => el.matches(':dir(ltr)') && arabic.test(el.textContent ?? ''))
      .map((el) => {
        const where = el.closest('[id]')?.id ?? el.parentElement?.tagName ?? '';
        return `#${where}: ${el.outerHTML.slice(0, 160)}`;
      });
  }, ARABIC.source);
}

test('no isolate on /ar/ forces Arabic text left to right, before JavaScript', async ({
  browser
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ar/');
  // The check must see the isolates it is about: the page has hundreds of them.
  expect(await page.locator('bdi').count()).toBeGreaterThan(100);
  expect(await ltrArabicIsolates(page)).toEqual([]);
  await context.close();
});

test('no isolate on /ar/ forces Arabic text left to right, in every preset', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/ar/');
  await hydrated(page);
  expect(await ltrArabicIsolates(page), 'at load').toEqual([]);
  // Each preset rewrites the live figures and the slider values: check the text it leaves.
  const presets = page.locator('button[data-preset]');
  const count = await presets.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const preset = presets.nth(i);
    const id = await preset.getAttribute('data-preset');
    await preset.click();
    await expect(preset).toHaveAttribute('aria-pressed', 'true');
    expect(await ltrArabicIsolates(page), `preset ${id}`).toEqual([]);
  }
});
