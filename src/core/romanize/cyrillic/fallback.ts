/**
 * Last resort for a Cyrillic letter that a system's own table does not cover: the ISO 9:1995
 * letter (ISO 9 covers every Slavic Cyrillic letter), else the ISO 9 letter of its base letter
 * with the accents kept (Ӂ = Ж + breve → ž̆), else "?"; Cyrillic combining marks are dropped.
 * The output never contains Cyrillic.
 */
import { ISO9 } from './tables.ts';
import { CYRILLIC_CHAR_RE, capitalize, isUpper } from './letters.ts';

/** Lower-case Latin for one lower-case Cyrillic letter. */
export function fallbackLower(letter: string): string {
  const direct = ISO9[letter];
  if (direct !== undefined) return direct;
  if (/^\p{M}$/u.test(letter)) return ''; // Cyrillic combining marks (titlo, pokrytie…) are dropped
  const decomposed = letter.normalize('NFD');
  const base = decomposed.charAt(0);
  const marks = decomposed.slice(1);
  const mapped = ISO9[base];
  if (mapped !== undefined) return (mapped + marks).normalize('NFC');
  return CYRILLIC_CHAR_RE.test(letter) ? '?' : letter;
}

/** Latin for one Cyrillic letter of either case. */
export function fallbackLetter(letter: string): string {
  const lower = fallbackLower(letter.toLowerCase());
  return isUpper(letter) ? capitalize(lower) : lower;
}

/** Replace any Cyrillic letter left in `text` (the guard every system's output goes through). */
export function removeCyrillic(text: string): string {
  if (!CYRILLIC_CHAR_RE.test(text)) return text;
  return Array.from(text, (ch) => (CYRILLIC_CHAR_RE.test(ch) ? fallbackLetter(ch) : ch)).join('');
}
