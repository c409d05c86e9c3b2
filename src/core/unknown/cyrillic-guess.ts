/**
 * The Cyrillic of a Russian name written in French or English: given names from their table
 * (russian-given-names.ts), the other words by the reverse of the press transcriptions —
 *
 * - French: the traditional French transcription of Russian (Wikipédia, « Transcription du russe
 *   en français », as AFP and Le Monde use it): ch ш, tch ч, chtch щ, kh х, j ж, ou у, ts ц,
 *   gu- г before e/i, ss с between vowels (s alone there is з), ï й (ïe е, ïa я after a vowel),
 *   y ы, -ine ин, -ski ский, -skaïa ская, -itch ич;
 * - English: BGN/PCGN (1947) as the press simplifies it (Reuters, AP, BBC): sh ш, ch ч, shch щ,
 *   kh х, zh ж, ts ц, ya я, yu ю, yo ё, ye е, y ы between consonants, -sky ский, -skaya ская,
 *   -iy ий, -ich ич.
 *
 * Which one a name follows is read from its letters (tch, ou, ï, -ine are French; sh, zh, ya,
 * -sky English), else from the page's language. A soft sign is restored only where the
 * spellings show one (ie after a consonant: Prokofiev Прокофьев); ё is written е unless spelt ë,
 * as Russian usually writes it.
 */
import { RUSSIAN_GIVEN_NAMES } from './tables.ts';
import type { ScriptGuess } from './hangul-guess.ts';

type Rules = ReadonlyArray<readonly [RegExp, string]>;

/** Vowels, Latin and Cyrillic (rules run in order, on a word part-way converted). */
const V = 'aeiouyаеёиоуыэюя';

/** Endings and letter groups first, then single letters. */
const FRENCH: Rules = [
  [/tskaïa$|tskaia$/, 'цкая'], [/skaïa$|skaia$/, 'ская'], [/tski(?:y|i)?$/, 'цкий'], [/ski(?:y|i)?$/, 'ский'], [/([^aeiouy])ki$/, '$1кий'],
  [/itch$/, 'ич'], [/yne$/, 'ын'], [/ine$/, 'ин'], [/chtch/g, 'щ'], [/tch/g, 'ч'], [/ch/g, 'ш'], [/kh/g, 'х'], [/ts/g, 'ц'], [/j/g, 'ж'],
  [/ou/g, 'у'], [/gu(?=[eiyé])/g, 'г'], [/qu/g, 'к'], [/x/g, 'кс'],
  [new RegExp(`([${V}])ïe`, 'g'), '$1е'], [/ïa/g, 'я'], [/ïu/g, 'ю'], [/ïo/g, 'ё'], [/ï/g, 'й'],
  [/^ia/, 'я'], [/^iu|^iou/, 'ю'], [/^ie/, 'е'], [/^ya/, 'я'], [/^yu/, 'ю'], [/^ye/, 'е'], [/^e/, 'е'],
  [/([^aeiouyаеёиоуыэюя])ia$/, '$1ия'], [/([^aeiouyаеёиоуыэюя])ie/g, '$1ье'], [/([^aeiouyаеёиоуыэюя])iu/g, '$1ю'], [/([^aeiouyаеёиоуыэюя])io/g, '$1ё'], [/([^aeiouyаеёиоуыэюя])ia/g, '$1я'],
  [new RegExp(`([${V}])s(?=[${V}])`, 'g'), '$1з'], [/ss/g, 'с'], [new RegExp(`([${V}])y(?=[${V}])`, 'g'), '$1й'], [/y/g, 'ы'],
];

const ENGLISH: Rules = [
  [/tskaya$/, 'цкая'], [/skaya$/, 'ская'], [/tsk(?:y|iy|ii)$/, 'цкий'], [/sk(?:y|iy|ii)$/, 'ский'], [/([^aeiouy])ky$/, '$1кий'], [/iy$|ii$/, 'ий'], [/yy$/, 'ый'],
  [/shch/g, 'щ'], [/kh/g, 'х'], [/zh/g, 'ж'], [/ch/g, 'ч'], [/sh/g, 'ш'], [/ts/g, 'ц'], [/x/g, 'кс'], [/j/g, 'дж'], [/q/g, 'к'],
  [/ya/g, 'я'], [/yu/g, 'ю'], [/yo/g, 'ё'], [/ye/g, 'е'], [/^e/, 'е'],
  [/([^aeiouyаеёиоуыэюя])ia$/, '$1ия'], [/([^aeiouyаеёиоуыэюя])ie/g, '$1ье'], [/([^aeiouyаеёиоуыэюя])iu/g, '$1ю'], [/([^aeiouyаеёиоуыэюя])ia/g, '$1я'],
  [new RegExp(`([${V}])[iy](?![${V}])`, 'g'), '$1й'], [/y/g, 'ы'],
];

/** Single letters, both spellings. */
const LETTERS: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', v: 'в', w: 'в', g: 'г', d: 'д', e: 'е', ë: 'ё', z: 'з', i: 'и', k: 'к', c: 'к', l: 'л', m: 'м', n: 'н', o: 'о',
  p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х',
};

/** Is this spelling French rather than English? From its letters, else the page's language. */
export function isFrenchSpelling(name: string, lang: 'fr' | 'en'): boolean {
  const s = name.toLowerCase();
  const fr = (s.match(/ï|ou|tch|gu[eiy]|ine\b|yne\b|ski\b|skaïa\b|j/g) ?? []).length;
  const en = (s.match(/sh|zh|ya|yu|yo|ye|sky\b|iy\b|ey\b|kaya\b/g) ?? []).length;
  return fr === en ? lang === 'fr' : fr > en;
}

const foldLatin = (w: string): string => w.toLowerCase().replace(/[éèêë]/g, (c) => (c === 'ë' ? 'ë' : 'e')).normalize('NFD').replace(/[\u0300-\u0307\u0309-\u036f]/g, '').normalize('NFC');

/** One word (no hyphen) by rule. */
function transcribeWord(word: string, rules: Rules): string {
  let s = foldLatin(word);
  for (const [re, to] of rules) s = s.replace(re, to);
  s = s.replace(/ss/g, 'сс').replace(/[a-zë]/g, (c) => LETTERS[c] ?? c);
  return s;
}

const capitalize = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** The likeliest Cyrillic for a Russian name written in Latin letters. */
export function guessCyrillic(name: string, lang: 'fr' | 'en'): ScriptGuess | null {
  const words = name.trim().split(/\s+/);
  if (words.length === 0 || !words[0]) return null;
  const rules = isFrenchSpelling(name, lang) ? FRENCH : ENGLISH;
  const out = words.map((word, k) => {
    const given = k < words.length - 1 || words.length === 1 ? RUSSIAN_GIVEN_NAMES.cyrillicOf(foldLatin(word).replace(/ï/g, 'i')) : undefined;
    if (given) return capitalize(given);
    return word.split(/([-‐‑])/).map((part) => (/^[-‐‑]$/.test(part) ? '-' : capitalize(transcribeWord(part, rules)))).join('');
  });
  const original = out.join(' ');
  return /[a-z]/i.test(original) ? null : { original };
}
