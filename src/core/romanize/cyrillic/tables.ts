/**
 * Letter-for-letter tables: the systems that need no context (ISO 9, UN 1987, ALA-LC), and the
 * supplements for letters the iuliia schemes do not know (Ukrainian і ї є ґ, Belarusian ў…).
 * Keys are lower-case Cyrillic letters; values are lower-case Latin. The upper-case form is the
 * value with its first character capitalised unless an `upper` table says otherwise.
 */

export type LetterTable = Readonly<Record<string, string>>;

/**
 * ISO 9:1995 (identical to GOST 7.79-2000 system A): one Latin letter, possibly with diacritics,
 * per Cyrillic letter, for every Slavic and the common non-Slavic Cyrillic letters.
 * Source: ISO 9:1995 table 1 as reproduced in GOST 7.79-2000 appendix A (system A), and the
 * ISO 9 column of fr.wikipedia "Translittération des caractères cyrilliques russes".
 */
export const ISO9: LetterTable = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'ë', ж: 'ž', з: 'z', и: 'i', й: 'j',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'h', ц: 'c', ч: 'č', ш: 'š', щ: 'ŝ', ъ: 'ʺ', ы: 'y', ь: 'ʹ', э: 'è', ю: 'û', я: 'â',
  // Ukrainian and Belarusian
  ґ: 'g̀', є: 'ê', і: 'ì', ї: 'ï', ў: 'ǔ',
  // Serbian and Macedonian
  ђ: 'đ', ѓ: 'ǵ', ѕ: 'ẑ', ј: 'ǰ', љ: 'l̂', њ: 'n̂', ћ: 'ć', ќ: 'ḱ', џ: 'd̂',
  // Pre-1918 Russian, Church Slavonic and Bulgarian letters
  ѣ: 'ě', ѫ: 'ǎ', ѳ: 'f̀', ѵ: 'ỳ',
  // Non-Slavic letters of the ISO 9 table
  ә: 'a̋', ғ: 'ġ', қ: 'ķ', ң: 'ṇ', ө: 'ô', ү: 'ù', ұ: 'u̇', һ: 'ḥ', ҳ: 'ḩ', ҷ: 'c̦',
  ӣ: 'ī', ӯ: 'ū', ӑ: 'ă', ӓ: 'ä', ӧ: 'ö', ӱ: 'ü', ӏ: '‡',
};

/**
 * UN 1987 (UNGEGN resolution V/18, "Romanization of Russian"): GOST 16876-71 table 1 with
 * ю ju and я ja. The hard and soft signs are the modifier letters ʺ (U+02BA, ъ) and ʹ (U+02B9, ь)
 * of the resolution's table (Fifth UN Conference on the Standardization of Geographical Names,
 * Montreal 1987, vol. I, pp. 40–41; UNGEGN WGRS, "Report on the current status of United Nations
 * romanization systems for geographical names", Russian table), not the quotation marks ” ’ that
 * some web renderings (eki.ee/wgrs/rom1_ru.htm, interscript un-rus-Cyrl-Latn-1987) print for
 * them: a quotation mark is punctuation, a modifier letter is part of the word it stands in.
 */
export const UN_1987: LetterTable = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'ë', ж: 'ž', з: 'z', и: 'i', й: 'j',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'h', ц: 'c', ч: 'č', ш: 'š', щ: 'šč', ъ: '\u02ba', ы: 'y', ь: '\u02b9', э: 'è', ю: 'ju', я: 'ja',
};

/** The combining double inverted breve that ties a two-letter ALA-LC romanisation (t͡s, i͡a). */
const TIE = '\u0361';

/**
 * ALA-LC Russian (Library of Congress romanization table, 2012 revision), with the
 * pre-1918 letters of that table and the Ukrainian letters of the LC Ukrainian table (є ї ґ).
 * Source: loc.gov/catdir/cpso/romanization/russian.pdf and ukrainian.pdf.
 */
export const ALA_LC: LetterTable = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'ë', ж: 'zh', з: 'z', и: 'i', й: 'ĭ',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: `t${TIE}s`, ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ʺ', ы: 'y', ь: 'ʹ', э: 'ė',
  ю: `i${TIE}u`, я: `i${TIE}a`,
  // pre-1918 letters (LC Russian table, 2012)
  і: 'ī', ѣ: `i${TIE}e`, ѳ: 'ḟ', ѵ: 'ẏ',
  // LC Ukrainian table
  є: `i${TIE}e`, ї: 'ï', ґ: 'g',
};

/**
 * Upper-case forms where the LC table capitalises both tied letters (Ц T͡S, Ю I͡U, Я I͡A):
 * the table prints them so, and the LC examples write T͡Simli͡ansk, I͡Ubileĭnyĭ.
 */
export const ALA_LC_UPPER: LetterTable = {
  ц: `T${TIE}S`, ю: `I${TIE}U`, я: `I${TIE}A`, ѣ: `I${TIE}E`, є: `I${TIE}E`,
};

/**
 * A supplementary letter: one value, or a word-initial value and a value for other positions.
 */
export type SupplementEntry = string | { readonly initial: string; readonly other: string };
export type Supplement = Readonly<Record<string, SupplementEntry>>;

/**
 * BGN/PCGN 1965 romanisation of Ukrainian (in force until 2019) and BGN/PCGN 1979 of Belarusian:
 * ґ g, є ye, і i, ї yi, ў w. Source: BGN/PCGN "Romanization of Ukrainian" (1965) and
 * "Romanization of Belarusian" (1979), UK government PDFs.
 */
export const BGN_PCGN_EXTRA: Supplement = { ґ: 'g', є: 'ye', і: 'i', ї: 'yi', ў: 'w' };

/**
 * Ukrainian national system (Cabinet of Ministers resolution no. 55, 27 January 2010), used by
 * English Wikipedia for Ukrainian names: є ye/ie, ї yi/i (word-initial/other), і i, ґ g; ў w as
 * in the Belarusian BGN/PCGN table. Used by the English-style systems.
 */
export const ENGLISH_EXTRA: Supplement = {
  ґ: 'g', є: { initial: 'ye', other: 'ie' }, і: 'i', ї: { initial: 'yi', other: 'i' }, ў: 'w',
};

/**
 * ICAO Doc 9303 part 3 (8th edition), section 6 table of Cyrillic letters beyond Russian.
 * GOST R 52535.1-2006 takes the same forms for these letters.
 */
export const ICAO_EXTRA: Supplement = {
  ґ: 'g', є: 'ie', і: 'i', ї: 'i', ў: 'u',
  ђ: 'd', ѓ: 'g', ѕ: 'dz', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', ќ: 'k', џ: 'dz',
};

/**
 * French passport variant (MVD order 310, 1997) has no Ukrainian letters; French usage writes
 * Ukrainian є ie, і i, ї ï, ґ g (fr.wikipedia "Transcription de l'ukrainien en français").
 */
export const FRENCH_EXTRA: Supplement = { ґ: 'g', є: 'ie', і: 'i', ї: 'ï', ў: 'ou' };

/**
 * Scientific (Slavist) transliteration of Ukrainian and Belarusian letters: ґ g, є je, і i, ї ji,
 * ў ŭ; pre-1918 ѣ ě. Source: en.wikipedia "Scientific transliteration of Cyrillic", table.
 */
export const SCIENTIFIC_EXTRA: Supplement = { ґ: 'g', є: 'je', і: 'i', ї: 'ji', ў: 'ŭ', ѣ: 'ě' };
