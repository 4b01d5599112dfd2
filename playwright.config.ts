import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './scripts/browser.js';

const executablePath = systemChromium();
// Its own port, so a preview the developer left running is never mistaken for this build.
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The story page is long; on a busy two-core machine a page load with hydration can take
  // several seconds, so each test gets 60 s (tests that run axe or many pages set more).
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${port}`,
    // Off: a trace snapshots this long page at every step, which slowed the suite by minutes.
    // Turn it on for a failing test with --trace on.
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      // Root in a container needs --no-sandbox; the rest keeps Chromium from calling home,
      // which this machine's closed network refuses noisily.
      args: executablePath
        ? [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync'
          ]
        : []
    }
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The tests run against the built, prerendered site, as readers get it.
    command: `npm run build && node scripts/serve.js --port ${port}`,
    url: `http://localhost:${port}/en/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe'
  }
});
