/**
 * Charts that hold still: every chart's axes and colour scale are the same whatever the sliders
 * say, nothing leaves its plot unless it is cut there on purpose with an arrowhead, and "You"
 * stays inside the plot. The sweeps here are where the fixed scales' bounds come from: each
 * spec's comment states what its scale holds, and these tests hold it to that.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leveredCorners, X_DOMAIN as AMP_X, Y_DOMAIN as AMP_Y } from '$lib/charts/amplifier/spec';
import { amplifierChart } from '$lib/charts/amplifier/spec';
import { breakevenChart, COLOUR_BOUND } from '$lib/charts/breakeven/spec';
import { cashChart, CUM_DOMAIN, DSCR_DOMAIN, FLOW_DOMAIN } from '$lib/charts/cash/spec';
import { labelExtent } from '$lib/charts/frame/layout';
import type { ChartName } from '$lib/charts/names';
import { INTEREST_DOMAIN, ratesChart, VALUE_DOMAIN } from '$lib/charts/rates/spec';
import {
  waterfallChart,
  waterfallDomain,
  waterfallSteps,
  X_DOMAIN as WATERFALL_X
} from '$lib/charts/waterfall/spec';
import { Explorer } from '$lib/explorer/explorer.svelte';
import { ChartViews } from '$lib/explorer/views.svelte';
import type { Lang } from '$lib/i18n/languages';
import { clampInputs, DEFAULT_INPUTS, SLIDERS, type Inputs } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import presets from '$content/model/presets.json' with { type: 'json' };
import { i18nFor } from '../helpers';

const CHARTS = {
  waterfall: waterfallChart,
  breakeven: breakevenChart,
  cash: cashChart,
  amplifier: amplifierChart,
  rates: ratesChart
} as const;

/** Every slider at one end of its range: the corners of the slider space. */
function corners(): Partial<Inputs>[] {
  let out: Partial<Inputs>[] = [{}];
  for (const s of SLIDERS)
    out = out.flatMap((c) => [s.min, s.max].map((v) => ({ ...c, [s.id]: v })));
  return out;
}

/** The presets' slider values (content/model/presets.json). */
const PRESETS: Partial<Inputs>[] = Object.values(presets).map(
  (p) =>
    Object.fromEntries(
      Object.entries(p.changes).map(([id, change]) => [id, change.value])
    ) as Partial<Inputs>
);

/** Two extreme states: everything that makes the fleet lose, and everything that makes it earn. */
const CRASH: Partial<Inputs> = {
  utilisation: 20,
  price: 1,
  baseRate: 6,
  spread: 13,
  debtShare: 95,
  priceDecline: 40,
  life: 2,
  delay: 12
};
const BOOM: Partial<Inputs> = {
  utilisation: 100,
  price: 8,
  baseRate: 0,
  spread: 2,
  debtShare: 0,
  priceDecline: 0,
  life: 7,
  delay: 0
};

/** One chart's view at `inputs`, as the page builds it. */
function viewAt<K extends ChartName>(name: K, inputs: Partial<Inputs>): ChartViews[K] {
  return new ChartViews(new Explorer(inputs))[name];
}

/** A chart's marks at `inputs`, in `lang`, `width` px wide. */
function marksAt(name: ChartName, inputs: Partial<Inputs>, lang: Lang = 'en', width = 360) {
  const chart = CHARTS[name] as (typeof CHARTS)['waterfall'];
  return chart.marks(i18nFor(lang), viewAt(name, inputs) as never, width) as unknown as Record<
    string,
    unknown
  >;
}

interface ScaleLike {
  domain: readonly number[];
  range: readonly number[];
}

function isScale(v: unknown): v is ScaleLike {
  return typeof v === 'function' && 'domain' in v && 'range' in v;
}

/**
 * Every scale a chart's marks hold (one level down too, as the cash chart's coverage panel),
 * and every tick list: what must not move with the sliders.
 */
function fixedParts(marks: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const visit = (obj: Record<string, unknown>, prefix: string, depth: number) => {
    for (const [key, v] of Object.entries(obj)) {
      if (isScale(v)) out[prefix + key] = { domain: [...v.domain], range: [...v.range] };
      else if (/ticks$/i.test(key) && Array.isArray(v)) out[prefix + key] = v;
      else if (depth > 0 && v && typeof v === 'object' && !Array.isArray(v))
        visit(v as Record<string, unknown>, `${prefix}${key}.`, depth - 1);
    }
  };
  visit(marks, '', 1);
  return out;
}

