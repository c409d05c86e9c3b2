/**
 * Letter classes and small string helpers shared by the Cyrillic rule sets.
 * Rules receive one word, lower-cased, as an array of letters, and the index of the letter to render.
 */

/** One maximal run of Cyrillic letters (Cyrillic, Cyrillic Supplement, Extended-A/B/C blocks). */
export const CYRILLIC_WORD_RE = /[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]+/gu;
/** Any Cyrillic code point: the output must contain none. */
export const CYRILLIC_CHAR_RE = /[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]/u;

/**
 * Vowel letters of Russian (а е ё и о у ы э ю я) and of Ukrainian/Belarusian (і ї є ў is not a vowel).
 * "After a vowel" in the French, German and English rules means after one of these.
 */
const VOWELS = new Set(['а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'і', 'ї', 'є']);

export function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && VOWELS.has(letter);
}

/** The soft and hard signs. */
export function isSign(letter: string | undefined): boolean {
  return letter === 'ь' || letter === 'ъ';
}

/** A consonant letter: a Cyrillic letter that is neither a vowel nor a sign nor й. */
export function isConsonant(letter: string | undefined): boolean {
  return letter !== undefined && !isVowel(letter) && !isSign(letter) && letter !== 'й';
}

/** Upper-case the first character of `s` (a Latin digraph keeps its second letter small: Щ → Shch). */
export function capitalize(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + s.slice(head.length);
}

export function isUpper(letter: string): boolean {
  return letter !== letter.toLowerCase() && letter === letter.toUpperCase();
}

export function isLower(letter: string): boolean {
  return letter !== letter.toUpperCase() && letter === letter.toLowerCase();
}

/**
 * A rule set: the Latin for the letter at `index` of a word, given the whole word lower-cased and
 * split into code points; undefined for a letter the rule set does not know (the caller then
 * uses the ISO 9 fallback).
 */
export type LetterRule = (letters: readonly string[], index: number) => string | undefined;
