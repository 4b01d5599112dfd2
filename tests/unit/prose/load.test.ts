import { describe, expect, it } from 'vitest';
import { getContent, timelineFor } from '$lib/prose/load';
import { events, stories, timelineTexts } from './fixtures';

describe('getContent', () => {
  it.each(['en', 'ar'] as const)('returns the %s story, glossary and shared data', (lang) => {
    const content = getContent(lang);
    expect(content.lang).toBe(lang);
    expect(content.story).toBe(stories[lang]);
    expect(Object.keys(content.facts).length).toBeGreaterThan(0);
    expect(content.sources['seed-xstation5']?.publisher).toContain('xStation5');
  });

  it('pairs each timeline event, in file order, with its text in the asked language', () => {
    const ar = timelineFor('ar');
    expect(ar.map((e) => e.id)).toEqual(events.map((e) => e.id));
    for (const entry of ar) expect(entry.text).toBe(timelineTexts.ar[entry.id]);
    // The same event differs between languages, so the wrong file cannot pass unnoticed.
    const first = events[0]?.id ?? '';
    expect(timelineFor('en')[0]?.text).not.toBe(ar[0]?.text);
    expect(timelineFor('en')[0]?.text).toBe(timelineTexts.en[first]);
  });
});