describe.each(Object.keys(CHARTS) as ChartName[])('%s', (name) => {
  it.each(['en', 'ar'] as const)(
    'has the same axes at the starting values, in a crash and in a boom (%s)',
    (lang) => {
      for (const width of [360, 640]) {
        const at = fixedParts(marksAt(name, {}, lang, width));
        // A chart with no scale would pass trivially.
        expect(Object.keys(at).length).toBeGreaterThanOrEqual(2);
        expect(fixedParts(marksAt(name, CRASH, lang, width))).toEqual(at);
        expect(fixedParts(marksAt(name, BOOM, lang, width))).toEqual(at);
      }
    }
  );
});

describe('the break-even map’s colour scale', () => {
  it('paints the same net income the same colour in every state', () => {
    // Probes every $25M from −$300M to +$300M: inside each step and past the open ones.
    const probes = Array.from({ length: 25 }, (_, k) => -300e6 + 25e6 * k);
    const levels = (inputs: Partial<Inputs>) => {
      const m = marksAt('breakeven', inputs) as { levelOf: (v: number) => number };
      return probes.map(m.levelOf);
    };
    const at = levels({});
    expect(levels(CRASH)).toEqual(at);
    expect(levels(BOOM)).toEqual(at);
    // A loss and a profit of the same size sit the same number of steps from zero.
    for (let k = 0; k < probes.length; k++)
      expect((at[k] ?? NaN) + (at[probes.length - 1 - k] ?? NaN)).toBe(0);
  });

  it('needs its open ends: the sliders reach first-year results past both', () => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const inputs of corners()) {
      const net = runModel(clampInputs(inputs)).firstYear.netIncome;
      lo = Math.min(lo, net);
      hi = Math.max(hi, net);
    }
    expect(lo).toBeLessThan(-COLOUR_BOUND);
    expect(hi).toBeGreaterThan(COLOUR_BOUND);
  });
});

describe('the waterfall', () => {
  it('holds every preset and, at the starting values, every utilisation and price up to $4.55', () => {
    const states: Partial<Inputs>[] = [...PRESETS];
    for (let u = 20; u <= 100; u += 5)
      for (const price of [1, 2, 3, 4, 4.55]) states.push({ utilisation: u, price });
    for (const inputs of states) {
      const [lo, hi] = waterfallDomain(waterfallSteps(runModel(clampInputs(inputs)).firstYear));
      expect(lo).toBeGreaterThanOrEqual(WATERFALL_X[0]);
      expect(hi).toBeLessThanOrEqual(WATERFALL_X[1]);
    }
    // Revenue at full use is the price × 730 h × 12 × 10,000 GPUs = $87.6M per dollar an hour,
    // so $4.60 passes $400M: the bound is the price the comment names.
    const [, hi] = waterfallDomain(
      waterfallSteps(runModel(clampInputs({ utilisation: 100, price: 4.6 })).firstYear)
    );
    expect(hi).toBeGreaterThan(WATERFALL_X[1]);
  });

  it('cuts a bar past the axis on purpose, with an arrowhead, and keeps the rest inside', () => {
    for (const inputs of [...corners(), ...PRESETS, {}]) {
      const m = marksAt('waterfall', inputs) as unknown as {
        frame: { left: number; plotWidth: number };
        rows: { bar: { x: number; width: number }; cut: string }[];
      };
      const steps = waterfallSteps(runModel(clampInputs(inputs)).firstYear);
      steps.forEach((step, i) => {
        const row = m.rows[i];
        const beyond =
          Math.min(step.from, step.to) < WATERFALL_X[0] ||
          Math.max(step.from, step.to) > WATERFALL_X[1];
        expect(row?.cut !== '', `${step.key} at ${JSON.stringify(inputs)}`).toBe(beyond);
        expect(row?.bar.x).toBeGreaterThanOrEqual(m.frame.left - 0.5);
        expect((row?.bar.x ?? 0) + (row?.bar.width ?? 0)).toBeLessThanOrEqual(
          m.frame.left + m.frame.plotWidth + 0.5
        );
      });
    }
  });
});

