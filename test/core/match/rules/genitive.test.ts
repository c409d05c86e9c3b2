/** Rule: a name in the genitive inside the apposition describing the name before it (src/core/match/rules/genitive.ts). */
import { describe, expect, it } from 'vitest';
import { isGenitiveAfter } from '../../../../src/core/match/rules/genitive.ts';
import { BUILTIN_ENTRIES } from '../../../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher } from '../../../../src/core/match/index.ts';

const at = (text: string, first: string, second: string): boolean => {
  const prevEnd = text.indexOf(first) + first.length;
  const start = text.indexOf(second, prevEnd);
  return isGenitiveAfter(text, prevEnd, start, start + second.length);
};

describe('isGenitiveAfter', () => {
  it('de / of before, or ’s after, in an apposition opened by a comma', () => {
    expect(at('Kim Yo-jong, la sœur cadette de Kim Jong-un, a dit', 'Kim Yo-jong', 'Kim Jong-un')).toBe(true);
    expect(at("Kim Yo Jong, leader Kim Jong Un's sister, said", 'Kim Yo Jong', 'Kim Jong Un')).toBe(true);
  });
  it('not a second subject, nor across a sentence', () => {
    expect(at('Kim Yo-jong et Kim Jong-un ont dit', 'Kim Yo-jong', 'Kim Jong-un')).toBe(false);
    expect(at('Kim Yo-jong a parlé. La sœur de Kim Jong-un', 'Kim Yo-jong', 'Kim Jong-un')).toBe(false);
  });
});

describe('through the matcher', () => {
  const matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
  const last = (text: string, lang: 'fr' | 'en'): string => matcher.findMentions(text, { lang }).at(-1)!.entry;
  it('a later « Kim » is the person described, not the one in the genitive', () => {
    expect(last("Citing Kim Yo Jong, North Korean leader Kim Jong Un's powerful sister. The balloons fell. Kim said it would stop.", 'en')).toBe('kim-yo-jong');
    expect(last('Kim Yo-jong, la sœur cadette de Kim Jong-un, a menacé Séoul. Kim a ajouté que rien ne changerait.', 'fr')).toBe('kim-yo-jong');
  });
  it('a one-word name followed by a hyphen and a number is a channel, not the place', () => {
    // The channel has an entry of its own now: the name with its number is it, never Russia.
    expect(matcher.findMentions('La chaîne Rossia-24 a montré Vladimir Poutine.', { lang: 'fr' }).map((m) => m.entry)).toEqual(['rossiya-24', 'vladimir-putin']);
    expect(matcher.findMentions('La chaîne Russie-7 a montré Vladimir Poutine.', { lang: 'fr' }).map((m) => m.entry)).toEqual(['vladimir-putin']);
  });
  it('a longer name refused by its context rule is someone else’s: no shorter name inside it', () => {
    const text = 'Kim Jong-un a reçu Vladimir Poutine. John Kirby, porte-parole du Conseil de sécurité nationale américain, a parlé.';
    expect(matcher.findMentions(text, { lang: 'fr' }).map((m) => m.entry)).toEqual(['kim-jong-un', 'vladimir-putin']);
  });
});
