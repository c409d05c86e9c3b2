/**
 * One entry point for every romanisation system: the script of the input decides the engine.
 */
import { romanizeHangul } from './hangul/index.ts';

export { fixedModeOf, surnameSpellings } from './hangul/index.ts';
export { looksLikeFullName } from './hangul/surnames.ts';
import { romanizeCyrillic } from './cyrillic/index.ts';
import { isKoreanSystem, isRussianSystem, type KoreanMode } from './systems.ts';
import { CYRILLIC_RE, HANGUL_RE } from '../text/scripts.ts';

export * from './systems.ts';

/**
 * Romanise `text` with `system`. Korean systems take Hangul, Russian systems take Cyrillic
 * (`ala-lc` exists for both: the script decides). Throws a RangeError for an unknown system.
 */
export function romanize(text: string, system: string, mode?: KoreanMode): string {
  const hasHangul = HANGUL_RE.test(text);
  const hasCyrillic = CYRILLIC_RE.test(text);
  if (hasHangul && isKoreanSystem(system)) return romanizeHangul(text, system, mode);
  if (hasCyrillic && isRussianSystem(system)) return romanizeCyrillic(text, system);
  if (!isKoreanSystem(system) && !isRussianSystem(system)) {
    throw new RangeError(`Unknown romanisation system "${system}"`);
  }
  if (!hasHangul && !hasCyrillic) return text.normalize('NFC');
  throw new RangeError(`System "${system}" does not take ${hasHangul ? 'Hangul' : 'Cyrillic'} text`);
}
