/** A description holding another person's full name gives way to the name (src/core/match/table.ts). */
import { describe, expect, it } from 'vitest';
import { compileMatchTable, createMatcher } from '../../../src/core/match/index.ts';
import type { GlossaryEntry } from '../../../src/core/glossary/types.ts';

const d = { fr: 'x', en: 'x' };
const GLOSSARY: GlossaryEntry[] = [
  { id: 'kim-jong-un', type: 'person', names: { fr: 'Kim Jong-un', en: 'Kim Jong Un' }, descriptions: d, source: 't' },
  { id: 'kim-ju-ae', type: 'person', names: { fr: 'Kim Ju-ae', en: 'Kim Ju Ae' }, aliases: [{ text: 'fille de Kim Jong-un', lang: 'fr' }, { text: 'fille du dirigeant nord-coréen', lang: 'fr' }], descriptions: d, source: 't' },
  { id: 'north-korea', type: 'place', names: { fr: 'Corée du Nord', en: 'North Korea' }, descriptions: d, source: 't' },
  { id: 'kcna', type: 'media', names: { fr: 'KCNA', en: 'KCNA' }, aliases: [{ text: "agence de presse d'État de la Corée du Nord", lang: 'fr' }], descriptions: d, source: 't' },
];
const matcher = createMatcher(compileMatchTable(GLOSSARY));
const found = (text: string): string[] => matcher.findMentions(text, { lang: 'fr' }).map((m) => `${m.surface}=${m.entry}`);

describe('descriptions holding a name', () => {
  it('a person’s full name inside a description is the mention', () => {
    expect(found('Elle est présentée comme la fille de Kim Jong-un.')).toEqual(['Kim Jong-un=kim-jong-un']);
    expect(found('La fille du dirigeant nord-coréen était là.')).toEqual(['fille du dirigeant nord-coréen=kim-ju-ae']);
  });
  it('a place inside a description is part of it', () => {
    expect(found("Selon l'agence de presse d'État de la Corée du Nord, rien.")).toEqual(["agence de presse d'État de la Corée du Nord=kcna"]);
  });
});
