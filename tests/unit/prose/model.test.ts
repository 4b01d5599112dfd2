import { describe, expect, it } from 'vitest';
import defaults from '$content/model/defaults.json';
import presets from '$content/model/presets.json';
import modelSources from '$content/sources/model.json';
import storySources from '$content/sources/story.json';
import notesEn from '$content/en/sources.json';
import en from '$content/en/model.json';
import ar from '$content/ar/model.json';
import { clampInputs, DEFAULT_INPUTS, INPUT_IDS, SLIDERS, type Inputs } from '$lib/model/inputs';
import { runModel } from '$lib/model/schedule';
import { RESOURCES } from '$lib/i18n/resources';

interface Sourced {
  value: number;
  assumption: boolean;
  sources: string[];
  asOf?: string;
  later?: boolean;
}
interface Source {
  title: string;
  publisher: string;
  date: string;
  url: string;
}

const defaultsTable = defaults as Record<string, Sourced>;
const presetTable = presets as Record<string, { changes: Record<string, Sourced> }>;
const sources = modelSources as unknown as Record<string, Source>;
const DAY_OR_MONTH = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** Every leaf of a JSON value as "path = kind", arrays by index, so two files can be compared. */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => shape(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  }
  return [`${path} = ${typeof value}`];
}

/** Every string leaf of a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Source ids of each methodology section, in order. */
function sectionSources(lang: typeof en): string[][] {
  return lang.methodology.sections.map((s) => s.sources);
}

describe('model defaults in content/', () => {
  it('match DEFAULT_INPUTS field for field', () => {
    expect(Object.keys(defaultsTable).sort()).toEqual([...INPUT_IDS].sort());
    for (const id of INPUT_IDS) expect(defaultsTable[id]?.value, id).toBe(DEFAULT_INPUTS[id]);
  });

  it('flag as later every default dated after the story’s events, and only those', () => {
    // The story ends in December 2025; the defaults table prints a note beside a later one.
    for (const [id, d] of Object.entries(defaultsTable)) {
      const after = d.asOf !== undefined && d.asOf.slice(0, 7) > '2025-12';
      expect(d.later === true, id).toBe(after);
    }
    expect(Object.values(defaultsTable).some((d) => d.later)).toBe(true);
  });

  it('are not labelled as late-2025 values in print, since some are later', () => {
    for (const lang of ['en', 'ar'] as const) {
      expect(RESOURCES[lang].common.print.defaults, lang).not.toMatch(/2025/);
    }
  });

  it('each carry sources or the word assumption', () => {
    for (const [id, d] of Object.entries(defaultsTable)) {
      expect(d.assumption || d.sources.length > 0, id).toBe(true);
    }
  });

  it('each have a reasoning or derivation sentence in both languages', () => {
    for (const id of INPUT_IDS) {
      for (const lang of [en, ar]) {
        const text = (lang.defaults as Record<string, string>)[id] ?? '';
        expect(text.length, id).toBeGreaterThan(10);
      }
      // The English sentence says "Assumption" exactly when the default is one.
      const english = (en.defaults as Record<string, string>)[id] ?? '';
      expect(english.startsWith('Assumption'), id).toBe(defaultsTable[id]?.assumption);
    }
  });
});

