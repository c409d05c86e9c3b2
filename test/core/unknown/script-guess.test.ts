/**
 * The script guess of unknown names: examples of each convention (glossary names, which the
 * fixed list leaves out), and the floor on the fixed list (scripts/score-script-guess.ts prints
 * the figures: 90.5% Korean, 91.6% Russian when written).
 */
import { describe, expect, it } from 'vitest';
import { guessOriginal } from '../../../src/core/unknown/index.ts';
import { KOREAN_SYLLABLES } from '../../../src/core/unknown/tables.ts';

const hangulReadings = (r: string): readonly string[] => KOREAN_SYLLABLES.readings(r);
const isKoreanSyllable = (r: string): boolean => KOREAN_SYLLABLES.isSyllable(r);
const splitSyllables = (w: string): string[] | null => KOREAN_SYLLABLES.split(w);
import { isFrenchSpelling } from '../../../src/core/unknown/cyrillic-guess.ts';
import { scoreScriptGuess } from './score.ts';

describe('Hangul from romanised syllables', () => {
  it.each([
    ['Ri Son-gwon', '리선권'], // DPRK surname, MR-like hyphenated given name
    ['Jo Yong Won', '조영원'], // spaced; Yong reads 영 first (조용원, his name, is the first alternative)
    ['Choe Son Hui', '최선희'],
    ['Pak Jong Chon', '박정천'],
    ['Kim Jong-un', '김정은'],
    ['Moon Jae-in', '문재인'],
    ['Lee Jae-myung', '이재명'],
    ['Ban Ki-moon', '반기문'],
    ['Park Chung-hee', '박정희'],
    ['Jung-hoon Lee', '이정훈'], // Western order
  ])('%s → %s', (name, hangul) => {
    expect(guessOriginal(name, 'ko', 'en')?.original).toBe(hangul);
  });

  it('gives the other readings as alternatives', () => {
    expect(guessOriginal('Jo Yong Won', 'ko', 'en')?.alternatives).toContain('조용원');
  });

  it('reads each system', () => {
    expect(hangulReadings('thae')[0]).toBe('태'); // DPRK th = ㅌ
    expect(hangulReadings('cheol')[0]).toBe('철'); // RR
    expect(hangulReadings('chol')[0]).toBe('철'); // MR without breve
    expect(hangulReadings('hee')[0]).toBe('희'); // press
    expect(hangulReadings('young')[0]).toBe('영');
    expect(isKoreanSyllable('xin')).toBe(false);
    expect(isKoreanSyllable('ving')).toBe(false);
  });

  it('cuts a given name written in one word', () => {
    expect(splitSyllables('sedol')).toEqual(['se', 'dol']);
    expect(splitSyllables('minjae')).toEqual(['min', 'jae']);
    expect(splitSyllables('xyz')).toBeNull();
  });
});

describe('Cyrillic from French and English spellings', () => {
  it.each([
    ['Sergueï Choïgou', 'fr', 'Сергей Шойгу'],
    ['Sergei Shoigu', 'en', 'Сергей Шойгу'],
    ['Dmitri Peskov', 'fr', 'Дмитрий Песков'],
    ['Maria Zakharova', 'en', 'Мария Захарова'],
    ['Valeri Guerassimov', 'fr', 'Валерий Герасимов'],
    ['Vladimir Jirinovski', 'fr', 'Владимир Жириновский'],
    ['Vladimir Zhirinovsky', 'en', 'Владимир Жириновский'],
    ['Andreï Belooussov', 'fr', 'Андрей Белоусов'],
    ['Evgueni Prigojine', 'fr', 'Евгений Пригожин'],
    ['Yevgeny Prigozhin', 'en', 'Евгений Пригожин'],
    ['Nikolaï Patrouchev', 'fr', 'Николай Патрушев'],
  ] as const)('%s (%s) → %s', (name, lang, cyrillic) => {
    expect(guessOriginal(name, 'ru', lang)?.original).toBe(cyrillic);
  });

  it('tells French spellings from English ones by their letters first', () => {
    expect(isFrenchSpelling('Tchekhov', 'en')).toBe(true);
    expect(isFrenchSpelling('Sholokhov', 'fr')).toBe(false);
    expect(isFrenchSpelling('Karpov', 'fr')).toBe(true);
  });
});

describe('the score on the fixed list (first answer)', () => {
  const score = scoreScriptGuess();
  it('is at least 90% exact for Korean names', () => {
    expect(score.korean.exact / score.korean.total).toBeGreaterThanOrEqual(0.9);
  });
  it('is at least 90% exact for Russian names', () => {
    expect(score.russian.exact / score.russian.total).toBeGreaterThanOrEqual(0.9);
  });
});
