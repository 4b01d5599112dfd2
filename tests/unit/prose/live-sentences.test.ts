/**
 * The story's live sentences read true in every state the sliders can reach: rendered as a
 * reader sees them for hundreds of random settings in each language, they hold no broken
 * number, and each wording the page picks is one whose condition the figures beside it meet.
 * The conditions are read here from the figures as shown, not from `stateOf`, so a wrong
 * threshold in either place fails.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SHARE_KEYS,
  STATES,
  formatLive,
  modelAnnouncement,
  stateOf,
  type LiveKey,
  type StateKey
} from '$lib/format/live';
import { createI18n, type I18n } from '$lib/i18n/context';
import { RESOURCES } from '$lib/i18n/resources';
import { runModel, type Result } from '$lib/model/schedule';
import { parseInline } from '$lib/prose/inline';
import { PROPERTY_TIMEOUT, sliderInputs } from '../model/arbitraries';
import { LANGS, stateTexts, stories } from './fixtures';

const RUNS = 500;

/** Sums the prose quotes as amounts, never signed (a loss or a shortfall is said in words). */
const UNSIGNED_SUMS: readonly LiveKey[] = [
  'equityValue',
  'equityPaidIn',
  'bookMidLife',
  'resaleMidLife',
  'peakCashNeed',
  'refinancingNeed',
  'firstYearNetIncome'
];

/** Text as shown, without the direction marks that keep signs and digits in place. */
const bare = (s: string): string => s.replace(/[\u200e\u200f\u2066-\u2069]/g, '');

/** Arabic counts of one and two are words, with no digit: «مرة واحدة», «مرتين», «شهران». */
const COUNT_WORDS: [RegExp, number][] = [
  [/واحدة?$/, 1],
  [/^(مليار|مليون|ألف) دولار$/, 1],
  [/(مرتين|ضعفين|شهران|شهرين|دولاران|دولارين)$/, 2],
  [/^(ملياري|مليوني|ألفي) دولار$/, 2]
];

/** Whether a shown figure is a number (in digits or counted in words), not a phrase. */
const isFigure = (s: string): boolean => !Number.isNaN(shownNumber(s));

/** The first number in a shown figure, sign included ("−51.6%" → −51.6); NaN if none. */
function shownNumber(s: string): number {
  const m = /([-−]?)(\d[\d,]*(?:\.\d+)?)/.exec(bare(s));
  if (!m) return COUNT_WORDS.find(([word]) => word.test(bare(s).trim()))?.[1] ?? NaN;
  return (m[1] ? -1 : 1) * Number((m[2] ?? '').replace(/,/g, ''));
}

/** What each wording claims, checked against the figures as the reader sees them. */
function holds(key: StateKey, c: string, r: Result, show: (k: LiveKey) => string): boolean {
  const lossWord = /loss|خسارة/;
  const profitWord = /profit|ربح/;
  switch (key) {
    case 'firstYear': {
      const net = show('firstYearNetIncome');
      if (c === 'even') return !lossWord.test(net) && !/\d/.test(net);
      if (c === 'profit') return profitWord.test(net) && !lossWord.test(net);
      // A loss either way; "cashLoss" also says the fleet does not earn its running costs.
      return lossWord.test(net) && (c === 'cashLoss') === r.firstYear.ebitda <= 0;
    }
    case 'breakEven': {
      const u = shownNumber(show('breakEvenUtil'));
      if (c === 'within') return u > 0 && u <= 100 && /^\d+%$/.test(bare(show('breakEvenUtil')));
      if (c === 'beyond') return !(r.breakEven.netIncomeUtil <= 100);
      return r.breakEven.netIncomeUtil <= 0;
    }
    case 'cover': {
      if (c === 'noDebt') return r.debt0 === 0;
      const d = shownNumber(show('minDscr'));
      const covenant = shownNumber(show('dscrCovenant'));
      if (c === 'short') return d < 1;
      if (c === 'thin') return d >= 1 && d < covenant;
      return d >= covenant;
    }
    case 'refinance':
      return (c === 'needed') === isFigure(show('refinancingNeed'));
    case 'cash':
      return (c === 'needed') === isFigure(show('peakCashNeed'));
    case 'payback':
      return (c === 'within') === isFigure(show('paybackMonths'));
    case 'stake':
      if (c === 'noDebt') return r.debt0 === 0;
      if (c === 'wiped') return r.debt0 > 0 && r.enterpriseValue <= r.debt0;
      return r.enterpriseValue > r.debt0 && shownNumber(show('leverageAmplifier')) >= 1;
    case 'worth': {
      const [value, paid] = [show('equityValue'), show('equityPaidIn')];
      if (c === 'nothing') return !(r.equityValue > 0) || shownNumber(value) === 0;
      if (c === 'same') return value === paid;
      const side = c === 'more' ? r.equityValue > r.equity0 : r.equityValue < r.equity0;
      return value !== paid && side && shownNumber(value) > 0;
    }
    case 'resale': {
      const [resale, book] = [show('resaleMidLife'), show('bookMidLife')];
      if (c === 'level') return resale === book;
      const side =
        c === 'above' ? r.midLife.resale > r.midLife.book : r.midLife.resale < r.midLife.book;
      return resale !== book && side;
    }
    case 'return': {
      const eq = shownNumber(show('equityIrr'));
      if (c === 'none') return Number.isNaN(eq);
      const un = shownNumber(show('unleveredIrr'));
      const gap = Number.isNaN(un) ? Infinity : eq - un;
      if (c === 'level') return Math.abs(gap) < 1;
      return c === 'above' ? gap >= 1 : gap <= -1;
    }
  }
}

