import type { Locator, Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';
import market from '$content/market.json' with { type: 'json' };

// The five explorer charts on the story page, in both languages: structure, tables,
// reaction to the sliders, the page without JavaScript, and pictures for a person
// to look at (the direction of the axes is checked on the prerendered charts, in the unit tests) (tests/e2e/screenshots/charts-<name>-<lang>-<width>.png).

const CHARTS = ['waterfall', 'cash', 'breakeven', 'amplifier', 'rates'] as const;
const LANGS = ['en', 'ar'] as const;
type Lang = (typeof LANGS)[number];

/** A formatted amount of money: "$164.7M" in English, "164.7 مليون دولار" in Arabic. */
const MONEY: Record<Lang, RegExp> = {
  en: /-?\$\d[\d,.]*[KMBT]?/,
  ar: /\d[\d,.]*(?: \S+)? دولار/
};
const PERCENT = /\d[\d,.]*\u200e?%/;

async function open(page: Page, lang: Lang, query = ''): Promise<void> {
  await page.goto(`/${lang}/${query}`);
  await hydrated(page);
  await page.evaluate(() => document.fonts.ready);
}

function chart(page: Page, name: string): Locator {
  return page.locator(`figure[data-chart="${name}"]`);
}

/**
 * A chart brought into view and gone live: until then it is its prerendered markup, which
 * does not follow the sliders (see page/ChartSlot.svelte).
 */
async function liveChart(page: Page, name: string): Promise<Locator> {
  const host = page.locator(`[data-chart-host="${name}"]`);
  await host.scrollIntoViewIfNeeded();
  await expect(host, name).toHaveAttribute('data-chart-live', 'true');
  return host.locator('figure');
}

async function summaryOf(figure: Locator): Promise<string> {
  const id = (await figure.locator('svg[role="img"]').getAttribute('aria-labelledby'))?.split(
    ' '
  )[1];
  return (await figure.locator(`[id="${id}"]`).textContent()) ?? '';
}

for (const lang of LANGS) {
  test(`/${lang}/ renders the five charts, named for screen readers`, async ({ page }) => {
    await open(page, lang);
    for (const name of CHARTS) {
      const figure = chart(page, name);
      await expect(figure, name).toHaveCount(1);
      await expect(figure.locator('figcaption')).not.toBeEmpty();
      const svg = figure.locator('svg[role="img"]');
      const ids = ((await svg.getAttribute('aria-labelledby')) ?? '').split(' ');
      expect(ids, name).toHaveLength(2);
      for (const id of ids) await expect(page.locator(`[id="${id}"]`)).not.toBeEmpty();
      const summary = await summaryOf(figure);
      // Every summary states figures, formatted for the page's language.
      expect(summary, name).toMatch(name === 'amplifier' ? PERCENT : MONEY[lang]);
      expect(summary, name).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  test(`/${lang}/ chart tables open and hold the figures`, async ({ page }) => {
    test.setTimeout(90_000);
    await open(page, lang);
    for (const name of CHARTS) {
      const figure = await liveChart(page, name);
      const table = figure.locator('details table');
      await expect(table).toBeHidden();
      await figure.locator('details > summary').click();
      await expect(table, name).toBeVisible();
      await expect(table.locator('caption')).not.toBeEmpty();
      const rows = table.locator('tbody tr');
      expect(await rows.count(), name).toBeGreaterThan(1);
      await expect(rows.first().locator('th[scope="row"]')).toHaveCount(1);
      expect(await table.locator('thead th[scope="col"]').count(), name).toBeGreaterThanOrEqual(2);
      const text = (await table.locator('tbody').textContent()) ?? '';
      expect(text, name).toMatch(name === 'amplifier' ? PERCENT : MONEY[lang]);
    }
  });

  test(`/${lang}/ charts follow the sliders`, async ({ page }) => {
    await open(page, lang);
    const waterfall = await liveChart(page, 'waterfall');
    const before = await summaryOf(waterfall);
    const marker = (await liveChart(page, 'breakeven')).locator('circle.you');
    const cxBefore = Number(await marker.getAttribute('cx'));

    await page.locator('input[data-input="utilisation"]').first().fill('50');
    // A chart out of view keeps its last drawing and catches up when it comes back into view.
    await waterfall.scrollIntoViewIfNeeded();
    await expect.poll(() => summaryOf(waterfall)).not.toBe(before);
    await marker.scrollIntoViewIfNeeded();
    await expect.poll(async () => Number(await marker.getAttribute('cx'))).not.toBe(cxBefore);
    const cxAfter = Number(await marker.getAttribute('cx'));
    // Less utilisation moves the reader's point towards the inline start.
    if (lang === 'ar') expect(cxAfter).toBeGreaterThan(cxBefore);
    else expect(cxAfter).toBeLessThan(cxBefore);

    await page.locator('input[data-input="delay"]').first().fill('6');
    await expect((await liveChart(page, 'cash')).locator('svg')).toContainText(
      lang === 'ar' ? 'البناء: 6 أشهر' : 'Construction: 6 months'
    );
  });

  for (const width of [390, 1280]) {
    test(`/${lang}/ charts fit ${width}px; screenshots`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 900 });
      await open(page, lang);
      for (const name of CHARTS) {
        const figure = await liveChart(page, name);
        const svgBox = await figure.locator('svg[role="img"]').boundingBox();
        expect(svgBox, name).not.toBeNull();
        expect(
          (svgBox?.x ?? -1) >= 0 && (svgBox?.x ?? 0) + (svgBox?.width ?? 0) <= width,
          name
        ).toBe(true);
        // Tick labels stay readable on a phone.
        const sizes = await figure
          .locator('[data-axis] text')
          .evaluateAll((texts) => texts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
        expect(Math.min(...sizes), name).toBeGreaterThanOrEqual(11);
        await figure.screenshot({
          path: `tests/e2e/screenshots/charts-${name}-${lang}-${width}.png`
        });
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(overflow, 'horizontal overflow in px').toBe(0);
    });
  }
}

// The main mark of each chart, by which a drawn chart differs from an empty frame.
const MARKS: Record<(typeof CHARTS)[number], string> = {
  waterfall: 'rect.bar',
  cash: 'path.cum',
  breakeven: 'path.loss[d], path.gain[d]',
  amplifier: 'path.levered',
  rates: 'path.interest'
};

for (const lang of LANGS) {
  test(`/${lang}/ shows every chart drawn at the defaults without JavaScript`, async ({
    browser
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${lang}/`);
    // No script measures the blocks: each is laid out from the start (static/noscript.css).
    expect(
      await page
        .locator('article .lab > *')
        .first()
        .evaluate((el) => getComputedStyle(el).contentVisibility)
    ).toBe('visible');
    for (const name of CHARTS) {
      const figure = chart(page, name);
      await expect(figure.locator('svg[role="img"]'), name).toBeVisible();
      await expect(figure.locator(MARKS[name]).first(), name).toBeVisible();
      expect(await summaryOf(figure), name).toMatch(name === 'amplifier' ? PERCENT : MONEY[lang]);
      // The table opens without script too: it sits in a native <details>.
      await figure.locator('details > summary').click();
      await expect(figure.locator('table'), name).toBeVisible();
    }
    // The sell-off chart is only ever prerendered: one drawing in sight with every reported
    // point, its numbered marks leading to their events, and its table.
    const selloff = page.locator('figure[data-chart="selloff"]');
    const drawing = selloff.locator('.at:visible');
    await expect(drawing.locator('svg[role="img"]')).toBeVisible();
    await expect(drawing.locator('circle.close')).toHaveCount(
      market.observations.filter((o) => o.kind === 'close').length
    );
    const marks = drawing.locator('a.event-mark');
    await expect(marks).toHaveCount(market.events.length);
    await marks.first().click();
    await expect(page.locator(`#mark-${market.events[0]?.id}`)).toBeInViewport();
    await selloff.locator('details > summary').click();
    await expect(selloff.locator('tbody tr')).toHaveCount(market.observations.length);
    await context.close();
  });
}
