/** Rule: a role phrase stands for the holder of the page's date (src/core/match/rules/offices.ts), end to end through the matcher. */
import { describe, expect, it } from 'vitest';
import { compileMatchTable, createMatcher } from '../../../../src/core/match/index.ts';
import { isDeputyRole, isGenericRole, isPastRole } from '../../../../src/core/match/rules/offices.ts';
import type { GlossaryEntry } from '../../../../src/core/glossary/types.ts';

const person = (id: string, name: string, roles: GlossaryEntry['roles']): GlossaryEntry => ({ id, type: 'person', names: { fr: name, en: name }, roles, descriptions: { fr: 'x', en: 'x' }, source: 'test' });
const GLOSSARY: GlossaryEntry[] = [
  { id: 'russia', type: 'place', names: { fr: 'Russie', en: 'Russia' }, offices: [{ id: 'defence-minister', names: { fr: 'ministre de la Défense', en: 'Defence Minister' }, aliases: [{ text: 'ministre russe de la Défense', lang: 'fr' }, { text: 'Russian Defence Minister', lang: 'en' }] }], descriptions: { fr: 'x', en: 'x' }, source: 'test' },
  person('sergei-shoigu', 'Sergueï Choïgou', [{ role: 'defence-minister', of: 'russia', from: '2012-11-06', to: '2024-05-14' }]),
  person('andrei-belousov', 'Andreï Belooussov', [{ role: 'defence-minister', of: 'russia', from: '2024-05-14' }]),
];
const matcher = createMatcher(compileMatchTable(GLOSSARY));
const linked = (text: string, date?: string, lang: 'fr' | 'en' = 'fr'): string[] => matcher.findMentions(text, { lang, ...(date ? { date } : {}) }).map((m) => m.entry);

describe('role phrases', () => {
  it('stand for the holder of the page’s date, today’s without one', () => {
    expect(linked('Le ministre russe de la Défense est arrivé à Pyongyang.', '2023-07-26')).toEqual(['sergei-shoigu']);
    expect(linked('Le ministre russe de la Défense est arrivé à Pyongyang.', '2025-06')).toEqual(['andrei-belousov']);
    expect(linked('Le ministre russe de la Défense est arrivé.')).toEqual(['andrei-belousov']);
  });
  it('a role in the past is never today’s holder', () => {
    expect(linked("L'ancien ministre russe de la Défense est arrivé.")).toEqual(['sergei-shoigu']);
    expect(linked('The former Russian Defence Minister arrived.', undefined, 'en')).toEqual(['sergei-shoigu']);
    expect(linked("L'ex-ministre russe de la Défense est arrivé.", '2023')).toEqual([]);
  });
  it('a deputy’s title is another office: nobody’s', () => {
    expect(linked('Le vice-ministre russe de la Défense est arrivé.')).toEqual([]);
    expect(linked('The deputy Russian Defence Minister arrived.', undefined, 'en')).toEqual([]);
    expect(linked('Le sous - ministre russe de la Défense est arrivé.')).toEqual([]);
    expect(isDeputyRole('le vice-président de Samsung', 'le vice-'.length)).toBe(true);
    expect(isDeputyRole('le vice président de Samsung', 'le vice '.length)).toBe(true);
    expect(isDeputyRole('le service de presse', 'le service '.length)).toBe(false);
    expect(linked('Le ministre russe de la Défense est arrivé.')).toEqual(['andrei-belousov']);
  });
  it('a role named in general is nobody in particular', () => {
    expect(linked("C'est la première fois qu'un ministre russe de la Défense vient ici.")).toEqual([]);
    expect(linked('Il a été nommé au poste de ministre russe de la Défense.')).toEqual([]);
  });
  it('reads its markers just before the phrase', () => {
    expect(isPastRole("l'ancien ministre", 9)).toBe(true);
    expect(isPastRole('then-Defense Minister', 5)).toBe(true);
    expect(isPastRole('le ministre', 3)).toBe(false);
    expect(isGenericRole("qu'un ministre", 6)).toBe(true);
  });
});

describe('a role of a time the text does not date', () => {
  it('« de l’époque », "at the time" after the phrase: nobody we can name', () => {
    expect(linked("Il a rencontré le ministre russe de la Défense de l'époque.")).toEqual([]);
    expect(linked('He met the Russian Defence Minister at the time.', undefined, 'en')).toEqual([]);
  });
});
