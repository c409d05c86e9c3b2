/**
 * German press usage ('de'): the Duden transcription of Russian, which German newspapers and
 * agencies follow (Wladimir Putin, Dmitri Peskow, Wostotschny), with the one point where press
 * usage departs from Duden (-ей → -ej: Sergej, Alexej, as dpa writes them).
 * Source of the rules: Duden "Transkription des Russischen" as summarised in de.wikipedia
 * "Deutsche Transkription" / "Russisches Alphabet", notes 1-8 (je after vowels and signs, jo/o,
 * й, кс → x, ss between vowels, ji after ь).
 */
import { isSign, isVowel, type LetterRule } from './letters.ts';

const PLAIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', ж: 'sch', з: 's', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
  // Ukrainian ґ g, і i; Belarusian ў w (Duden, Ukrainian and Belarusian transcription)
  ґ: 'g', і: 'i', ў: 'w',
};

/** Sibilants after which ё is written o (Горбачёв → Gorbatschow, Хрущёв → Chruschtschow). */
const HUSHING = new Set(['ж', 'ч', 'ш', 'щ']);

export const germanLetter: LetterRule = (letters, index) => {
  const letter = letters[index] ?? '';
  const prev = index > 0 ? letters[index - 1] : undefined;
  const next = letters[index + 1];
  const iotated = prev === undefined || isVowel(prev) || isSign(prev);
  switch (letter) {
    case 'е':
      // Duden note 1: je at the start of a word, after a vowel, after ь and ъ (Ельцин → Jelzin)
      return iotated ? 'je' : 'e';
    case 'є':
      return 'je'; // Ukrainian є is always [je]
    case 'ё':
      // Duden note 2: jo, but o after ж ч ш щ (Горбачёв → Gorbatschow)
      return prev !== undefined && HUSHING.has(prev) ? 'o' : 'jo';
    case 'и':
      // Duden note 4: ji after ь (Ильич → Iljitsch)
      return prev === 'ь' ? 'ji' : 'i';
    case 'ї':
      return 'ji';
    case 'о':
      // ьо is [jo] (бульон → Buljon), as ь before е, ё, и
      return prev === 'ь' ? 'jo' : 'o';
    case 'й':
      // Duden: й is not written after и and ы at the end of a word (Горький → Gorki, Первый →
      // Perwy); press usage writes -ей as -ej (Сергей → Sergej); Duden writes i at the end of a
      // word and between a vowel and a consonant (Николай → Nikolai, Чуйков → Tschuikow), j before
      // a vowel (йогурт → Jogurt) and, with de.wikipedia, after и/ы before a consonant
      // (Новороссийск → Noworossijsk).
      if (prev === 'и' || prev === 'ы') return next === undefined ? '' : 'j';
      if (prev === 'е') return 'j';
      if (next === undefined || !isVowel(next)) return prev === undefined ? 'j' : 'i';
      return 'j';
    case 'к':
      // Duden note 7: кс → x in all cases (Александр → Alexander); с then writes nothing
      return next === 'с' ? 'x' : 'k';
    case 'с':
      if (prev === 'к') return '';
      // Duden note 8: ss between vowels (Василий → Wassili)
      return isVowel(prev) && isVowel(next) ? 'ss' : 's';
    default:
      return PLAIN[letter];
  }
};

/** Russian adjective endings (nominative): the first word of a name like Первый канал, Новая газета. */
const ADJECTIVE_ENDING_RE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/u;
/** Prepositions, conjunctions and particles, which stay small inside a German name. */
const FUNCTION_WORDS = new Set([
  'а', 'без', 'в', 'во', 'для', 'до', 'за', 'и', 'из', 'или', 'к', 'ко', 'на', 'над', 'не', 'ни',
  'о', 'об', 'от', 'по', 'под', 'при', 'с', 'со', 'у',
]);

/**
 * German capitalises every word of a multi-word proper name except articles, prepositions and
 * conjunctions (Amtliche Regelung der deutschen Rechtschreibung, §60), and the press writes
 * transcribed Russian names so (Perwy Kanal, Nowaja Gaseta, Komsomolskaja Prawda), where Russian
 * capitalises only the first word (Первый канал). The rule needs to know that the text is a name:
 * it applies when the whole text is one short phrase (2 to 4 words, no sentence punctuation)
 * made of a capitalised adjective followed by lower-case words. Returns, for each word, whether
 * its first letter is to be capitalised.
 */
export function germanNameCapitals(text: string, words: readonly string[]): boolean[] {
  const none = words.map(() => false);
  if (words.length < 2 || words.length > 4) return none;
  if (/[^\s\u0400-\u052f-]/u.test(text)) return none; // only Cyrillic words, spaces and hyphens
  const [first, ...rest] = words;
  if (first === undefined || first.charAt(0) === first.charAt(0).toLowerCase()) return none;
  if (!ADJECTIVE_ENDING_RE.test(first.toLowerCase())) return none;
  if (!rest.every((word) => word === word.toLowerCase())) return none;
  return words.map((word, index) => index > 0 && !FUNCTION_WORDS.has(word));
}
