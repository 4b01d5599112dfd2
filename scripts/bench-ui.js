// Measures what a reader feels while dragging a slider: the time from an input event to the
// next painted frame (everything recomputed and redrawn), and any layout shift meanwhile.
// Prints median and p95 per slider. Usage: npm run bench:ui (builds first).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { SLIDER_BENCH_STEPS, SYSTEM_CHROMIUM_PATHS, systemChromium } from './browser.js';

const PORT = 4390;
const executablePath = systemChromium();
if (!executablePath)
  console.log(`No system Chromium (${SYSTEM_CHROMIUM_PATHS.join(', ')}); using Playwright's.`);

const server = spawn('node', ['scripts/serve.js', '--port', String(PORT)], { stdio: 'pipe' });
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await chromium.launch({
  executablePath,
  args: executablePath ? ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] : []
});

/** Percentile of sorted numbers, nearest rank. */
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

try {
  for (const [lang, width] of [
    ['en', 1280],
    ['ar', 390]
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`http://localhost:${PORT}/${lang}/`);
    await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
    const rows = await page.evaluate(async (steps) => {
      let shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: false });
      const nextPaint = () =>
        new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const out = [];
      for (const input of document.querySelectorAll('input[type="range"][data-input]')) {
        input.scrollIntoView({ block: 'center' });
        await nextPaint();
        const min = Number(input.min);
        const max = Number(input.max);
        const times = [];
        const scripts = [];
        for (let i = 0; i <= steps; i++) {
          const t0 = performance.now();
          input.value = String(min + ((max - min) * (i % 2 ? i : steps - i)) / steps);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // Svelte applies the change in a microtask: this is the model plus the DOM updates.
          await Promise.resolve();
          scripts.push(performance.now() - t0);
          await nextPaint();
          times.push(performance.now() - t0);
        }
        out.push({ id: input.dataset.input, times, scripts });
      }
      await nextPaint();
      return { out, shift };
    }, SLIDER_BENCH_STEPS);
    console.log(`\n/${lang}/ at ${width}px: input event → next painted frame, ms`);
    console.log(
      'slider'.padEnd(14),
      ...['median', 'p95', 'max', 'script p50', 'script p95'].map((h) => h.padStart(11))
    );
    const all = [];
    const allScripts = [];
    const line = (id, times, scripts) => {
      const sorted = [...times].sort((a, b) => a - b);
      const s = [...scripts].sort((a, b) => a - b);
      console.log(
        id.padEnd(14),
        ...[
          percentile(sorted, 50),
          percentile(sorted, 95),
          sorted[sorted.length - 1],
          percentile(s, 50),
          percentile(s, 95)
        ].map((v) => v.toFixed(1).padStart(11))
      );
    };
    for (const { id, times, scripts } of rows.out) {
      all.push(...times);
      allScripts.push(...scripts);
      line(id, times, scripts);
    }
    line('all', all, allScripts);
    console.log(`layout shift while moving sliders: ${rows.shift.toFixed(4)}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
