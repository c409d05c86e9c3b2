/** Checks that matter once the glossary is large (src/core/glossary/scale-checks.ts). */
import { describe, expect, it } from 'vitest';
import { checkCopiedDescriptions, checkLists } from '../../../src/core/glossary/scale-checks.ts';
import type { GlossaryEntry, GlossaryList } from '../../../src/core/glossary/types.ts';
import { englishProblem } from '../../../src/cli/english.ts';

const entry = (id: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ id, type: 'place', names: { fr: id, en: id }, descriptions: { fr: `fr ${id}`, en: `en ${id}` }, source: 'test', ...extra });
const provinces: GlossaryList = { id: 'nk-provinces', names: { fr: 'Provinces', en: 'Provinces' }, expected: 2, source: 'test list' };

describe('checkLists', () => {
  it('a list holds the members its source counts', () => {
    expect(checkLists([entry('a', { lists: ['nk-provinces'] }), entry('b', { lists: ['nk-provinces'] })], [provinces])).toEqual([]);
    expect(checkLists([entry('a', { lists: ['nk-provinces'] })], [provinces]).map(englishProblem)).toEqual(['has 1 of the 2 members its source lists (test list)']);
  });
  it('an entry cannot name a list that does not exist', () => {
    expect(checkLists([entry('a', { lists: ['nk-rivers'] })], []).map((p) => `${p.entryId} ${p.field}: ${englishProblem(p)}`)).toEqual(['a lists[0]: names no list (“nk-rivers”)']);
  });
});

describe('checkCopiedDescriptions', () => {
  it('no description copied from one entry to another', () => {
    const a = entry('a');
    const b = entry('b', { descriptions: { fr: 'FR A', en: 'en b' } });
    expect(checkCopiedDescriptions([entry('a', { descriptions: { fr: 'fr a', en: 'x' } }), b])).toEqual([expect.objectContaining({ entryId: 'b', field: 'descriptions.fr' })]);
    expect(checkCopiedDescriptions([a, entry('c')])).toEqual([]);
  });
});
