/**
 * The Russian geography, culture and news-survey entries (issue 25): names that are also
 * first names, common words or other places only count in their context, and the heads of
 * the theatres and museums carry dated roles. Sentences are invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES, GLOSSARY_LISTS } from '../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher } from '../../src/core/match/index.ts';

const matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
const byId = new Map(BUILTIN_ENTRIES.map((e) => [e.id, e]));
const found = (text: string, lang: 'fr' | 'en' = 'fr'): string[] => matcher.findMentions(text, { lang }).map((m) => `${text.slice(m.start, m.end)}=${m.entry}`);

describe('Russian geography entries', () => {
  it('rivers named like first names or words need a river context', () => {
    expect(found('Lena et Léna sont parties en vacances avec Ob.')).toEqual([]);
    expect(found("Les eaux de l'Ob montent près de Novossibirsk.")).toContain('Ob=ob-river');
    expect(found('La Léna gèle chaque hiver en Iakoutie.')).toContain('Léna=lena-river');
  });
  it('the two Zheleznogorsks and Seversk are told apart by their region', () => {
    expect(found('Des drones ont visé Zheleznogorsk, dans la région de Koursk.')).toContain('Zheleznogorsk=zheleznogorsk-kursk');
    expect(found('Zheleznogorsk, ville fermée du kraï de Krasnoïarsk, produisait du plutonium.')).toContain('Zheleznogorsk=zheleznogorsk-krasnoyarsk');
    expect(found('Les forces russes avancent vers Seversk, dans le Donbass.')).toContain('Seversk=siversk');
    expect(found('La ville fermée de Seversk, près de Tomsk.')).toContain('Seversk=seversk');
  });
  it('an Ural truck is no mountain range', () => {
    expect(found('Un camion Oural a sauté sur une mine.')).toEqual([]);
    expect(found("Les usines de l'Oural tournent à plein.")).toContain('Oural=urals');
  });
});

describe('Russian culture entries', () => {
  it('a restaurant called Ermitage is not the museum, the museum in Saint Petersburg is', () => {
    expect(found("Nous avons dîné à l'Ermitage, rue de la Paix.")).toEqual([]);
    expect(found("L'Ermitage de Saint-Pétersbourg rouvre ses salles.")).toContain('Ermitage=hermitage-museum');
  });
  it('the singer Shaman needs a Russian context, the English word does not match', () => {
    expect(found('The shaman of the village sang.', 'en')).toEqual([]);
    expect(found('Le chanteur Shaman a chanté devant le Kremlin.')).toContain('Shaman=shaman-singer');
  });
  it('the role phrase « directeur du Bolchoï » stands for its holder of the day', () => {
    expect(byId.get('valery-gergiev')?.roles).toEqual(expect.arrayContaining([{ role: 'general-director', of: 'bolshoi-theatre', from: '2023-12' }]));
    expect(byId.get('vladimir-urin')?.roles).toEqual([{ role: 'general-director', of: 'bolshoi-theatre', from: '2013-07', to: '2023-12' }]);
    expect(found('Le directeur du Bolchoï a présenté la saison.')).toContain('directeur du Bolchoï=valery-gergiev');
  });
});

describe('news-survey entries', () => {
  it('a Ukrainian outlet named after RBC is its own entry, not the Russian RBC', () => {
    expect(found('Selon RBC-Ukraine, deux drones ont été abattus.', 'en')).toEqual(['RBC-Ukraine=rbc-ukraine']);
  });
  it('acronyms of the separatist republics only count near their region', () => {
    expect(found('La RPD a été proclamée à Donetsk en 2014.')).toContain('RPD=donetsk-peoples-republic');
    expect(found('Le dossier RPD du ministère est clos.')).toEqual([]);
  });
});

describe('the lists of issue 25 (culture and geography)', () => {
  it('every list holds as many members as its source says', () => {
    for (const id of ['ru-geography', 'ru-culture-institutions', 'ru-culture-people', 'ru-culture-classics', 'ru-ua-news-survey']) {
      const list = GLOSSARY_LISTS.find((l) => l.id === id);
      expect(list, id).toBeDefined();
      expect(BUILTIN_ENTRIES.filter((e) => e.lists?.includes(id)).length, id).toBe(list!.expected);
    }
  });
});
