/**
 * The sell-off chart's data (content/market.json): every row and every marked event sourced
 * under the same rules as the story's facts, dates real and ascending within each series,
 * values positive, and an event label in both languages for each marked day.
 */
import { describe, expect, it } from 'vitest';
import marketAr from '$content/ar/market.json';
import marketEn from '$content/en/market.json';
import market from '$content/market.json';
import storySources from '$content/sources/story.json';
import { unsupportedClaims, type RuleSource } from './check';

const sources = storySources as Record<string, RuleSource>;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether an ISO day exists (Date rolls 2025-02-30 over into March). */
function realDay(iso: string): boolean {
  return DAY.test(iso) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
}

describe('content/market.json', () => {
  const rows = market.observations;

  it('cites sources that exist, and rests every row and event on a primary or press source or says why not', () => {
    const claims = [
      ...rows.map((r) => ({ ...r, id: `${r.series} ${r.date}` })),
      ...market.events.map((e) => ({ ...e, id: `event ${e.id}` }))
    ];
    for (const claim of claims)
      for (const id of claim.sources) expect(sources, `${claim.id} → ${id}`).toHaveProperty([id]);
    expect(unsupportedClaims(claims, sources)).toEqual([]);
  });

  it('has real days, ascending within each series, inside the chart’s span, and positive values', () => {
    expect(realDay(market.start) && realDay(market.end)).toBe(true);
    for (const series of ['price', 'cds']) {
      const days = rows.filter((r) => r.series === series).map((r) => r.date);
      for (const day of days) {
        expect(realDay(day), day).toBe(true);
        expect(day >= market.start && day <= market.end, day).toBe(true);
      }
      expect(days, series).toEqual([...days].sort());
      expect(new Set(days).size, `${series}: one value a day`).toBe(days.length);
    }
    for (const r of rows) expect(r.value, `${r.series} ${r.date}`).toBeGreaterThan(0);
    const events = market.events.map((e) => e.date);
    expect(events).toEqual([...events].sort());
  });

  it('holds at least 15 reported closes, a known series and kind on every row', () => {
    expect(
      rows.filter((r) => r.series === 'price' && r.kind === 'close').length
    ).toBeGreaterThanOrEqual(15);
    for (const r of rows) {
      expect(['price', 'cds']).toContain(r.series);
      expect(r.series === 'price' ? ['close', 'low'] : ['level']).toContain(r.kind);
    }
  });

  it('labels every marked day in both languages, and nothing else', () => {
    const ids = market.events.map((e) => e.id).sort();
    expect(Object.keys(marketEn.events).sort()).toEqual(ids);
    expect(Object.keys(marketAr.events).sort()).toEqual(ids);
    for (const label of [...Object.values(marketEn.events), ...Object.values(marketAr.events)])
      expect(label.trim().length).toBeGreaterThan(3);
  });
});
