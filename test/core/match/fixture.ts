/**
 * A small glossary written for the matcher tests: each entry exercises one behaviour
 * (short forms, descriptions, acronyms, context rules, nesting, misspellings).
 */
import type { GlossaryEntry } from '../../../src/core/glossary/types.ts';

const d = (fr: string, en: string) => ({ fr, en });
const SRC = 'test fixture';

export const FIXTURE: GlossaryEntry[] = [
  {
    id: 'kim-jong-un', type: 'person', names: d('Kim Jong-un', 'Kim Jong Un'), script: { lang: 'ko', text: '김정은', kind: 'name' },
    press: { fr: 'Kim Jong-un', en: 'Kim Jong Un' }, short: ['Kim'],
    aliases: [{ text: 'dirigeant nord-coréen', lang: 'fr' }, { text: 'North Korean leader', lang: 'en' }],
    descriptions: d('Dirigeant de la Corée du Nord.', 'Leader of North Korea.'), source: SRC,
  },
  { id: 'kim-yo-jong', type: 'person', names: d('Kim Yo-jong', 'Kim Yo Jong'), script: { lang: 'ko', text: '김여정', kind: 'name' }, short: ['Kim'], descriptions: d('Sœur.', 'Sister.'), source: SRC },
  { id: 'kim-jong-il', type: 'person', names: d('Kim Jong-il', 'Kim Jong Il'), script: { lang: 'ko', text: '김정일', kind: 'name' }, short: ['Kim'], descriptions: d('Père.', 'Father.'), source: SRC },
  { id: 'kim-il-sung', type: 'person', names: d('Kim Il-sung', 'Kim Il Sung'), script: { lang: 'ko', text: '김일성', kind: 'name' }, short: ['Kim'], descriptions: d('Fondateur.', 'Founder.'), source: SRC },
  { id: 'kim-il-sung-square', type: 'place', names: d('place Kim Il-sung', 'Kim Il Sung Square'), descriptions: d('Place de Pyongyang.', 'Square in Pyongyang.'), source: SRC },
  {
    id: 'vladimir-putin', type: 'person', names: d('Vladimir Poutine', 'Vladimir Putin'), script: { lang: 'ru', text: 'Владимир Путин', kind: 'name' },
    short: ['Poutine', 'Putin'], aliases: [{ text: 'locataire du Kremlin', lang: 'fr' }], descriptions: d('Président russe.', 'Russian president.'), source: SRC,
  },
  { id: 'dmitry-peskov', type: 'person', names: d('Dmitri Peskov', 'Dmitry Peskov'), script: { lang: 'ru', text: 'Дмитрий Песков', kind: 'name' }, short: ['Peskov'], aliases: [{ text: 'porte-parole du Kremlin', lang: 'fr' }], descriptions: d('Porte-parole.', 'Spokesman.'), source: SRC },
  { id: 'kremlin', type: 'place', names: d('Kremlin', 'Kremlin'), script: { lang: 'ru', text: 'Кремль' }, descriptions: d('Siège de la présidence.', 'Seat of the presidency.'), source: SRC },
  { id: 'kcna', type: 'media', names: d('KCNA', 'KCNA'), spellings: ['Korean Central News Agency'], aliases: [{ text: 'agence de presse nord-coréenne', lang: 'fr' }, { text: "agence de presse d'État de la Corée du Nord", lang: 'fr' }], descriptions: d('Agence.', 'Agency.'), source: SRC },
  { id: 'united-nations', type: 'organisation', names: d('Organisation des Nations unies', 'United Nations'), spellings: ['ONU', 'UN'], descriptions: d('Organisation.', 'Organisation.'), source: SRC },
  { id: 'united-states', type: 'place', names: d('États-Unis', 'United States'), descriptions: d('Pays.', 'Country.'), source: SRC },
  { id: 'vladivostok', type: 'place', names: d('Vladivostok', 'Vladivostok'), script: { lang: 'ru', text: 'Владивосток' }, descriptions: d('Ville.', 'City.'), source: SRC },
  { id: 'aurus', type: 'brand', names: d('Aurus', 'Aurus'), script: { lang: 'ru', text: 'Аурус' }, descriptions: d('Marque.', 'Brand.'), source: SRC },
  { id: 'aurus-senat', type: 'brand', names: d('Aurus Senat', 'Aurus Senat'), misspellings: ['Anrus Senat'], descriptions: d('Limousine.', 'Limousine.'), source: SRC },
  { id: 'maybach', type: 'brand', names: d('Maybach', 'Maybach'), descriptions: d('Marque.', 'Brand.'), source: SRC },
  { id: 'mercedes-maybach-s600-pullman-guard', type: 'brand', names: d('Mercedes-Maybach S600 Pullman Guard', 'Mercedes-Maybach S600 Pullman Guard'), descriptions: d('Limousine.', 'Limousine.'), source: SRC },
  {
    id: 'amur-river', type: 'place', names: d('Amour', 'Amur'), script: { lang: 'ru', text: 'Амур' }, descriptions: d('Fleuve.', 'River.'), source: SRC,
    context: [{ spellings: ['Amour'], near: ['fleuve', 'rive', 'river', 'bassin'] }],
  },
  {
    id: 'sputnik-agency', type: 'media', names: d('Sputnik', 'Sputnik'), descriptions: d('Agence.', 'Agency.'), source: SRC,
    context: [{ spellings: ['Sputnik'], caseSensitive: true, notNear: ['satellite', 'orbite', 'orbit', 'spatial'] }],
  },
  { id: 'napoleon-iii', type: 'person', names: d('Napoléon III', 'Napoleon III'), descriptions: d('Empereur.', 'Emperor.'), source: SRC },
  { id: 'operation', type: 'term', names: d('opération militaire spéciale', 'special military operation'), descriptions: d('Terme.', 'Term.'), source: SRC },
];
