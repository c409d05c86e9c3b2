/** A spelling shared with the short form of an entry the page named in full stands for that one (session.ts, preferNamedShort). */
import { describe, expect, it } from 'vitest';
import { compileMatchTable, createMatcher } from '../../../../src/core/match/index.ts';
import type { GlossaryEntry } from '../../../../src/core/glossary/types.ts';

const d = { fr: 'x', en: 'x' };
const GLOSSARY: GlossaryEntry[] = [
  { id: 'un-security-council', type: 'organisation', names: { fr: "Conseil de sécurité de l'ONU", en: 'UN Security Council' }, spellings: ['Conseil de sécurité'], descriptions: d, source: 'test' },
  { id: 'security-council-of-russia', type: 'organisation', names: { fr: 'Conseil de sécurité russe', en: 'Russian Security Council' }, short: ['Conseil de sécurité'], descriptions: d, source: 'test' },
];
const matcher = createMatcher(compileMatchTable(GLOSSARY));
const entries = (text: string): string[] => matcher.findMentions(text, { lang: 'fr' }).map((m) => m.entry);

describe('a shared spelling on a page that named one of its entries in full', () => {
  it('is the entry named', () => {
    expect(entries('Le Conseil de sécurité russe s’est réuni. Le Conseil de sécurité a ensuite publié un texte.')).toEqual(['security-council-of-russia', 'security-council-of-russia']);
  });
  it('is the entry its spelling names otherwise', () => {
    expect(entries('Le Conseil de sécurité a voté une résolution.')).toEqual(['un-security-council']);
    expect(entries("Le Conseil de sécurité de l'ONU puis le Conseil de sécurité russe. Le Conseil de sécurité a voté.")).toEqual(['un-security-council', 'security-council-of-russia', 'un-security-council']);
  });
});

describe('a group’s name that is also its flagship’s short name', () => {
  const G: GlossaryEntry[] = [
    { id: 'samsung', type: 'organisation', names: { fr: 'groupe Samsung', en: 'Samsung Group' }, spellings: ['Samsung'], descriptions: d, source: 'test' },
    { id: 'samsung-electronics', type: 'brand', names: { fr: 'Samsung Electronics', en: 'Samsung Electronics' }, short: ['Samsung'], descriptions: d, source: 'test' },
  ];
  const m = createMatcher(compileMatchTable(G));
  const ids = (text: string): string[] => m.findMentions(text, { lang: 'en' }).map((x) => x.entry);
  it('is the flagship once the article names it, even after a headline’s bare name', () => {
    expect(ids('Samsung bets on chips. Samsung Electronics said on Monday that Samsung would invest more.')).toEqual(['samsung', 'samsung-electronics', 'samsung-electronics']);
  });
  it('is the group where the article names no flagship', () => {
    expect(ids('Samsung heir jailed. The Samsung heir was sentenced.')).toEqual(['samsung', 'samsung']);
  });
});
