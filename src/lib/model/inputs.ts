/**
 * The model's inputs: their type, the late-2025 defaults, the slider table that the UI, the URL
 * parser and the tests all read, and a sanitiser that turns anything into valid inputs.
 *
 * Percent-like inputs are stored in percent (80 means 80 %), as sliders and URLs show them; the
 * model divides by 100 internally. Sources and reasoning for every default live in
 * content/model/defaults.json and content/sources/model.json.
 */

/** Inputs that readers move with a slider. */
export type InputId =
  | 'utilisation'
  | 'baseRate'
  | 'spread'
  | 'debtShare'
  | 'price'
  | 'priceDecline'
  | 'life'
  | 'resaleDecline'
  | 'delay';

/** Inputs held fixed on the page (presets and tests may still set them). */
export type FixedId =
  | 'fleet'
  | 'capexPerGpu'
  | 'loanTermYears'
  | 'riskPremium'
  | 'equityPremium'
  | 'powerKw'
  | 'pue'
  | 'electricityPerKwh'
  | 'leasePerKwMonth'
  | 'otherOpexPerGpuYear';

/** One GPU cloud fleet financed partly with debt. All money in US dollars. */
export interface Inputs {
  /** Share of hours that are billed, percent (20–100). */
  utilisation: number;
  /** Base rate (SOFR), percent per year (0–6). */
  baseRate: number;
  /** Credit spread over the base rate, percentage points (2–13). */
  spread: number;
  /** Share of capex financed with debt, percent (0–95). */
  debtShare: number;
  /**
   * Market rental price when the fleet is financed (month 1), USD per billed GPU-hour (1–8). The
   * price then follows the calendar (timeline.ts), whether or not the fleet is yet in service.
   */
  price: number;
  /**
   * Fall in the market rental price per year, percent per year (0–40), compounding smoothly
   * month by month from financing: a year later the price is (1 − decline) times what it was.
   */
  priceDecline: number;
  /**
   * Useful life, years (2–7): the straight-line depreciation period and the months of service;
   * at its end the fleet is sold for its resale value (see resaleDecline).
   */
  life: number;
  /** Construction delay between financing and first revenue, months (0–12). */
  delay: number;
  /** Number of GPUs in the fleet. Results scale linearly with it. */
  fleet: number;
  /** All-in capital cost per GPU (server share, network, installation; no building), USD. */
  capexPerGpu: number;
  /** Term over which the loan amortises as a monthly annuity from the first revenue, years. */
  loanTermYears: number;
  /**
   * Asset risk premium, percentage points: base rate + this premium is the yearly (compounded)
   * rate at which the fleet's unlevered cash flows are discounted to its enterprise value.
   */
  riskPremium: number;
  /**
   * Equity risk premium, percentage points: base rate + this premium is the yearly (compounded)
   * rate at which the shareholders' cash flows are discounted to the equity value.
   */
  equityPremium: number;
  /**
   * Fall in the resale value of a used fleet per year of age, percent per year (0–100),
   * compounding by month: after a years a fleet fetches capex × (1 − decline)^a.
   */
  resaleDecline: number;
  /** IT power drawn per GPU at full load (server share included), kW. */
  powerKw: number;
  /** Power usage effectiveness: facility power ÷ IT power, dimensionless (≥ 1). */
  pue: number;
  /** Price of electricity, USD per kWh. */
  electricityPerKwh: number;
  /** Colocation lease, USD per kW of IT capacity per month. */
  leasePerKwMonth: number;
  /** Staff, network transit, software and insurance, USD per GPU per year. */
  otherOpexPerGpuYear: number;
}

/** Unit in which a slider shows its value. */
export type SliderUnit =
  'percent' | 'points' | 'usdPerHour' | 'percentPerYear' | 'years' | 'months';

