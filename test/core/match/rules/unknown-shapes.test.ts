/**
 * Rules: Korean- and Russian-shaped names without an entry (src/core/match/rules/unknown-shapes.ts),
 * through the matcher with the small test glossary (which knows Kim Jong-un, Poutine, Peskov…).
 */
import { describe, expect, it } from 'vitest';
import { compileMatchTable, createMatcher, type Mention } from '../../../../src/core/match/index.ts';
import { mayEndRussianSurname, unknownNameAt } from '../../../../src/core/match/rules/unknown-shapes.ts';
import { FIXTURE } from '../fixture.ts';
import { buildStructures } from '../../../../src/core/match/structures.ts';
import { guessOriginal } from '../../../../src/core/unknown/index.ts';

const matcher = createMatcher(compileMatchTable(FIXTURE));
const unknown = (text: string, lang: 'fr' | 'en' = 'fr'): string[] =>
  matcher
    .findMentions(text, { lang, unknownNames: true, guessScript: guessOriginal })
    .filter((m: Mention) => m.unknown)
    .map((m) => `${m.surface}=${m.unknown!.origin}:${m.unknown!.original}`);

describe('Korean names without an entry', () => {
  it.each([
    ['Le vice-ministre Ri Thae Song a parlé.', 'Ri Thae Song=ko:리태성'], // DPRK spacing
    ['Selon Pak Myong-chol, rien ne change.', 'Pak Myong-chol=ko:박명철'], // MR-like, hyphenated
    ['Le défenseur Kim Min-jae est blessé.', 'Kim Min-jae=ko:김민재'],
    ['Choe Kang Il, vice-ministre', 'Choe Kang Il=ko:최강일'],
    ['The player Lee Sedol retired.', 'Lee Sedol=ko:이세돌'], // joined given name
    ['Ms. Jung Eun-kyung spoke.', 'Jung Eun-kyung=ko:정은경'],
    ['La députée Seo Young-kyo a dit', 'Seo Young-kyo=ko:서영교'],
    ['The defender Min-jae Kim scored.', 'Min-jae Kim=ko:김민재'], // Western order
    ['KIM Yong-chol, a dit', 'KIM Yong-chol=ko:김영철'], // a surname in capitals
  ])('%s', (text, found) => {
    expect(unknown(text)).toEqual([found]);
  });

  it('a known name is its entry, not an unknown one', () => {
    const ms = matcher.findMentions('Kim Jong-un a vu Kim Yo-jong.', { lang: 'fr', unknownNames: true, guessScript: guessOriginal });
    expect(ms.map((m) => m.entry)).toEqual(['kim-jong-un', 'kim-yo-jong']);
  });

  it('gives alternatives where another syllable fits', () => {
    const [m] = matcher.findMentions('Jo Yong Ho a dit', { lang: 'fr', unknownNames: true, guessScript: guessOriginal });
    expect(m?.unknown?.alternatives).toContain('조용호');
  });

  it.each([
    ['Le ministre chinois Wang Yi est venu.'], // Chinese: Wang is left out
    ['Le président Xi Jinping et Li Qiang'], // pinyin syllables are not Hangul
    ['Ho Chi Minh-Ville et Pham Minh Chinh'], // Vietnamese
    ['Le Premier ministre Shinzo Abe et Fumio Kishida'], // Japanese
    ['Kim Kardashian a publié une photo.'],
    ['au stade de Park Avenue'],
    ['Le chanteur Son Lux et Moon Landing'],
    ['Kim Jong a dit'], // a name cut short: one syllable
  ])('not: %s', (text) => {
    expect(unknown(text)).toEqual([]);
  });

  it('a later bare surname is that person, not an entry', () => {
    const ms = matcher.findMentions('Kim Jong-un a parlé. Le défenseur Kim Min-jae a joué. Kim a marqué.', { lang: 'fr', unknownNames: true, guessScript: guessOriginal });
    expect(ms.map((m) => m.entry || m.surface)).toEqual(['kim-jong-un', 'Kim Min-jae']);
  });
});

