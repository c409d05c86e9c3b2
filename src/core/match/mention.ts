/** What the matcher returns: a name found in the text, and the options it reads with. */
import type { MatchKind } from './kinds.ts';

/** A Korean- or Russian-shaped name the glossary has no entry for (rules/unknown-shapes.ts). */
export interface UnknownName {
  origin: 'ko' | 'ru';
  /**
   * The likeliest original script (Hangul or Cyrillic), from `MatchOptions.guessScript`; '' when
   * the matcher was given none (the content script leaves the guess to the card, which loads it
   * with itself: core/unknown's tables stay out of the start-up bundle).
   */
  original: string;
  /** Other scripts that fit as well (another reading of a Hangul syllable). */
  alternatives?: string[];
}

export interface Mention {
  /** UTF-16 offsets in the scanned text. */
  start: number;
  end: number;
  /** The text as written on the page. */
  surface: string;
  /** The entry it stands for (the likeliest one when `candidates` is set); '' for an unknown name. */
  entry: string;
  match: MatchKind;
  /** A short form or shared spelling with no full mention before it: every entry it may be. */
  candidates?: string[];
  /** A shared spelling the context resolved: the other entries it may stand for (the card offers them). */
  alternatives?: string[];
  /** For misspellings: the name as it should be written. */
  intended?: string;
  /** Set, with `entry` '', for a name without an entry found by its shape (only when asked: `MatchOptions.unknownNames`). */
  unknown?: UnknownName;
}

export interface MatchOptions {
  lang: 'fr' | 'en';
  /** The page's date (YYYY, YYYY-MM or YYYY-MM-DD), where it gives one: role phrases stand for the holder of that day. */
  date?: string;
  /** Also find Korean- and Russian-shaped names that have no entry (off unless asked). */
  unknownNames?: boolean;
  /** The guess at an unknown name's original script (core/unknown's `guessOriginal`), if wanted now. */
  guessScript?: (name: string, origin: 'ko' | 'ru', lang: 'fr' | 'en') => { original: string; alternatives?: string[] } | null;
}

/** A mention of an earlier block, settled at the end of the document (see `MatchSession.finish`). */
export interface SettledMention {
  /** The tag the block was scanned with. */
  tag: number;
  mention: Mention;
}