describe('the amplifier', () => {
  it('draws every debt share at the starting values inside the plot', () => {
    for (let debt = 0; debt <= 95; debt++) {
      const amp = runModel(clampInputs({ debtShare: debt })).leverageAmplifier;
      for (const [x, y] of leveredCorners(amp)) {
        expect(x).toBeGreaterThanOrEqual(AMP_X[0]);
        expect(y).toBeGreaterThanOrEqual(AMP_Y[0]);
        expect(y).toBeLessThanOrEqual(AMP_Y[1]);
      }
    }
  });

  it('marks the line where it leaves the top, and only there', () => {
    for (const inputs of [...corners(), ...PRESETS, { life: 3 }]) {
      const amp = runModel(clampInputs(inputs)).leverageAmplifier;
      const m = marksAt('amplifier', inputs) as { cut: unknown; levered: boolean };
      const steep = Number.isFinite(amp) && amp > 0 && amp * AMP_X[1] > AMP_Y[1];
      expect(m.cut !== null, JSON.stringify(inputs)).toBe(steep && m.levered);
    }
  });
});

describe('the rates chart', () => {
  it('holds every interest bill the sliders can reach', () => {
    // The first-year interest grows with the base rate, the spread, the debt share and the
    // delay, so its largest value is at a corner of the slider space.
    let most = 0;
    for (const inputs of corners())
      most = Math.max(most, runModel(clampInputs(inputs)).firstYear.interest);
    expect(most).toBeGreaterThan(INTEREST_DOMAIN[1] * 0.75);
    expect(most).toBeLessThanOrEqual(INTEREST_DOMAIN[1]);
  });

  it('holds every base rate’s value at the starting values and in every preset but the 2023 boom', () => {
    Object.keys(presets).forEach((id, i) => {
      const view = viewAt('rates', PRESETS[i] ?? {});
      const inside = [...view.value].every((v) => v >= VALUE_DOMAIN[0] && v <= VALUE_DOMAIN[1]);
      expect(inside, id).toBe(id !== 'boom2023');
    });
    const view = viewAt('rates', {});
    expect([...view.value].every((v) => v >= VALUE_DOMAIN[0] && v <= VALUE_DOMAIN[1])).toBe(true);
  });

  it('marks every stretch of a curve off its scale with an arrowhead', () => {
    for (const inputs of [...corners().slice(0, 64), ...PRESETS]) {
      const view = viewAt('rates', inputs);
      const m = marksAt('rates', inputs) as { edges: string };
      const off = [...view.value, ...view.interest].some((v, i) =>
        i < view.value.length
          ? v < VALUE_DOMAIN[0] || v > VALUE_DOMAIN[1]
          : v < INTEREST_DOMAIN[0] || v > INTEREST_DOMAIN[1]
      );
      expect(m.edges !== '', JSON.stringify(inputs)).toBe(off);
    }
  });
});

describe('the cash chart', () => {
  it('holds the starting values with any one of delay, price decline or debt share moved', () => {
    const states: Partial<Inputs>[] = [{}];
    for (let delay = 0; delay <= 12; delay++) states.push({ delay });
    for (let decline = 0; decline <= 40; decline++) states.push({ priceDecline: decline });
    for (let debt = 0; debt <= 95; debt += 5) states.push({ debtShare: debt });
    for (const inputs of states) {
      const r = runModel(clampInputs(inputs));
      const values = [
        r.equity0 === 0 ? 0 : -r.equity0,
        ...r.months.map((m) => m.cumulativeEquityCash)
      ];
      expect(Math.min(...values), JSON.stringify(inputs)).toBeGreaterThanOrEqual(CUM_DOMAIN[0]);
      expect(Math.max(...values), JSON.stringify(inputs)).toBeLessThanOrEqual(CUM_DOMAIN[1]);
    }
  });

  it('holds every month of the starting values but the last (the sale) in the flow panel', () => {
    const months = runModel({ ...DEFAULT_INPUTS }).months;
    for (const m of months.slice(0, -1)) {
      expect(m.fcfe).toBeGreaterThanOrEqual(FLOW_DOMAIN[0]);
      expect(m.fcfe).toBeLessThanOrEqual(FLOW_DOMAIN[1]);
    }
    expect(months.at(-1)?.fcfe).toBeGreaterThan(FLOW_DOMAIN[1]);
  });

  it('cuts what runs off a panel on purpose, with an arrowhead', () => {
    for (const inputs of [...corners(), ...PRESETS, {}]) {
      const r = runModel(clampInputs(inputs));
      const m = marksAt('cash', inputs) as unknown as {
        exits: { d: string }[];
        bars: { cuts: string };
        coverage: { cuts: string; bars: unknown[] };
      };
      const cum = r.months.map((x) => x.cumulativeEquityCash);
      const exits =
        (Math.min(...cum) < CUM_DOMAIN[0] ? 1 : 0) + (Math.max(...cum) > CUM_DOMAIN[1] ? 1 : 0);
      expect(m.exits.length, JSON.stringify(inputs)).toBe(exits);
      // One arrowhead per month past the flow scale, one per year past the coverage scale.
      const flowOff = r.months.filter(
        (x) => x.fcfe < FLOW_DOMAIN[0] || x.fcfe > FLOW_DOMAIN[1]
      ).length;
      expect(m.bars.cuts.split('M').length - 1).toBe(flowOff);
      const dscrOff = r.dscrByYear.filter((d) => Number.isFinite(d) && d > DSCR_DOMAIN[1]).length;
      expect(m.coverage.cuts.split('M').length - 1).toBe(dscrOff);
    }
  });
});

