import market from '$content/market.json';
import { describe, expect, it } from 'vitest';
import { inlineRefs } from '$lib/prose/inline';
import { LIVE_KEYS, SECTIONS, SLOTS, type Block, type LiveKey } from '$lib/prose/types';
import {
  LANGS,
  allTexts,
  events,
  facts,
  glossaries,
  sources,
  stateTexts,
  stories,
  timelineTexts
} from './fixtures';
import { SELLOFF_FACTS } from '$lib/page/static-chart';

/** The live keys a text shows, directly or in any wording of a state it uses (English). */
function livesOf(text: string): LiveKey[] {
  const refs = inlineRefs(text);
  const inStates = refs.states.flatMap((id) =>
    Object.values(stateTexts.en[id] ?? {}).flatMap((t) => inlineRefs(t).lives)
  );
  return [...new Set([...refs.lives, ...inStates])];
}

describe.each(LANGS)('references in %s resolve', (lang) => {
  const texts = allTexts(lang);

  it('every {fact:…} names a fact, every {cite:…} a source, every term a glossary entry', () => {
    const missing: string[] = [];
    for (const { where, text } of texts) {
      const r = inlineRefs(text);
      for (const id of r.facts) if (!(id in facts)) missing.push(`${where}: fact ${id}`);
      for (const id of r.cites) if (!(id in sources)) missing.push(`${where}: source ${id}`);
      for (const id of r.terms) if (!(id in glossaries[lang])) missing.push(`${where}: term ${id}`);
    }
    expect(missing).toEqual([]);
  });

  it('every figure block shows a known fact', () => {
    for (const b of stories[lang].blocks) {
      if (b.type === 'figure') expect(facts, b.id).toHaveProperty([b.fact]);
    }
  });
});

/** Every fact a reader can see: figure blocks and tokens in any text of either language. */
function factsShown(): Set<string> {
  const shown = new Set<string>();
  for (const lang of LANGS) {
    for (const b of stories[lang].blocks) if (b.type === 'figure') shown.add(b.fact);
    for (const id of SELLOFF_FACTS) shown.add(id);
    for (const { text } of allTexts(lang)) for (const id of inlineRefs(text).facts) shown.add(id);
  }
  return shown;
}

describe('sourcing', () => {
  it('every fact shown to readers has at least one source with title, publisher and date', () => {
    for (const id of factsShown()) {
      const fact = facts[id];
      expect(fact, id).toBeDefined();
      expect(fact?.sources.length, id).toBeGreaterThan(0);
      for (const s of fact?.sources ?? []) {
        const src = sources[s];
        expect(src?.title && src.publisher && src.date, `${id} → ${s}`).toBeTruthy();
      }
    }
  });

  it('every fact in facts.json is shown somewhere, so none sits unchecked', () => {
    const shown = factsShown();
    expect(Object.keys(facts).filter((id) => !shown.has(id))).toEqual([]);
  });

  it('every source is cited by a fact, a timeline event, the sell-off chart or a {cite:…} token', () => {
    const used = new Set<string>();
    for (const f of Object.values(facts)) f.sources.forEach((s) => used.add(s));
    for (const e of events) e.sources.forEach((s) => used.add(s));
    for (const row of [...market.observations, ...market.events])
      row.sources.forEach((s) => used.add(s));
    for (const lang of LANGS) {
      for (const { text } of allTexts(lang)) inlineRefs(text).cites.forEach((s) => used.add(s));
    }
    expect(Object.keys(sources).filter((id) => !used.has(id))).toEqual([]);
  });

  it('every timeline text only cites facts dated no later than its event', () => {
    // A fact's asOf may be a month ("2025-12") or a day; compare on the common prefix.
    for (const e of events) {
      for (const id of inlineRefs(timelineTexts.en[e.id] ?? '').facts) {
        const asOf = facts[id]?.asOf ?? '';
        const n = Math.min(asOf.length, e.date.length);
        expect(asOf.slice(0, n) <= e.date.slice(0, n), `${e.id} → ${id}`).toBe(true);
      }
    }
  });
});

const blocks = stories.en.blocks;
const indexOf = (pred: (b: Block) => boolean): number => blocks.findIndex(pred);
const slotAt = (slot: string): number =>
  indexOf((b) => b.type === 'interactive' && b.slot === slot);
const sectionAt = (section: string): number =>
  indexOf((b) => b.type === 'section' && b.section === section);

describe('layout of the story', () => {
  it('places every interactive slot exactly once', () => {
    const slots = blocks.flatMap((b) => (b.type === 'interactive' ? [b.slot] : []));
    expect([...slots].sort()).toEqual([...SLOTS].sort());
  });

  it('places every section exactly once', () => {
    const sections = blocks.flatMap((b) => (b.type === 'section' ? [b.section] : []));
    expect([...sections].sort()).toEqual([...SECTIONS].sort());
  });

  it('puts the caveat right before the controls: caveat, presets, sliders', () => {
    const caveat = sectionAt('caveat');
    expect(blocks.slice(caveat, caveat + 3).map((b) => b.type)).toEqual([
      'section',
      'interactive',
      'interactive'
    ]);
    expect([slotAt('presets'), slotAt('sliders')]).toEqual([caveat + 1, caveat + 2]);
  });

  it('puts the controls before every chart slot', () => {
    for (const slot of ['waterfall', 'breakeven', 'cash', 'amplifier', 'rates']) {
      expect(slotAt(slot), slot).toBeGreaterThan(slotAt('sliders'));
    }
  });

  it('puts each chart slot right after the paragraph whose point it demonstrates', () => {
    // The paragraph is the nearest one above the slot (other slots may sit between); it must
    // quote the model figure the chart shows.
    const expected: Record<string, LiveKey> = {
      waterfall: 'breakEvenUtil',
      breakeven: 'breakEvenUtil',
      cash: 'peakCashNeed',
      amplifier: 'leverageAmplifier',
      rates: 'equityIrr'
    };
    for (const [slot, key] of Object.entries(expected)) {
      let i = slotAt(slot) - 1;
      while (i >= 0 && blocks[i]?.type === 'interactive') i--;
      const para = blocks[i];
      expect(para?.type, slot).toBe('paragraph');
      if (para?.type === 'paragraph') expect(livesOf(para.text), slot).toContain(key);
    }
  });

  it('puts the dates the chart cannot show right after it; methodology, glossary, sources last', () => {
    const chart = slotAt('selloff');
    expect(sectionAt('timeline')).toBeGreaterThan(chart);
    // Only the figure, prose of the fall and the list's heading may sit between.
    expect(sectionAt('timeline')).toBeLessThan(indexOf((b) => b.id === 'what-went-wrong'));
    const tail = blocks.flatMap((b) => (b.type === 'section' ? [b.section] : [])).slice(-3);
    expect(tail).toEqual(['methodology', 'glossary', 'sources']);
    expect(sectionAt('methodology')).toBeGreaterThan(slotAt('rates'));
  });

  it('quotes a handful of live model figures, all in the model part of the story', () => {
    const start = sectionAt('caveat');
    const end = sectionAt('methodology');
    const seen = new Set<string>();
    blocks.forEach((b, i) => {
      for (const text of b.type === 'paragraph' ? [b.text] : []) {
        const lives = livesOf(text);
        if (lives.length > 0) expect(i > start && i < end, b.id).toBe(true);
        lives.forEach((k) => seen.add(k));
      }
    });
    expect([...seen].sort()).toEqual([...LIVE_KEYS].sort());
  });
});