/** A labelled point on a slider's track, e.g. a rate reported in a filing. */
export interface SliderMark {
  /** Position on the track, in the slider's unit. */
  value: number;
  /** Id of the source in content/sources/model.json. */
  source: string;
  /** Key of the short label under `marks` in content/{en,ar}/model.json. */
  label: string;
}

/** Everything the UI, the URL parser and the sanitiser need to know about one slider. */
export interface SliderSpec {
  id: InputId;
  /** Short name used in URLs. */
  param: string;
  min: number;
  max: number;
  step: number;
  /** Decimals of the step (2 for 0.05): every display and address of the value uses them. */
  decimals: number;
  unit: SliderUnit;
  marks: SliderMark[];
}

/** Bounds for a fixed input: values outside are clamped; no step snapping. */
export interface FixedSpec {
  id: FixedId;
  min: number;
  max: number;
  /** True where only whole numbers make sense (the fleet counts GPUs). */
  integer?: boolean;
}

/** The slider table, in display order (decimals are filled in from the step below). */
const TABLE = [
  { id: 'utilisation', param: 'util', min: 20, max: 100, step: 1, unit: 'percent', marks: [] },
  {
    id: 'baseRate',
    param: 'rate',
    min: 0,
    max: 6,
    step: 0.05,
    unit: 'percent',
    marks: [
      { value: 0.1, source: 'm-politico-fed-2022-03', label: 'nearZero2021' },
      { value: 3.95, source: 'm-sofr-2025-11', label: 'sofrNov2025' },
      { value: 5.25, source: 'm-axios-fed-2023-07', label: 'fedPeak2023' }
    ]
  },
  {
    id: 'spread',
    param: 'spread',
    min: 2,
    max: 13,
    step: 0.25,
    unit: 'points',
    marks: [
      { value: 6, source: 'm-crwv-8k-2025-10', label: 'ddtlInvestmentGrade' },
      { value: 13, source: 'm-crwv-8k-2025-10', label: 'ddtlOther' }
    ]
  },
  {
    id: 'debtShare',
    param: 'debt',
    min: 0,
    max: 95,
    step: 1,
    unit: 'percent',
    marks: [{ value: 85, source: 'm-crwv-10q-2025-q2', label: 'coreweaveJune2025' }]
  },
  {
    id: 'price',
    param: 'price',
    min: 1,
    max: 8,
    step: 0.05,
    unit: 'usdPerHour',
    marks: [
      { value: 1.7, source: 'm-techreader-h100-2026', label: 'contractLowOct2025' },
      { value: 6.16, source: 'm-kael-gpu-prices-2026', label: 'coreweaveListPrice' },
      { value: 8, source: 'm-cheah-gpu-rental-2024', label: 'peak2023' }
    ]
  },
  {
    id: 'priceDecline',
    param: 'decline',
    min: 0,
    max: 40,
    step: 1,
    unit: 'percentPerYear',
    marks: []
  },
  {
    id: 'life',
    param: 'life',
    min: 2,
    max: 7,
    step: 1,
    unit: 'years',
    marks: [
      { value: 4, source: 'm-bizety-depreciation-2025', label: 'nebiusLife' },
      { value: 6, source: 'm-fool-burry-2025-11', label: 'coreweaveLife' }
    ]
  },
  // Apart from the life: the books write the fleet off evenly, the second-hand market does not.
  {
    id: 'resaleDecline',
    param: 'resale',
    min: 0,
    max: 60,
    step: 1,
    unit: 'percentPerYear',
    marks: []
  },
  {
    id: 'delay',
    param: 'delay',
    min: 0,
    max: 12,
    step: 1,
    unit: 'months',
    marks: [{ value: 2, source: 'm-minermag-denton-2025-12', label: 'dentonDelay' }]
  }
] satisfies Omit<SliderSpec, 'decimals'>[];

