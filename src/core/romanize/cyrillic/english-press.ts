/**
 * English press usage ('en-press'): the simplified BGN/PCGN spelling of English wire copy
 * (Reuters, AP, AFP in English): Dmitry Peskov, Vostochny, Yeltsin, Khrushchev, Sergei Shoigu.
 * Base letters and iotation follow BGN/PCGN 1947 without its diacritics and apostrophes (as the
 * AP Stylebook entry "Russian names" asks: ye at the start of a word, -y for -ий/-ый); the
 * points where wire copy departs from it are marked "wire usage" and sourced to the agencies.
 */
import { isSign, isVowel, type LetterRule } from './letters.ts';

const PLAIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ж: 'zh', з: 'z', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ы: 'y', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian and Belarusian letters, Ukrainian national system as used in English copy
  // (Zelenskyy's office, Kyiv): ґ g, і i; ў w (BGN/PCGN Belarusian)
  ґ: 'g', і: 'i', ў: 'w',
};

const HUSHING = new Set(['ж', 'ч', 'ш', 'щ']);

export const englishPressLetter: LetterRule = (letters, index) => {
  const letter = letters[index] ?? '';
  const prev = index > 0 ? letters[index - 1] : undefined;
  const next = letters[index + 1];
  const iotated = prev === undefined || isVowel(prev) || isSign(prev);
  switch (letter) {
    case 'е':
      // BGN/PCGN: ye at the start of a word, after a vowel, after ь ъ (Ельцин → Yeltsin)
      return iotated ? 'ye' : 'e';
    case 'є':
      return iotated ? 'ye' : 'ie'; // Ukrainian national system (2010): Ye initially, ie elsewhere
    case 'ї':
      return prev === undefined ? 'yi' : 'i';
    case 'ё':
      // BGN/PCGN yë without the diaeresis: yo (Пётр → Pyotr, Фёдор → Fyodor); wire usage writes e
      // after ж ч ш щ, as Russian print mostly omits ё there (Горбачёв → Gorbachev, Хрущёв →
      // Khrushchev, Reuters/AP)
      return prev !== undefined && HUSHING.has(prev) ? 'e' : 'yo';
    case 'й':
      // -ий / -ый → -y (AP "Russian names": Dmitry, Vostochny); wire usage writes i after a vowel
      // before a consonant or at the end (Сергей Шойгу → Sergei Shoigu, Николай → Nikolai,
      // Байконур → Baikonur, Reuters); y before a vowel or at the start (Йошкар-Ола → Yoshkar-Ola)
      if (next === undefined && prev === 'и') return 'y'; // и was dropped: -ий → -y
      if (next === undefined && prev === 'ы') return '';
      if (prev === 'и' || prev === 'ы') return 'y';
      if (prev !== undefined && isVowel(prev) && !isVowel(next)) return 'i';
      return 'y';
    case 'и':
      // the и of a final -ий is absorbed in -y (Дмитрий → Dmitry)
      return next === 'й' && index === letters.length - 2 && index > 0 ? '' : 'i';
    case 'ъ':
    case 'ь':
      // the signs are not written; before и о а у ы э they mark [j]: y (Ильич → Ilyich, бульон →
      // bulyon), as in the English Wikipedia convention
      return next !== undefined && 'иоауыэ'.includes(next) ? 'y' : '';
    default:
      return PLAIN[letter];
  }
};
