/**
 * Capitalisation: rules work on lower-case letters; this module gives the Latin pieces the case
 * of the Cyrillic letters they come from. A capital letter capitalises its whole piece's first
 * letter (Щ → Chtch, Shch), an ALL-CAPS word is upper-cased whole (ЩИ → CHTCHI), and a capital
 * letter whose piece is empty (a capital Ь, rare) passes its capital on to the next piece.
 */
import { capitalize, isLower, isUpper } from './letters.ts';
import type { LetterTable } from './tables.ts';

/** How a word is written. */
export type WordCase = 'upper' | 'lower' | 'title' | 'mixed';

/** The case of a word; a one-letter capital counts as `title` (the caller may promote it). */
export function wordCase(letters: readonly string[]): WordCase {
  let upper = 0;
  let lower = 0;
  for (const letter of letters) {
    if (isUpper(letter)) upper += 1;
    else if (isLower(letter)) lower += 1;
  }
  if (upper === 0) return 'lower';
  if (lower === 0 && upper >= 2) return 'upper';
  const first = letters[0];
  if (upper === 1 && first !== undefined && isUpper(first)) return 'title';
  return 'mixed';
}

/**
 * Join the pieces of a word (one per source letter) with the case of `original`.
 * `upperTable` gives upper-case forms that are not simply capitalised (ALA-LC Ц → T͡S); it is used
 * only when the piece is the table's own value for the letter.
 */
export function joinWithCase(
  original: readonly string[],
  pieces: readonly string[],
  allCaps: boolean,
  lowerTable?: LetterTable,
  upperTable?: LetterTable,
): string {
  if (allCaps) return pieces.join('').toUpperCase();
  let out = '';
  let carry = false;
  pieces.forEach((piece, index) => {
    const letter = original[index] ?? '';
    const upper = carry || isUpper(letter);
    if (piece === '') {
      carry = upper;
      return;
    }
    carry = false;
    if (!upper) {
      out += piece;
      return;
    }
    const lower = letter.toLowerCase();
    const special = upperTable?.[lower];
    out += special !== undefined && lowerTable?.[lower] === piece ? special : capitalize(piece);
  });
  return out;
}

/** Give a conventional spelling (stored capitalised) the case of the word it replaces. */
export function caseLike(conventional: string, kind: WordCase): string {
  if (kind === 'upper') return conventional.toUpperCase();
  if (kind === 'lower') return conventional.toLowerCase();
  return conventional;
}
