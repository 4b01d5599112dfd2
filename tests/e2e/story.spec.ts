import { readFileSync } from 'node:fs';
import { expect, hydrated, test } from './fixtures';

type Block = { id: string; type: string; text?: string; items?: string[]; label?: string };
const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const story = (lang: string) =>
  read<{ title: string; blocks: Block[] }>(`content/${lang}/story.json`);
const allowLatin = read<string[]>('content/allow-latin.json');

/** The longest run of plain words in a text field: present verbatim in the rendered page. */
function longestPlainRun(text: string): string {
  const runs = text
    .replace(/\[([^\]]+)\]\(term:[a-z0-9-]+\)/g, '{term}')
    .split(/\{(?:fact|cite|live|state):[^}]+\}|\{term\}/)
    .map((s) => s.replace(/\s+/g, ' ').trim());
  return runs.sort((a, b) => b.length - a.length)[0] ?? '';
}

for (const lang of ['en', 'ar'] as const) {
  test(`/${lang}/ carries the whole story without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${lang}/`);
    const text = (await page.locator('main').textContent())?.replace(/\s+/g, ' ') ?? '';
    const { title, blocks } = story(lang);
    expect(text).toContain(title);
    let checked = 0;
    for (const block of blocks) {
      for (const field of [block.text, block.label, ...(block.items ?? [])]) {
        if (!field) continue;
        const run = longestPlainRun(field);
        if (run.length < 12) continue;
        expect(text, `${block.id}`).toContain(run);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
    // Every heading is a real anchor the table of contents links to.
    for (const block of blocks.filter((b) => b.type === 'heading')) {
      await expect(page.locator(`#${block.id}`)).toHaveCount(1);
    }
    await context.close();
  });
}

test('the Arabic page has no English outside proper names and cited titles', async ({
  browser
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ar/');
  // Source titles and notes are cited as published and marked lang="en".
  const text = await page.locator('main').evaluate((main) => {
    const clone = main.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[lang="en"]').forEach((el) => el.remove());
    return clone.textContent ?? '';
  });
  let rest = text;
  for (const name of [...allowLatin].sort((a, b) => b.length - a.length))
    rest = rest.split(name).join(' ');
  expect(rest.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
  await context.close();
});

test('glossary terms open in place with the keyboard and close with Escape', async ({ page }) => {
  await page.goto('/ar/');
  await hydrated(page);
  const term = page.locator('button.term[data-term="market-value"]').first();
  const definition = page.locator(`#${await term.getAttribute('popovertarget')}`);
  await expect(definition).toBeHidden();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(definition).toBeVisible();
  await expect(definition).toContainText('القيمة السوقية');
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
});

test('glossary terms also work without JavaScript (native popover)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/');
  const term = page.locator('button.term[data-term="leverage"]').first();
  await term.click();
  await expect(page.locator(`#${await term.getAttribute('popovertarget')}`)).toBeVisible();
  await context.close();
});

test('the table of contents follows the reader and the address keeps the chapter', async ({
  page
}) => {
  await page.goto('/en/');
  await hydrated(page);
  // The contents list holds the level-2 headings.
  const chapters = story('en').blocks.filter(
    (b) => b.type === 'heading' && (b as { level?: number }).level === 2
  );
  const target = chapters.find((b) => b.id === 'business-model') ?? chapters[2];
  if (!target) throw new Error('the story has too few chapters for this test');
  await page.locator(`#${target.id}`).scrollIntoViewIfNeeded();
  await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), target.id);
  await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
  await expect(page.locator(`.toc a[href="#${target.id}"]`)).toHaveAttribute(
    'aria-current',
    'location'
  );
  // Switching language lands on the same chapter of the other page. The keyboard, not a
  // click: Playwright scrolls a clicked element into view, which would move the reader.
  await page.getByTestId('lang-switch').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/ar/#${target.id}$`));
  // The address changes as soon as the new page starts; the browser scrolls to the chapter
  // as the page arrives. Read where it is once the page has loaded and its script has run.
  await page.waitForLoadState('load');
  await hydrated(page);
  const top = await page.evaluate(
    (id) => document.getElementById(id)?.getBoundingClientRect().top,
    target.id
  );
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(400);
});

test('citation markers lead to a numbered source with a publisher and date', async ({ page }) => {
  await page.goto('/en/');
  const cite = page.locator('sup.cite a').first();
  const href = (await cite.getAttribute('href')) ?? '';
  expect(href).toMatch(/^#source-/);
  const item = page.locator(href);
  await expect(item).toHaveCount(1);
  await expect(item.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}/);
  // The marker's number is the item's position in the ordered list.
  const n = await cite.textContent();
  const position = await item.evaluate(
    (li) => [...(li.parentElement?.children ?? [])].indexOf(li) + 1
  );
  expect(Number(n)).toBe(position);
});
