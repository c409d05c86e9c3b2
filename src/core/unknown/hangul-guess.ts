/**
 * The Hangul of a romanised Korean name: the surname from the table of press spellings
 * (korean-surnames.ts), each syllable of the given name from its readings (korean-syllables.ts),
 * likeliest first, with the alternatives where another reading of one syllable (or another
 * surname) fits as well. Given names come hyphenated (Ri Son-gwon), spaced (Jo Yong Won) or
 * joined (Sedol); the press writes some South Koreans given name first (Min-jae Kim, Inbee Park).
 */
import { KOREAN_SURNAMES, KOREAN_SYLLABLES } from './tables.ts';

const koreanSurnamesOf = (folded: string): readonly string[] => KOREAN_SURNAMES.surnamesOf(folded);
const hangulReadings = (roman: string): readonly string[] => KOREAN_SYLLABLES.readings(roman);
const splitSyllables = (word: string): string[] | null => KOREAN_SYLLABLES.split(word);

export interface ScriptGuess {
  original: string;
  alternatives?: string[];
}

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f'’]/g, '').toLowerCase();

/** The syllables of a given name's words (each hyphen-, space- or un-separated), or null if one is not Korean. */
export function givenSyllables(words: readonly string[]): string[] | null {
  const out: string[] = [];
  for (const w of words) {
    for (const part of w.split(/[-‐‑]/)) {
      if (!part) continue;
      const p = fold(part);
      if (hangulReadings(p).length > 0) out.push(p);
      else {
        const cut = splitSyllables(p);
        if (!cut) return null;
        out.push(...cut);
      }
    }
  }
  return out.length > 0 && out.length <= 3 ? out : null;
}

/** Splits a romanised name into its surname word and given-name words, in either order. */
export function koreanNameParts(name: string): { surname: string; given: string[] } | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  const first = fold(words[0]!);
  const last = fold(words[words.length - 1]!);
  // Korean order unless the first word is no surname and the last one is (Min-jae Kim, Sumi Jo).
  if (koreanSurnamesOf(first).length === 0 && koreanSurnamesOf(last).length > 0) return { surname: last, given: words.slice(0, -1) };
  return { surname: first, given: words.slice(1) };
}

/** The likeliest Hangul for a romanised Korean name, and up to four alternatives; null if it does not read as Korean. */
export function guessHangul(name: string): ScriptGuess | null {
  const parts = koreanNameParts(name);
  if (!parts) return null;
  const syllables = givenSyllables(parts.given);
  if (!syllables) return null;
  const surnames = koreanSurnamesOf(parts.surname);
  const surnameReadings = surnames.length > 0 ? surnames : hangulReadings(parts.surname);
  if (surnameReadings.length === 0) return null;
  const readings = syllables.map((s) => hangulReadings(s));
  const first = readings.map((r) => r[0]!).join('');
  const original = surnameReadings[0]! + first;
  // Alternatives: one choice changed at a time, the surname first, then each syllable's next reading.
  const alternatives: string[] = [];
  if (surnameReadings[1]) alternatives.push(surnameReadings[1] + first);
  for (let k = 0; k < readings.length && alternatives.length < 4; k++) {
    for (const r of readings[k]!.slice(1, 3)) {
      const alt = surnameReadings[0]! + readings.map((x, j) => (j === k ? r : x[0]!)).join('');
      if (alternatives.length < 4) alternatives.push(alt);
    }
  }
  return alternatives.length > 0 ? { original, alternatives } : { original };
}
