/**
 * Ukrainian words inside a Russian-system request. A word with a letter that only Ukrainian
 * uses (і ї є ґ) is romanised with the Ukrainian table of the same family, where one exists:
 * г is h and и is y in Ukrainian (Гірник → Hirnyk, where the Russian rules would give Girnik).
 * Words without those letters (Одеса) cannot be told from Russian and take the Russian rules.
 * ISO 9 needs nothing here: it is one table for every Cyrillic language.
 */
import type { RussianSystem } from '../systems.ts';
import type { LetterRule } from './letters.ts';
import { tableRule, type RuleSystem } from './rules.ts';
import type { LetterTable } from './tables.ts';

const UKRAINIAN_ONLY = new Set(['і', 'ї', 'є', 'ґ']);

/** The lower-cased word has a letter only Ukrainian uses. */
export function isUkrainianWord(letters: readonly string[]): boolean {
  return letters.some((letter) => UKRAINIAN_ONLY.has(letter));
}

/**
 * Letters Ukrainian does not use, as they may still appear: the English-style Russian forms,
 * and Belarusian ў as w (BGN/PCGN Belarusian).
 */
const RUSSIAN_LEFTOVERS: LetterTable = { ё: 'yo', ы: 'y', э: 'e', ъ: '', ў: 'w' };

/**
 * Ukrainian national system (Cabinet of Ministers resolution no. 55 of 27 January 2010), also
 * used by English Wikipedia and the English press (Kyiv, Kharkiv, Zaporizhzhia). Word-initial
 * forms for є ї й ю я (Yevhen, Yizhakevych, Yurii, Yahotyn), зг → zgh (Zghurskyi).
 */
const NATIONAL_2010: LetterTable = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y',
  і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia',
  ...RUSSIAN_LEFTOVERS,
};
const NATIONAL_2010_INITIAL: LetterTable = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

const national2010Letter: LetterRule = (letters, index) => {
  const letter = letters[index] ?? '';
  if (index === 0) {
    const initial = NATIONAL_2010_INITIAL[letter];
    if (initial !== undefined) return initial;
  }
  // resolution 55, note: зг is written zgh, to keep it apart from ж
  if (letter === 'г' && letters[index - 1] === 'з') return 'gh';
  return NATIONAL_2010[letter];
};

/**
 * BGN/PCGN 1965 romanisation of Ukrainian (in force until 2019, when BGN/PCGN adopted the
 * national system). Source: "Romanization of Ukrainian", BGN/PCGN 1965, UK government PDF.
 */
const BGN_PCGN_1965: LetterTable = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'y',
  і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '’', ю: 'yu', я: 'ya',
  ё: 'ë', ы: 'y', э: 'e', ъ: '”', ў: 'w',
};

const TIE = '\u0361';

/** ALA-LC Ukrainian (Library of Congress romanization table, 2011). */
const ALA_LC_UKRAINIAN: LetterTable = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: `i${TIE}e`, ж: 'zh', з: 'z',
  и: 'y', і: 'i', ї: 'ï', й: 'ĭ', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: `t${TIE}s`, ч: 'ch', ш: 'sh', щ: 'shch', ь: 'ʹ',
  ю: `i${TIE}u`, я: `i${TIE}a`,
  ў: 'ŭ', // LC Belarusian table
};
const ALA_LC_UKRAINIAN_UPPER: LetterTable = {
  є: `I${TIE}E`, ц: `T${TIE}S`, ю: `I${TIE}U`, я: `I${TIE}A`,
};

/**
 * Scientific (Slavist) transliteration of Ukrainian. Source: en.wikipedia "Scientific
 * transliteration of Cyrillic", Ukrainian column.
 */
const SCIENTIFIC_UKRAINIAN: LetterTable = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'je', ж: 'ž', з: 'z', и: 'y',
  і: 'i', ї: 'ji', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ф: 'f', х: 'x', ц: 'c', ч: 'č', ш: 'š', щ: 'šč', ь: 'ʹ', ю: 'ju', я: 'ja',
  ў: 'ŭ', // Belarusian column of the same table
};

/** The Ukrainian rule set standing in for each Russian system that has one. */
export const UKRAINIAN_RULES: Partial<Record<RussianSystem, RuleSystem>> = {
  'bgn-pcgn': { rule: tableRule(BGN_PCGN_1965) },
  'en-press': { rule: national2010Letter },
  'en-wikipedia': { rule: national2010Letter },
  'ala-lc': { rule: tableRule(ALA_LC_UKRAINIAN), lowerTable: ALA_LC_UKRAINIAN, upperTable: ALA_LC_UKRAINIAN_UPPER },
  scientific: { rule: tableRule(SCIENTIFIC_UKRAINIAN) },
};
