import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';

// Reading on a phone (390 × 844): the story, not its appendix, sets the page's length; the
// picture comes first and something to touch soon after; the reference chapters are closed
// disclosures that open by link and for print and are whole without JavaScript. Pictures of the
// first three screens go to tests/e2e/screenshots/reading-<lang>-<n>.png.

const PHONE = { width: 390, height: 844 };
/** Page height budgets in screens, every disclosure closed (the reading-ux issue). */
const BUDGET = { en: 26, ar: 29 } as const;
const LANGS = ['en', 'ar'] as const;

async function open(page: Page, lang: string, hash = ''): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.goto(`/${lang}/${hash}`);
  await hydrated(page);
  await page.evaluate(() => document.fonts.ready);
}

/** Top of the first match in page coordinates, px. */
async function pageTop(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + scrollY);
}

for (const lang of LANGS) {
  test.describe(`reading /${lang}/ on a phone`, () => {
    test('the page stays within its height budget with every disclosure closed', async ({
      page
    }) => {
      await open(page, lang);
      const screens = await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = false;
        return document.documentElement.scrollHeight / innerHeight;
      });
      expect(screens).toBeLessThanOrEqual(BUDGET[lang]);
    });

    test('blocks out of sight hold their own height: the page does not grow or shrink as it is read', async ({
      page
    }) => {
      await open(page, lang);
      // Off-screen blocks are not laid out (page/sizes.ts): each stands in at its measured
      // height, so bringing each into sight, top to bottom, leaves the page as tall as it was.
      const heights = await page.evaluate(async () => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const tall = () => document.querySelector('article')?.getBoundingClientRect().height ?? 0;
        const before = tall();
        const seen: number[] = [];
        for (const block of document.querySelectorAll('article > .flow > *, article > .lab > *')) {
          block.scrollIntoView({ block: 'start', behavior: 'instant' });
          await frame();
          seen.push(tall());
        }
        return { before, seen };
      });
      for (const h of heights.seen) expect(Math.abs(h - heights.before)).toBeLessThanOrEqual(2);
    });

    test('the first chart starts within two screens, something to touch within three', async ({
      page
    }) => {
      await open(page, lang);
      expect(await pageTop(page, '[data-chart-host] svg')).toBeLessThan(2 * PHONE.height);
      // The chart's own numbered marks lead to what happened that day.
      const mark = page.locator('[data-chart-host="selloff"] a[href^="#mark-"]').first();
      const markTop = await mark.evaluate((el) => el.getBoundingClientRect().top + scrollY);
      expect(markTop).toBeLessThan(3 * PHONE.height);
      const target = (await mark.getAttribute('href')) ?? '';
      await mark.click();
      await expect(page.locator(target)).toBeInViewport();
    });

    test('the reference chapters are closed, and a link into one opens it', async ({ page }) => {
      await open(page, lang);
      const folds = page.locator('details.fold');
      await expect(folds).toHaveCount(3);
      for (const fold of await folds.all()) await expect(fold).not.toHaveAttribute('open');
      // A glossary link from a term's popover: the glossary opens at the entry.
      const term = page.locator('.term button, button.term').first();
      await term.scrollIntoViewIfNeeded();
      await term.click();
      const link = page.locator('a[href^="#glossary-"]:visible').first();
      const href = (await link.getAttribute('href')) ?? '';
      await link.click();
      await expect(page.locator('details.fold:has(#glossary)')).toHaveAttribute('open', '');
      await expect(page.locator(href)).toBeInViewport();
    });

    test('an address that names a place inside a closed chapter opens it there', async ({
      page
    }) => {
      await open(page, lang, '#sources');
      await expect(page.locator('details.fold:has(#sources)')).toHaveAttribute('open', '');
      await expect(page.locator('#sources')).toBeInViewport();
    });

    test('print opens every chapter, and the reader’s choice comes back after', async ({
      page
    }) => {
      await open(page, lang);
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      await expect(page.locator('details.fold[open]')).toHaveCount(3);
      await page.evaluate(() => dispatchEvent(new Event('afterprint')));
      await expect(page.locator('details.fold[open]')).toHaveCount(0);
    });

    test('first three screens, pictured', async ({ page }) => {
      await open(page, lang);
      for (let i = 0; i < 3; i++) {
        await page.evaluate((y) => scrollTo(0, y), i * PHONE.height);
        await page.waitForTimeout(300);
        await page.screenshot({ path: `tests/e2e/screenshots/reading-${lang}-${i}.png` });
      }
    });
  });
}

test('without JavaScript the reference chapters are all in the page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  for (const lang of LANGS) {
    await page.goto(`/${lang}/`);
    await expect(page.locator('details.fold')).toHaveCount(3);
    // Every glossary entry and every numbered source is in the markup, closed or not.
    expect(await page.locator('details.fold [id^="glossary-"]').count()).toBeGreaterThan(10);
    expect(await page.locator('details.fold ol.sources > li').count()).toBeGreaterThan(20);
  }
  await context.close();
});