/** A box, px: left, right, top, bottom. */
type Box = [number, number, number, number];

function inside(inner: Box, outer: Box): boolean {
  const e = 1e-6;
  return (
    inner[0] >= outer[0] - e &&
    inner[1] <= outer[1] + e &&
    inner[2] >= outer[2] - e &&
    inner[3] <= outer[3] + e
  );
}

describe('"You"', () => {
  const slider = (id: keyof Inputs) => {
    const s = SLIDERS.find((x) => x.id === id);
    return fc
      .integer({ min: 0, max: 100 })
      .map((k) => (s ? s.min + ((s.max - s.min) * k) / 100 : 0));
  };
  const anyInputs = fc.record(
    Object.fromEntries(SLIDERS.map((s) => [s.id, slider(s.id)])) as Record<
      keyof Inputs,
      fc.Arbitrary<number>
    >
  );
  // The reader's ends of the map and of the rate axis, and random states besides.
  const ends: Partial<Inputs>[] = [];
  for (const utilisation of [20, 100])
    for (const baseRate of [0, 6]) ends.push({ utilisation, baseRate });

  it.each(['en', 'ar'] as const)('sits inside the break-even map with its label (%s)', (lang) => {
    const check = (inputs: Partial<Inputs>, width: number) => {
      const m = marksAt('breakeven', inputs, lang, width) as unknown as {
        frame: { left: number; plotWidth: number; top: number; bottom: number; dir: 'ltr' | 'rtl' };
        you: {
          x: number;
          y: number;
          text: string;
          labelY: number;
          label: { x: number; anchor: 'start' | 'end' };
        };
      };
      const f = m.frame;
      const plot: Box = [f.left, f.left + f.plotWidth, f.top, f.bottom];
      // The ring: radius 6 and half its 3 px stroke.
      const r = 7.5;
      expect(
        inside([m.you.x - r, m.you.x + r, m.you.y - r, m.you.y + r], plot),
        JSON.stringify(inputs)
      ).toBe(true);
      const size = lang === 'ar' ? 14 : 12;
      const [a, b] = labelExtent(f.dir, m.you.label.x, m.you.label.anchor, m.you.text, size);
      expect(inside([a, b, m.you.labelY - size, m.you.labelY], plot), JSON.stringify(inputs)).toBe(
        true
      );
    };
    for (const inputs of ends) for (const width of [300, 640]) check(inputs, width);
    fc.assert(
      fc.property(anyInputs, (inputs) => check(clampInputs(inputs), 360)),
      { numRuns: 20 }
    );
  });

  it.each(['en', 'ar'] as const)('sits inside both panels of the rates chart (%s)', (lang) => {
    const check = (inputs: Partial<Inputs>, width: number) => {
      const m = marksAt('rates', inputs, lang, width) as unknown as {
        frame: { left: number; plotWidth: number };
        top: { from: number; to: number };
        bottom: { from: number; to: number };
        you: { x: number; interestY: number; valueY: number };
      };
      const r = 6;
      const [lo, hi] = [m.frame.left, m.frame.left + m.frame.plotWidth];
      const box = (y: number): Box => [m.you.x - r, m.you.x + r, y - r, y + r];
      expect(inside(box(m.you.interestY), [lo, hi, m.top.from, m.top.to])).toBe(true);
      expect(inside(box(m.you.valueY), [lo, hi, m.bottom.from, m.bottom.to])).toBe(true);
    };
    for (const inputs of [...ends, BOOM, CRASH])
      for (const width of [300, 640]) check(inputs, width);
  });
});