describe('Russian names without an entry', () => {
  it.each([
    ['Selon Sergueï Ivanovitch Petrov, la guerre', 'Sergueï Ivanovitch Petrov=ru:Сергей Иванович Петров'], // patronymic
    ['Le général Markov a démissionné.', 'Markov=ru:Марков'], // title
    ['Mr. Sobolev said', 'Sobolev=ru:Соболев'],
    ['Le colonel Andreï Tchernov a été tué.', 'Andreï Tchernov=ru:Андрей Чернов'],
    ['The officer Dmitry Kuzmin was captured.', 'Dmitry Kuzmin=ru:Дмитрий Кузмин'],
    ['La journaliste Anna Politkovskaïa', 'Anna Politkovskaïa=ru:Анна Политковская'],
    ['Nikolaï Rimski-Korsakov', 'Nikolaï Rimski-Korsakov=ru:Николай Римский-Корсаков'], // hyphenated surname
    ['Yevgeny Surovtsev said', 'Yevgeny Surovtsev=ru:Евгений Суровцев'],
  ])('%s', (text, found, lang: 'fr' | 'en' = /said|was/.test(text) ? 'en' : 'fr') => {
    expect(unknown(text, lang)).toEqual([found]);
  });

  it('a name the glossary knows is its entry', () => {
    expect(matcher.findMentions('Dmitri Peskov a dit', { lang: 'fr', unknownNames: true, guessScript: guessOriginal }).map((m) => m.entry)).toEqual(['dmitry-peskov']);
  });

  it.each([
    ['Roman Polanski a tourné un film.'], // Polish: a shared given name wants a Russian ending
    ['Anna Lewandowska et Piotr Kowalski'], // Polish letters
    ['Ivan Perišić et Ivan Rakitić ont marqué.'], // Croatian
    ['Le Premier ministre Janez Janša'], // Slovenian
    ['Boris Johnson et Maria Callas'],
    ['M. Martin et Mme Racine'], // French surnames after a title
    ['le modèle Ivanov est une marque'], // no title before
    ['Sergueï et Andreï sont venus'],
  ])('not: %s', (text) => {
    expect(unknown(text)).toEqual([]);
  });
});

describe('the rule reads a bounded slice', () => {
  it('finds a name at the end of a long line and nothing in a long run of capitals', () => {
    const line = 'x '.repeat(50_000) + 'Kim Min-jae';
    expect(unknownNameAt(buildStructures(compileMatchTable(FIXTURE)).shapes, line, line.length - 11, line.length - 8)?.origin).toBe('ko');
  });
  it('the hot loop stops at Russian endings only', () => {
    expect(mayEndRussianSurname('v'.charCodeAt(0), 'o'.charCodeAt(0))).toBe(true);
    expect(mayEndRussianSurname('s'.charCodeAt(0), 'i'.charCodeAt(0))).toBe(false);
  });
});

describe('Korean given names written first in one word', () => {
  it('a byline names them (Hyunsu Yim, Inbee Park)', () => {
    expect(unknown('Reportage de Hyunsu Yim et Inbee Park.')).toEqual(['Hyunsu Yim=ko:임현수', 'Inbee Park=ko:박인비']);
  });
  it('not English given names that read as Korean syllables, nor a vowel-initial second syllable', () => {
    expect(unknown('Selon Jason Kim et Jean Lee, rien.')).toEqual([]);
  });
});

describe('without a script guesser (the content script)', () => {
  it('finds the name and leaves its script to be guessed later', () => {
    const [m] = matcher.findMentions('Le vice-ministre Ri Thae Song a parlé.', { lang: 'fr', unknownNames: true });
    expect(m).toMatchObject({ surface: 'Ri Thae Song', entry: '', unknown: { origin: 'ko', original: '' } });
  });
});

describe('the shape data comes with the match table', () => {
  it('a table without it finds no unknown name', () => {
    const { shapes: _, ...bare } = compileMatchTable(FIXTURE);
    const old = createMatcher(bare);
    expect(old.findMentions('Le vice-ministre Ri Thae Song a parlé.', { lang: 'fr', unknownNames: true })).toEqual([]);
  });
});
