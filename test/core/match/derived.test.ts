/** Spellings derived from an entry's own names (src/core/match/derived.ts). */
import { describe, expect, it } from 'vitest';
import { derivedSpellings } from '../../../src/core/match/derived.ts';
import type { GlossaryEntry } from '../../../src/core/glossary/types.ts';

const person = (script: GlossaryEntry['script']): GlossaryEntry => ({ id: 'x', type: 'person', names: { fr: 'x', en: 'x' }, script, descriptions: { fr: 'x', en: 'x' }, source: 'test' });
const texts = (e: GlossaryEntry, forms: string[], kind: string): string[] => derivedSpellings(e, forms).filter((d) => d.kind === kind).map((d) => d.text);

describe('derivedSpellings', () => {
  const peskov = person({ lang: 'ru', text: 'Дмитрий Песков', kind: 'name' });
  it('a Russian name recombines given names and surnames across systems', () => {
    const v = texts(peskov, ['Dmitri Peskov', 'Dmitry Peskov', 'Dmitriy Peskov', 'Dmitri Peskow', 'Дмитрий Песков'], 'variant');
    expect(v).toContain('Dmitriy Peskow');
    expect(v).toContain('Dmitry Peskoff');
    expect(v.some((t) => /[а-я]/.test(t))).toBe(false);
  });
  it('every surname so spelt is a short form, with the older -off', () => {
    expect(texts(peskov, ['Dmitri Peskov', 'Dmitri Peskow'], 'short')).toEqual(['Peskov', 'Peskow', 'Peskoff']);
  });
  it('names of three words (with a patronymic) are left alone', () => {
    expect(derivedSpellings(peskov, ['Dmitri Sergueïevitch Peskov'])).toEqual([]);
  });
  it('a Korean name with Il is also written with II', () => {
    const kim = person({ lang: 'ko', text: '김일성', kind: 'name' });
    expect(texts(kim, ['Kim Il-sung', 'Kim Il Sung', 'Kim Ilsung'], 'variant')).toEqual(['Kim II-sung', 'Kim II Sung', 'Il-sung Kim']);
  });
  it('a Korean name with a hyphenated given name is also written given name first', () => {
    const bong = person({ lang: 'ko', text: '봉준호', kind: 'name' });
    expect(texts(bong, ['Bong Joon-ho', 'Bong Joon Ho', 'Bong Joonho'], 'variant')).toEqual(['Joon-ho Bong']);
  });
  it('nothing for places, organisations, or names without an original script', () => {
    expect(derivedSpellings({ ...peskov, type: 'place' }, ['Dmitri Peskov'])).toEqual([]);
    expect(derivedSpellings(person(undefined), ['Dmitri Peskov'])).toEqual([]);
  });
});
