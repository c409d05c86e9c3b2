/**
 * The tables of names without an entry built from their data (data.ts), for the guess at the
 * original script, the CLI and tests. (The matcher builds its own from the match table.)
 */
import { GIVEN_NAME_DATA, NAME_SYLLABLES, SURNAME_DATA } from './data.ts';
import { HangulSyllables } from './korean-syllables.ts';
import { KoreanSurnames } from './korean-surnames.ts';
import { RussianGivenNames } from './russian-given-names.ts';

export const KOREAN_SYLLABLES = new HangulSyllables(NAME_SYLLABLES);
export const KOREAN_SURNAMES = new KoreanSurnames(SURNAME_DATA);
export const RUSSIAN_GIVEN_NAMES = new RussianGivenNames(GIVEN_NAME_DATA);
