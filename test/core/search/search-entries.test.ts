import { describe, expect, it } from 'vitest';
import { searchEntries } from '../../../src/core/search/search-entries.ts';
import { FIXTURE } from '../match/fixture.ts';

describe('searching the glossary', () => {
  it('finds by any spelling, without accents or capitals', () => {
    expect(searchEntries(FIXTURE, 'poutine')[0]).toMatchObject({ id: 'vladimir-putin' });
    expect(searchEntries(FIXTURE, 'etats unis')[0]).toMatchObject({ id: 'united-states' });
    expect(searchEntries(FIXTURE, 'Путин')[0]).toMatchObject({ id: 'vladimir-putin' });
    expect(searchEntries(FIXTURE, '김정은')[0]).toMatchObject({ id: 'kim-jong-un' });
  });
  it('ranks exact names first, then prefixes', () => {
    const ids = searchEntries(FIXTURE, 'aurus').map((h) => h.id);
    expect(ids.slice(0, 2)).toEqual(['aurus', 'aurus-senat']);
    expect(searchEntries(FIXTURE, 'kim jong')[0]!.id).toMatch(/^kim-jong-/);
  });
  it('forgives one slip', () => {
    expect(searchEntries(FIXTURE, 'Vladivostock')[0]).toMatchObject({ id: 'vladivostok' });
  });
  it('returns nothing for an empty or unrelated query, and respects the limit', () => {
    expect(searchEntries(FIXTURE, '  ')).toEqual([]);
    expect(searchEntries(FIXTURE, 'zzzzqqq')).toEqual([]);
    expect(searchEntries(FIXTURE, 'kim', { limit: 2 })).toHaveLength(2);
  });
});
