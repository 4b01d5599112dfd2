import { expect, hydrated, test } from './fixtures';

// Full-page pictures of both languages at a phone and a desktop width, written on every run
// to tests/e2e/screenshots/ so a person can open them. The assertions guard what a picture
// would show: nothing wider than the viewport.
const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 }
] as const;

for (const lang of ['en', 'ar'] as const) {
  for (const { name, width, height } of WIDTHS) {
    test(`screenshot /${lang}/ at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/${lang}/`);
      await hydrated(page);
      await page.evaluate(() => document.fonts.ready);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(overflow, 'horizontal overflow in px').toBe(0);
      // The page lays out only the blocks near the screen; a picture of all of it needs all.
      await page.evaluate(() => {
        for (const block of document.querySelectorAll<HTMLElement>(
          'article > .flow > *, article > .lab > *'
        ))
          block.style.contentVisibility = 'visible';
      });
      await page.screenshot({ path: `tests/e2e/screenshots/${lang}-${name}.png`, fullPage: true });
    });
  }
}
