/** Timing helpers for the model benchmarks: repeated runs, median and 95th percentile. */

export interface Timing {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

/** Value at quantile q (0–1) of sorted `xs`, by linear interpolation between ranks. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? NaN;
  const b = sorted[hi] ?? NaN;
  return a + (b - a) * (pos - lo);
}

/** Times `fn` `runs` times after `warmup` untimed calls; milliseconds per call. */
export function time(name: string, fn: () => unknown, runs = 200, warmup = 30): Timing {
  let sink = 0;
  for (let k = 0; k < warmup; k++) sink += fn() === undefined ? 0 : 1;
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    sink += fn() === undefined ? 0 : 1;
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  // Keeps the calls from being optimised away.
  if (sink < 0) throw new Error('unreachable');
  return { name, runs, medianMs: quantile(samples, 0.5), p95Ms: quantile(samples, 0.95) };
}

/** A fixed-width table of timings. */
export function table(rows: readonly Timing[]): string {
  const head = ['case', 'runs', 'median ms', 'p95 ms'];
  const body = rows.map((r) => [r.name, String(r.runs), r.medianMs.toFixed(3), r.p95Ms.toFixed(3)]);
  const widths = head.map((h, c) =>
    Math.max(h.length, ...body.map((row) => (row[c] ?? '').length))
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