describe('model sources', () => {
  it('give every source a title, publisher, date and https address', () => {
    for (const [id, s] of Object.entries(sources)) {
      expect(id.startsWith('m-'), id).toBe(true);
      expect(s.title.length, id).toBeGreaterThan(3);
      expect(s.publisher.length, id).toBeGreaterThan(1);
      expect(s.date, id).toMatch(DAY_OR_MONTH);
      // Plain http only for a copy served no other way, and the note says so.
      if (s.url.startsWith('http://'))
        expect((notesEn as Record<string, string>)[id], id).toMatch(/plain http/);
      else expect(s.url, id).toMatch(/^https:\/\//);
    }
  });

  it('do not clash with the story sources', () => {
    const story = new Set(Object.keys(storySources));
    expect(Object.keys(sources).filter((id) => story.has(id))).toEqual([]);
  });

  it('exist for every id the model content refers to, and none is unused', () => {
    const used = new Set<string>([
      ...Object.values(defaultsTable).flatMap((d) => d.sources),
      ...Object.values(presetTable).flatMap((p) =>
        Object.values(p.changes).flatMap((c) => c.sources)
      ),
      ...SLIDERS.flatMap((s) => s.marks.map((m) => m.source)),
      ...sectionSources(en).flat(),
      ...sectionSources(ar).flat()
    ]);
    for (const id of used) expect(sources[id], id).toBeDefined();
    expect(Object.keys(sources).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('presets', () => {
  const EXPECTED = ['boom2023', 'cheap2021', 'late2025', 'rateCut', 'glut', 'creditSqueeze'];

  it('are the six the explorer knows', () => {
    expect(Object.keys(presetTable)).toEqual(EXPECTED);
    expect(Object.keys(en.presets)).toEqual(EXPECTED);
  });

  it('clamp to themselves: every value sits on its slider grid', () => {
    for (const [id, p] of Object.entries(presetTable)) {
      const changes = Object.fromEntries(
        Object.entries(p.changes).map(([k, c]) => [k, c.value])
      ) as Partial<Inputs>;
      for (const key of Object.keys(changes)) expect(INPUT_IDS, `${id}.${key}`).toContain(key);
      const inputs = { ...DEFAULT_INPUTS, ...changes };
      expect(clampInputs(inputs), id).toEqual(inputs);
    }
  });

  it('source every changed value or mark it as an assumption, with a note in both languages', () => {
    for (const [id, p] of Object.entries(presetTable)) {
      for (const [key, c] of Object.entries(p.changes)) {
        expect(c.assumption || c.sources.length > 0, `${id}.${key}`).toBe(true);
      }
      for (const lang of [en, ar]) {
        const notes = (lang.presets as Record<string, { notes: Record<string, string> }>)[id]
          ?.notes;
        expect(Object.keys(notes ?? {}).sort(), id).toEqual(Object.keys(p.changes).sort());
      }
    }
  });

  it('do not call 2023 a time of cheap money', () => {
    expect(en.presets.boom2023.name.toLowerCase()).not.toContain('cheap');
    expect(ar.presets.boom2023.name).not.toContain('رخيص');
  });
});

describe('en and ar model.json', () => {
  it('have the same keys, array lengths and kinds of value', () => {
    expect(shape(ar)).toEqual(shape(en));
  });

  it('cite the same sources in each methodology section', () => {
    expect(sectionSources(ar)).toEqual(sectionSources(en));
  });

  it('leave no string empty', () => {
    for (const lang of [en, ar]) {
      expect(strings(lang).filter((s) => s.trim() === '')).toEqual([]);
    }
  });

  it('label every input, unit and slider mark', () => {
    for (const id of INPUT_IDS)
      expect((en.inputs as Record<string, unknown>)[id], id).toBeDefined();
    for (const s of SLIDERS) {
      expect((en.units as Record<string, unknown>)[s.unit], s.unit).toBeDefined();
      for (const m of s.marks)
        expect((en.marks as Record<string, string>)[m.label], m.label).toBeDefined();
    }
    const used = new Set(SLIDERS.flatMap((s) => s.marks.map((m) => m.label)));
    expect(Object.keys(en.marks).filter((k) => !used.has(k))).toEqual([]);
  });

  it('write the Arabic text in Arabic', () => {
    const ARABIC_LETTER = /[\u0621-\u064A]/;
    const texts = [
      ...strings(ar.methodology),
      ...strings(ar.limits),
      ...strings(ar.notThis),
      ...strings(ar.defaults)
    ]
      // Source ids are addresses, not text.
      .filter((s) => s.length > 20 && !/^m-[a-z0-9-]+$/.test(s));
    expect(texts.filter((s) => !ARABIC_LETTER.test(s))).toEqual([]);
  });
});

describe('the calibration the methodology states', () => {
  const r = runModel(DEFAULT_INPUTS);
  const share = (x: number): number => Math.round((100 * x) / r.firstYear.revenue);
  const calibration = (lang: typeof en): string =>
    lang.methodology.sections.find((s) => s.id === 'calibration')?.paragraphs.join(' ') ?? '';

  it('matches the model at the defaults', () => {
    // Interest 3,688.97 ÷ revenue 16,468.80 = 22.4 % → 22; EBITDA 11,166.26 ÷ 16,468.80 = 67.8 % → 68.
    expect(share(r.firstYear.interest)).toBe(22);
    expect(share(r.firstYear.ebitda)).toBe(68);
    for (const lang of [en, ar]) {
      expect(calibration(lang)).toContain('22%');
      expect(calibration(lang)).toContain('68%');
    }
  });

  it('states the other-costs share of revenue correctly', () => {
    // 1,500 ÷ 16,468.80 = 9.1 % → about 9 %.
    expect(
      Math.round(
        (100 * DEFAULT_INPUTS.otherOpexPerGpuYear * DEFAULT_INPUTS.fleet) / r.firstYear.revenue
      )
    ).toBe(9);
    expect(en.defaults.otherOpexPerGpuYear).toContain('9%');
    expect(ar.defaults.otherOpexPerGpuYear).toContain('9%');
  });
});
