/**
 * Names without a glossary entry: the shape tables (Korean surnames and syllables, Russian given
 * names) and the guess at the original script. Pure data and functions: the matcher's rules
 * (match/rules/unknown-shapes.ts), the card and the CLI read them.
 */
import { guessCyrillic } from './cyrillic-guess.ts';
import { guessHangul, type ScriptGuess } from './hangul-guess.ts';

export type { ScriptGuess } from './hangul-guess.ts';
export type UnknownOrigin = 'ko' | 'ru';

/** The likeliest original script of a Korean or Russian name written in Latin letters, with alternatives. */
export function guessOriginal(name: string, origin: UnknownOrigin, lang: 'fr' | 'en'): ScriptGuess | null {
  return origin === 'ko' ? guessHangul(name) : guessCyrillic(name, lang);
}
