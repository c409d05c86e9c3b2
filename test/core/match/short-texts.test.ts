/**
 * Short texts and headlines (issue 19), with the built-in glossary: a surname after a title, a
 * pair of our names, a bare « Kim » with nothing before it; and what must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher } from '../../../src/core/match/index.ts';
import { titleBefore } from '../../../src/core/match/rules/unknown-names.ts';

const matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
const found = (text: string, lang: 'fr' | 'en' = 'fr'): string[] => matcher.findMentions(text, { lang }).map((m) => `${m.surface}=${m.entry}`);

describe('short texts', () => {
  it('a surname after a title names the person, even alone in a headline', () => {
    expect(found('Pour le ministre Belooussov, la manœuvre a réussi.')).toEqual(['Belooussov=andrei-belousov']);
    expect(found('President Putin arrives', 'en')).toEqual(['Putin=vladimir-putin']);
  });
  it('a pair of our names says what each is about; a bare Kim is the leader of the day', () => {
    expect(found('Le duo Kim-Poutine inquiète Washington.')).toEqual(['Kim=kim-jong-un', 'Poutine=vladimir-putin', 'Washington=washington']);
  });
  it('stays quiet where nothing says the text is about our subjects', () => {
    expect(found('Poutine au fromage : la recette.')).toEqual([]);
    expect(found('Le président Kim a parlé.')).toEqual([]);
  });
  it('titleBefore reads the word right before, with its full stop', () => {
    expect(titleBefore('M. Poutine', 3)).toBe(true);
    expect(titleBefore('le ministre Belooussov', 12)).toBe(true);
    expect(titleBefore('le cuisinier Poutine', 13)).toBe(false);
  });
});
