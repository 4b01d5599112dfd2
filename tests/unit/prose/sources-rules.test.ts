import { describe, expect, it } from 'vitest';
import storySources from '$content/sources/story.json';
import modelSources from '$content/sources/model.json';
import notesEn from '$content/en/sources.json';
import notesAr from '$content/ar/sources.json';
import modelEn from '$content/en/model.json';
import modelAr from '$content/ar/model.json';
import defaults from '$content/model/defaults.json';
import presets from '$content/model/presets.json';
import { inlineRefs } from '$lib/prose/inline';
import { SLIDERS } from '$lib/model/inputs';
import {
  badCopies,
  badKinds,
  foldedKinds,
  unsupportedClaims,
  type Claim,
  type RuleSource
} from './check';
import { LANGS, allTexts, events, facts } from './fixtures';

/**
 * The sourcing rules: every source says what kind of text it is; a copy names its original
 * and never counts as a second source; every fact and timeline event rests on a primary or
 * press source, or says in `soleSource` why the stored pages hold none; and every id cited
 * anywhere exists.
 */
const sources = { ...storySources, ...modelSources } as Record<string, RuleSource>;

describe('the rules themselves', () => {
  const fixture: Record<string, RuleSource> = {
    filing: { kind: 'primary' },
    paper: { kind: 'press' },
    blog: { kind: 'secondary' },
    mirror: { kind: 'secondary', copyOf: 'blog' },
    pressMirror: { kind: 'press', copyOf: 'blog' }
  };

  it('reject a missing or unknown kind', () => {
    expect(badKinds({ ...fixture, a: {}, b: { kind: 'news' } })).toEqual(['a', 'b']);
    expect(badKinds(fixture)).toEqual([]);
  });

  it('reject a copy of nothing, of itself, or of another copy', () => {
    const bad = {
      ...fixture,
      orphan: { kind: 'secondary', copyOf: 'gone' },
      self: { kind: 'secondary', copyOf: 'self' },
      chain: { kind: 'secondary', copyOf: 'mirror' }
    };
    expect(badCopies(bad)).toEqual(['orphan', 'self', 'chain']);
    expect(badCopies(fixture)).toEqual([]);
  });

  it('read a copy as its original, so a text and its copy count once', () => {
    // A copy labelled press of a secondary text is still the secondary text.
    expect([...foldedKinds(['blog', 'pressMirror'], fixture)]).toEqual(['secondary']);
    expect([...foldedKinds(['filing', 'mirror'], fixture)].sort()).toEqual([
      'primary',
      'secondary'
    ]);
  });

  it('need a primary or press source, or a reason in soleSource, and no reason when not needed', () => {
    const claims: Claim[] = [
      { id: 'ok-primary', sources: ['filing'] },
      { id: 'ok-press', sources: ['blog', 'paper'] },
      { id: 'copy-only', sources: ['blog', 'pressMirror'] },
      { id: 'excused', sources: ['blog'], soleSource: 'Only a blog reports it.' },
      { id: 'empty-reason', sources: ['blog'], soleSource: ' ' },
      { id: 'needless', sources: ['paper'], soleSource: 'Only one report.' }
    ];
    expect(unsupportedClaims(claims, fixture)).toEqual([
      'copy-only: no primary or press source and no soleSource',
      'empty-reason: no primary or press source and no soleSource',
      'needless: soleSource but a press source'
    ]);
  });
});

describe('content/sources', () => {
  it('give every source a valid kind', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(40);
    expect(badKinds(sources)).toEqual([]);
  });

  it('name, for every copy, an original that exists and is not itself a copy', () => {
    expect(badCopies(sources)).toEqual([]);
  });

  it('mark the CoinCentral/Parameter pair as one text', () => {
    expect(sources['parameter-convertible']?.copyOf).toBe('coincentral-convertible');
  });
});

describe('facts and timeline events', () => {
  it('each rest on a primary or press source, or say in soleSource why not', () => {
    const claims: Claim[] = [
      ...Object.entries(facts).map(([id, f]) => ({ id: `fact ${id}`, ...f })),
      ...events.map((e) => ({ ...e, id: `event ${e.id}` }))
    ];
    expect(unsupportedClaims(claims, sources)).toEqual([]);
  });

  it('prefer the company’s own release for its quarter and the Fed’s statement for its cut', () => {
    const kinds = (id: string) => [...foldedKinds(facts[id]?.sources ?? [], sources)];
    for (const id of ['q3-interest', 'q3-interest-2024', 'q3-net-loss'])
      expect(kinds(id), id).toEqual(['primary']);
    for (const id of ['notes-rate-recent', 'convertible-size', 'fed-2025-12', 'debt-2025-06'])
      expect(kinds(id), id).toContain('primary');
  });
});

/** Every id the content cites, with where. */
function citedIds(): { where: string; id: string }[] {
  const out: { where: string; id: string }[] = [];
  const add = (where: string, ids: readonly string[]) =>
    ids.forEach((id) => out.push({ where, id }));
  for (const [id, f] of Object.entries(facts)) add(`fact ${id}`, f.sources);
  for (const e of events) add(`event ${e.id}`, e.sources);
  for (const [id, s] of Object.entries(sources)) if (s.copyOf) add(`copy ${id}`, [s.copyOf]);
  for (const lang of LANGS) {
    for (const { where, text } of allTexts(lang)) add(`${lang} ${where}`, inlineRefs(text).cites);
  }
  for (const [lang, model] of [
    ['en', modelEn],
    ['ar', modelAr]
  ] as const) {
    model.methodology.sections.forEach((s) => add(`${lang} methodology ${s.id}`, s.sources));
  }
  for (const [id, d] of Object.entries(defaults)) add(`default ${id}`, d.sources);
  for (const [id, p] of Object.entries(presets)) {
    for (const [input, c] of Object.entries(p.changes as Record<string, { sources: string[] }>))
      add(`preset ${id}.${input}`, c.sources);
  }
  for (const s of SLIDERS)
    add(
      `slider ${s.id}`,
      s.marks.map((m) => m.source)
    );
  add('notes en', Object.keys(notesEn));
  add('notes ar', Object.keys(notesAr));
  return out;
}

describe('cited ids', () => {
  it('all exist: facts, events, copies, story, glossary, timeline, model texts, presets, defaults, marks, notes', () => {
    const cited = citedIds();
    expect(cited.length).toBeGreaterThan(100);
    expect(cited.filter(({ id }) => !(id in sources)).map((c) => `${c.where}: ${c.id}`)).toEqual(
      []
    );
  });
});
