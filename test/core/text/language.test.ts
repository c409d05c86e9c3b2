import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/text/language.ts';

const FR = "Le dirigeant nord-coréen a reçu mardi une voiture offerte par le président russe, selon l'agence officielle, qui évoque une amitié renforcée entre les deux pays.";
const EN = 'The North Korean leader received a car on Tuesday as a gift from the Russian president, the official agency said, citing stronger ties between the two countries.';
const DE = 'Der nordkoreanische Machthaber hat am Dienstag ein Auto als Geschenk des russischen Präsidenten erhalten, meldete die staatliche Nachrichtenagentur des Landes.';

describe('detectLanguage', () => {
  it('reads French and English without a declaration', () => {
    expect(detectLanguage(FR)).toBe('fr');
    expect(detectLanguage(EN)).toBe('en');
  });
  it('other languages are "other"', () => {
    expect(detectLanguage(DE)).toBe('other');
    expect(detectLanguage(DE, 'de')).toBe('other');
  });
  it('keeps a declaration the text does not contradict, overrules a wrong one', () => {
    expect(detectLanguage('Kim Jong-un', 'fr')).toBe('fr');
    expect(detectLanguage(EN, 'fr')).toBe('en');
    expect(detectLanguage(FR, 'en-GB')).toBe('fr');
  });
  it('too little text and no declaration: other', () => {
    expect(detectLanguage('Kim')).toBe('other');
  });
});

describe('short texts: headlines, captions, one-line posts (issue 19)', () => {
  it('French or English function words decide where franc cannot', () => {
    expect(detectLanguage('Le duo Kim-Poutine inquiète Washington.')).toBe('fr');
    expect(detectLanguage('la ligne Séoul-Tokyo')).toBe('fr');
    expect(detectLanguage('Kim meets Putin in Pyongyang')).toBe('en');
    expect(detectLanguage('Shoigu told Kim the treaty would hold.')).toBe('en');
  });
  it('function words outweigh franc on a short sentence made mostly of names', () => {
    expect(detectLanguage('Le général Sergueï Ivanovitch Petrov a rencontré Ri Thae-song à Pyongyang.')).toBe('fr');
    expect(detectLanguage('Kim Jong Un met Putin in Vostochny on Wednesday, the agency said.')).toBe('en');
  });
  it('a short text in another language, or with too few signs, is not taken for French or English', () => {
    expect(detectLanguage('Der Kanzler trifft Putin in Berlin')).toBe('other');
    expect(detectLanguage('Il presidente incontra Putin a Roma')).toBe('other');
    expect(detectLanguage('Le duo Kim-Poutine inquiète Washington.', 'de')).toBe('other');
  });
});