/** Decimals in a step such as 0.05 (2) or 1 (0). */
export function stepDecimals(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The slider table, in display order. */
export const SLIDERS: readonly SliderSpec[] = Object.freeze(
  TABLE.map((s): SliderSpec => ({ ...s, decimals: stepDecimals(s.step) }))
);

/** Bounds for the fixed inputs, wide enough for presets and tests, tight enough to stay sane. */
export const FIXED: readonly FixedSpec[] = Object.freeze([
  { id: 'fleet', min: 1, max: 1_000_000, integer: true },
  { id: 'capexPerGpu', min: 1_000, max: 200_000 },
  { id: 'loanTermYears', min: 1, max: 10 },
  { id: 'riskPremium', min: 0, max: 20 },
  { id: 'equityPremium', min: 0, max: 30 },
  { id: 'powerKw', min: 0.1, max: 3 },
  { id: 'pue', min: 1, max: 2.5 },
  { id: 'electricityPerKwh', min: 0, max: 0.5 },
  { id: 'leasePerKwMonth', min: 0, max: 1_000 },
  { id: 'otherOpexPerGpuYear', min: 0, max: 20_000 }
] satisfies FixedSpec[]);

/**
 * An H100 fleet of late 2025; content/model/defaults.json gives the source or reasoning for each
 * value and the date it describes (the price is a March 2026 figure, and says so).
 */
export const DEFAULT_INPUTS: Readonly<Inputs> = Object.freeze({
  utilisation: 80,
  baseRate: 3.95,
  spread: 6,
  debtShare: 80,
  price: 2.35,
  priceDecline: 0,
  life: 6,
  delay: 0,
  fleet: 10_000,
  capexPerGpu: 50_000,
  loanTermYears: 5,
  riskPremium: 7,
  equityPremium: 10,
  resaleDecline: 30,
  powerKw: 1.275,
  pue: 1.3,
  electricityPerKwh: 0.085,
  leasePerKwMonth: 184,
  otherOpexPerGpuYear: 1_500
});

/** Ids of every field of Inputs, sliders first. */
export const INPUT_IDS: readonly (keyof Inputs)[] = Object.freeze([
  ...SLIDERS.map((s) => s.id),
  ...FIXED.map((f) => f.id)
]);

/** The slider spec for `id`. */
export function sliderSpec(id: InputId): SliderSpec {
  const spec = SLIDERS.find((s) => s.id === id);
  if (!spec) throw new Error(`unknown slider ${id}`);
  return spec;
}

/**
 * `value` clamped to [min, max] and moved to the nearest point of the grid min + k·step, in the
 * slider's unit. Rounding to the step's decimals removes binary noise (2.35, not 2.3500000000000001).
 */
export function snapToStep(value: number, min: number, max: number, step: number): number {
  const clamped = Math.min(max, Math.max(min, value));
  const k = Math.round((clamped - min) / step);
  const snapped = Math.min(max, min + k * step);
  return Number(snapped.toFixed(stepDecimals(step)));
}

/**
 * Valid inputs from anything: fields that are missing, not numbers (strings included) or not
 * finite take their default; numbers are clamped to their range, and slider values snapped to
 * their step. Only the object's own properties are read, so a polluted prototype changes nothing.
 */
export function clampInputs(partial: unknown): Inputs {
  const source: Record<string, unknown> =
    typeof partial === 'object' && partial !== null ? (partial as Record<string, unknown>) : {};
  const read = (key: string): number | undefined => {
    if (!Object.prototype.hasOwnProperty.call(source, key)) return undefined;
    const v = source[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  };
  const out: Inputs = { ...DEFAULT_INPUTS };
  for (const s of SLIDERS) {
    const v = read(s.id);
    out[s.id] = snapToStep(v ?? DEFAULT_INPUTS[s.id], s.min, s.max, s.step);
  }
  for (const f of FIXED) {
    const v = read(f.id);
    if (v === undefined) continue;
    const clamped = Math.min(f.max, Math.max(f.min, v));
    out[f.id] = f.integer ? Math.round(clamped) : clamped;
  }
  return out;
}
