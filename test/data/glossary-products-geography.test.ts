/**
 * Korean products and geography, Russian energy and music entries (issues 24 and 25): model
 * names that are also towns, words or clubs count only beside their maker, bare acronyms only
 * in their field. Sentences are invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES, GLOSSARY_LISTS } from '../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher } from '../../src/core/match/index.ts';

const matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
const found = (text: string, lang: 'fr' | 'en' = 'fr'): string[] => matcher.findMentions(text, { lang }).map((m) => `${text.slice(m.start, m.end)}=${m.entry}`);

describe('Korean products', () => {
  it('car model names that are towns or words count only beside Hyundai or Kia', () => {
    expect(found('Il a pris le train de Tucson à Santa Fe.', 'fr')).toEqual([]);
    expect(found('She flew from Tucson to Santa Fe for the opera, a sonata by Liszt.', 'en')).toEqual([]);
    expect(found('Hyundai a vendu plus de Tucson que de Santa Fe cette année.')).toEqual(expect.arrayContaining(['Tucson=hyundai-tucson', 'Santa Fe=hyundai-santa-fe']));
    expect(found('Kia will build the Sportage and the EV9 in Georgia.', 'en')).toEqual(expect.arrayContaining(['Sportage=kia-sportage', 'EV9=kia-ev9']));
  });
  it('a Galaxy is a Samsung phone only next to Samsung or phones', () => {
    expect(found('The LA Galaxy won the match on Sunday.', 'en')).not.toContain('Galaxy=samsung-galaxy');
    expect(found('Samsung a présenté ses nouveaux smartphones Galaxy.')).toContain('Galaxy=samsung-galaxy');
    expect(found('Le Galaxy Z Fold 7 sort en juillet.')).toContain('Galaxy Z Fold 7=galaxy-z-fold');
  });
});

describe('Korean seas, rivers and islands', () => {
  it('NLL counts only in a Korean context, the spelled-out line always', () => {
    expect(found('Le rapport NLL de la commission est paru.')).toEqual([]);
    expect(found('Des navires nord-coréens ont franchi la NLL près de Yeonpyeong.')).toContain('NLL=northern-limit-line');
    expect(found('The Northern Limit Line was drawn in 1953.', 'en')).toContain('Northern Limit Line=northern-limit-line');
  });
  it('the Liancourt Rocks are Dokdo', () => {
    expect(found('The Liancourt Rocks are claimed by Japan.', 'en')).toContain('Liancourt Rocks=dokdo');
  });
});

describe('Russian energy and music', () => {
  it('Druzhba is the pipeline only near oil words, ESPO and CPC likewise', () => {
    expect(found('Le stade Droujba de Moscou accueille le match.')).toEqual(['Moscou=moscow']);
    expect(found("Une frappe a touché l'oléoduc Droujba qui alimente la Hongrie.")).toContain('oléoduc Droujba=druzhba-pipeline');
    expect(found('The ESPO crude price rose as China bought more.', 'en')).toContain('ESPO crude=espo-pipeline');
    expect(found('Le CPC du joueur est bon.')).toEqual([]);
  });
  it('the Urals blend is not the mountains', () => {
    expect(found('Le prix du brut Urals est passé sous le plafond du G7.')).toContain('brut Urals=urals-oil');
    expect(found("Les usines de l'Oural tournent à plein.")).toContain('Oural=urals');
  });
  it('the Saint Petersburg Philharmonic under its Soviet name', () => {
    expect(found('The Leningrad Philharmonic toured in 1956.', 'en')).toContain('Leningrad Philharmonic=saint-petersburg-philharmonic');
  });
});

describe('the lists of the products and geography file', () => {
  it('every list holds as many members as its source says', () => {
    for (const id of ['korea-products', 'korea-seas-rivers', 'ru-energy', 'ru-music']) {
      const list = GLOSSARY_LISTS.find((l) => l.id === id);
      expect(list, id).toBeDefined();
      expect(BUILTIN_ENTRIES.filter((e) => e.lists?.includes(id)).length, id).toBe(list!.expected);
    }
  });
});
