import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page
} from '@playwright/test';
import { ready } from '../../scripts/measure.js';

/** What went wrong on a page while a test drove it. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  /** Content-Security-Policy violations the page reported (directive, what, where). */
  cspViolations: string[];
}

/** The name of the binding through which pages report CSP violations to the test. */
const CSP_BINDING = '__reportCspViolation';

/**
 * Every test gets a page that records console errors, failed requests, any request that leaves
 * the page's origin and any Content-Security-Policy violation; the fixture fails the test on
 * any of them after it has run. A test that provokes one on purpose asserts it and removes it.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const problems: PageProblems = {
        consoleErrors: [],
        failedRequests: [],
        foreignRequests: [],
        cspViolations: []
      };
      // Violations are reported as they happen, through a binding that survives navigations,
      // from a listener installed before any of the page's own scripts run.
      await page.exposeBinding(CSP_BINDING, (_source, violation: string) => {
        problems.cspViolations.push(violation);
      });
      await page.addInitScript((binding) => {
        const report = (window as unknown as Record<string, (v: string) => void>)[binding];
        document.addEventListener(
          'securitypolicyviolation',
          (e) => {
            const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
            const sample = e.sample ? ` (${e.sample})` : '';
            void report?.(`${e.effectiveDirective} blocked ${e.blockedURI}${where}${sample}`);
          },
          true
        );
      }, CSP_BINDING);
      page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
      page.on('requestfailed', (request) => {
        // A navigation that replaces the page aborts its pending prefetches: not a fault.
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
        problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400)
          problems.failedRequests.push(`${response.url()} ${response.status()}`);
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.origin !== origin) problems.foreignRequests.push(request.url());
      });
      await use(problems);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      expect(problems.foreignRequests, 'requests outside the origin').toEqual([]);
      expect(problems.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true }
  ]
});

export { expect };

/** The `lang` and `dir` attributes of the page's <html> element. */
export async function htmlLangDir(
  page: Page
): Promise<{ lang: string | null; dir: string | null }> {
  return page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir')
  }));
}

/**
 * Waits until SvelteKit has hydrated the page, so clicks go through the client router, and the
 * page has finished its start-up work (`ready` in scripts/measure.js, shared with the bench).
 */
export async function hydrated(page: Page): Promise<void> {
  await ready(page);
}

/**
 * Opens an address that must answer 404 in a context of its own (the shared fixture would
 * count the document's expected 404 as a failure) and records what else fails on that page:
 * subresources answering 400 or more, failed requests and console errors other than the 404.
 */
export async function openNotFound(
  browser: Browser,
  path: string,
  baseURL?: string
): Promise<{ page: Page; context: BrowserContext; failures: string[]; status?: number }> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') {
      failures.push(`${r.url()} ${r.status()}`);
    }
  });
  page.on('requestfailed', (r) => failures.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('404 (Not Found)')) failures.push(m.text());
  });
  const status = (await page.goto(path))?.status();
  return { page, context, failures, status };
}
