import { describe, expect, it } from 'vitest';
import modelSourceIds from '$content/sources/model.json';
import { FACT_UNITS, SECTIONS, SLOTS } from '$lib/prose/types';
import notesEn from '$content/en/sources.json';
import notesAr from '$content/ar/sources.json';
import {
  LANGS,
  allowLatin,
  events,
  facts,
  glossaries,
  sources,
  stories,
  timelineTexts
} from './fixtures';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY_OR_MONTH = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const BLOCK_TYPES = [
  'heading',
  'paragraph',
  'pullquote',
  'figure',
  'interactive',
  'list',
  'note',
  'section'
];
const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

describe.each(LANGS)('story (%s) has the shape of Story', (lang) => {
  const story = stories[lang];

  it('has a title, dek and byline', () => {
    expect(nonEmpty(story.title) && nonEmpty(story.dek) && nonEmpty(story.byline)).toBe(true);
  });

  it('gives every block a unique kebab-case id and a known type', () => {
    const ids = story.blocks.map((b) => b.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    for (const block of story.blocks) {
      expect(block.id, block.id).toMatch(KEBAB);
      expect(BLOCK_TYPES, block.id).toContain(block.type);
    }
  });

  it('fills every field each block type requires', () => {
    for (const b of story.blocks) {
      const ok = ((): boolean => {
        switch (b.type) {
          case 'heading':
            return (b.level === 2 || b.level === 3) && nonEmpty(b.text);
          case 'paragraph':
            return nonEmpty(b.text) && (b.analysis === undefined || b.analysis === true);
          case 'note':
            return nonEmpty(b.text);
          case 'pullquote':
            return nonEmpty(b.text) && (b.cite === undefined || b.cite in sources);
          case 'figure':
            return KEBAB.test(b.fact) && nonEmpty(b.label);
          case 'interactive':
            return (SLOTS as readonly string[]).includes(b.slot) && nonEmpty(b.text);
          case 'list':
            return b.items.length > 0 && b.items.every(nonEmpty);
          case 'section':
            return (SECTIONS as readonly string[]).includes(b.section);
        }
      })();
      expect(ok, `block ${b.id}`).toBe(true);
    }
  });

  it('keeps level-2 heading ids short enough for a URL fragment', () => {
    // Four words at most, e.g. "what-went-wrong": anchors are typed and shared by hand.
    for (const b of story.blocks) {
      if (b.type === 'heading' && b.level === 2) {
        expect(b.id.split('-').length, b.id).toBeLessThanOrEqual(4);
      }
    }
  });
});

describe('facts.json', () => {
  it('gives every fact a finite value, a known unit, a date and at least one known source', () => {
    for (const [id, fact] of Object.entries(facts)) {
      expect(id).toMatch(KEBAB);
      expect(Number.isFinite(fact.value), id).toBe(true);
      // A range runs upwards: value is its lower end.
      if (fact.high !== undefined) expect(fact.high, id).toBeGreaterThan(fact.value);
      if (fact.soleSource !== undefined) expect(nonEmpty(fact.soleSource), id).toBe(true);
      expect(FACT_UNITS, id).toContain(fact.unit);
      expect(fact.asOf, id).toMatch(DAY_OR_MONTH);
      expect(fact.sources.length, id).toBeGreaterThan(0);
      for (const s of fact.sources) expect(sources, `${id} → ${s}`).toHaveProperty([s]);
    }
  });

  it('states percentages as numbers of percent, not fractions', () => {
    // A "percent" fact below 1 would most likely be a fraction typed by mistake (0.46 for 46%);
    // the one deliberate exception would need its own note.
    for (const [id, fact] of Object.entries(facts)) {
      if (fact.unit === 'percent') expect(fact.value, id).toBeGreaterThanOrEqual(1);
    }
  });
});

const notes = { en: notesEn as Record<string, string>, ar: notesAr as Record<string, string> };

describe('sources/story.json', () => {
  it('gives a title in Chinese or Japanese script its language, so the page does not mark it English', () => {
    const unmarked = Object.entries(sources)
      .filter(([, src]) =>
        /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(src.title)
      )
      .filter(([, src]) => !/^(zh|ja)\b/.test(src.lang ?? ''))
      .map(([id]) => id);
    expect(unmarked).toEqual([]);
    // A title in French is not detectable by its script: the one there is, named.
    expect(sources['reuters-corz-vote']?.lang).toBe('fr');
  });

  it('gives every source a title, publisher, date, and an https address or a note why not', () => {
    for (const [id, src] of Object.entries(sources)) {
      expect(id).toMatch(KEBAB);
      // Ids starting with "m-" belong to the model's own source list.
      expect(id.startsWith('m-'), id).toBe(false);
      expect(nonEmpty(src.title) && nonEmpty(src.publisher), id).toBe(true);
      expect(src.date, id).toMatch(DAY_OR_MONTH);
      if (src.lang !== undefined) expect(src.lang, id).toMatch(/^[a-z]{2}(-[A-Za-z]+)?$/);
      // No address, or a copy only served over plain http: both notes must say so.
      if (src.url === null) {
        expect(nonEmpty(notes.en[id]) && nonEmpty(notes.ar[id]), id).toBe(true);
      } else if (src.url.startsWith('http://')) {
        expect(notes.en[id], id).toMatch(/plain http/);
        expect(nonEmpty(notes.ar[id]), id).toBe(true);
      } else expect(src.url, id).toMatch(/^https:\/\/\S+$/);
    }
  });

  it('credits the seed article with its publisher and date', () => {
    const seed = sources['seed-xstation5'];
    expect(seed?.publisher).toContain('xStation5');
    expect(seed?.date).toBe('2025-12-16');
  });
});

describe('content/{en,ar}/sources.json', () => {
  it('note, in both languages, the same sources, all of them known', () => {
    const known = new Set([...Object.keys(sources), ...Object.keys(modelSourceIds)]);
    expect(Object.keys(notes.ar).sort()).toEqual(Object.keys(notes.en).sort());
    expect(Object.keys(notes.en).filter((id) => !known.has(id))).toEqual([]);
    for (const lang of LANGS)
      for (const [id, n] of Object.entries(notes[lang])) expect(nonEmpty(n), id).toBe(true);
  });

  it('hold every note: a source file carries none of its own', () => {
    // A note in sources/*.json would show in no language; it belongs in the two notes files.
    const all = { ...sources, ...modelSourceIds } as Record<string, object>;
    expect(Object.keys(all).filter((id) => 'note' in (all[id] ?? {}))).toEqual([]);
  });
});

describe('timeline.json', () => {
  it('has unique ids, valid dates and known sources', () => {
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of events) {
      expect(e.id).toMatch(KEBAB);
      expect(e.date, e.id).toMatch(DAY_OR_MONTH);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(sources, `${e.id} → ${s}`).toHaveProperty([s]);
      if (e.soleSource !== undefined) expect(nonEmpty(e.soleSource), e.id).toBe(true);
    }
  });

  it('is sorted by date (a month sorts before the days of that month)', () => {
    // ISO strings compare correctly as text, and "2025-12" < "2025-12-05" as wanted.
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it.each(LANGS)('has a non-empty text for every event in %s', (lang) => {
    for (const e of events) expect(nonEmpty(timelineTexts[lang][e.id]), e.id).toBe(true);
  });
});

describe('glossaries', () => {
  const REQUIRED = [
    'leverage',
    'policy-rate',
    'credit-spread',
    'utilisation',
    'depreciation',
    'ebitda',
    'free-cash-flow',
    'market-value',
    'short-selling',
    'take-or-pay',
    'backlog'
  ];

  it.each(LANGS)('(%s) defines every required term', (lang) => {
    for (const id of REQUIRED) expect(glossaries[lang], id).toHaveProperty([id]);
  });

  it.each(LANGS)('(%s) gives every entry a term and a one-to-three-sentence definition', (lang) => {
    for (const [id, entry] of Object.entries(glossaries[lang])) {
      expect(id).toMatch(KEBAB);
      expect(nonEmpty(entry.term) && nonEmpty(entry.definition), id).toBe(true);
      // Sentence ends: . ! ? and the Arabic question mark, followed by space or the end.
      const sentences = entry.definition.split(/[.!?\u061F](?:\s|$)/).filter((s) => s.trim());
      expect(sentences.length, id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, id).toBeLessThanOrEqual(3);
    }
  });
});

describe('allow-latin.json', () => {
  it('is a list of unique Latin-script names', () => {
    expect(new Set(allowLatin).size).toBe(allowLatin.length);
    for (const name of allowLatin) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9 .&'-]*$/);
  });
});