/** A text as the reader sees it: terms as their words, live figures and chosen wordings in. */
function render(text: string, i18n: I18n, r: Result, seen: [StateKey, string][]): string {
  return parseInline(text)
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'term':
          return node.text;
        case 'live':
          return formatLive(i18n, node.key, r);
        case 'state': {
          const c = stateOf(node.key, r);
          seen.push([node.key, c]);
          const wording = stateTexts[i18n.lang][node.id]?.[c];
          return wording === undefined ? 'undefined' : render(wording, i18n, r, seen);
        }
        default:
          // Facts and citations are not live; a stand-in keeps the sentence's shape.
          return '';
      }
    })
    .join('');
}

/** The story's texts that quote the model or pick a wording by its state. */
function liveTexts(lang: 'en' | 'ar'): { id: string; text: string }[] {
  return stories[lang].blocks.flatMap((b) =>
    'text' in b && typeof b.text === 'string' && /\{(live|state):/.test(b.text)
      ? [{ id: b.id, text: b.text }]
      : []
  );
}

const BROKEN = /NaN|Infinity|undefined|null|\{|\}/;

describe.each(LANGS)('live sentences in %s', (lang) => {
  const i18n = createI18n(lang, RESOURCES[lang]);
  const texts = liveTexts(lang);

  it('exist: the model chapter quotes the model', () => {
    expect(texts.length).toBeGreaterThanOrEqual(5);
  });

  it(
    `read true with sound figures in ${RUNS} random states`,
    () => {
      const cases = new Map<string, number>();
      fc.assert(
        fc.property(sliderInputs, (inputs) => {
          const r = runModel(inputs);
          const show = (k: LiveKey) => formatLive(i18n, k, r);
          for (const k of SHARE_KEYS) expect(bare(show(k)), k).not.toMatch(/^[-−]/);
          // Sums quoted in prose carry no sign: an Arabic minus turns its isolate left to right.
          for (const k of UNSIGNED_SUMS) expect(bare(show(k)), k).not.toMatch(/[-−]\d/);
          for (const { id, text } of texts) {
            const seen: [StateKey, string][] = [];
            const out = render(text, i18n, r, seen);
            expect(out, `${id}: ${out}`).not.toMatch(BROKEN);
            for (const [key, c] of seen) {
              expect(holds(key, c, r, show), `${id}: ${key}.${c} — ${out}`).toBe(true);
              cases.set(`${key}.${c}`, (cases.get(`${key}.${c}`) ?? 0) + 1);
            }
          }
          expect(modelAnnouncement(i18n, r)).not.toMatch(BROKEN);
        }),
        { numRuns: RUNS }
      );
      // The random states reach most wordings, so each is tested, not just written.
      const all = Object.entries(STATES).flatMap(([k, cs]) => cs.map((c) => `${k}.${c}`));
      const reached = all.filter((c) => cases.has(c));
      expect(reached.length / all.length, `reached: ${reached.join(', ')}`).toBeGreaterThan(0.7);
    },
    PROPERTY_TIMEOUT
  );
});
