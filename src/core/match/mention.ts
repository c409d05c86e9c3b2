/** What the matcher returns: a name found in the text, and the options it reads with. */
import type { MatchKind } from './kinds.ts';

export interface Mention {
  /** UTF-16 offsets in the scanned text. */
  start: number;
  end: number;
  /** The text as written on the page. */
  surface: string;
  /** The entry it stands for (the likeliest one when `candidates` is set). */
  entry: string;
  match: MatchKind;
  /** A short form or shared spelling with no full mention before it: every entry it may be. */
  candidates?: string[];
  /** A shared spelling the context resolved: the other entries it may stand for (the card offers them). */
  alternatives?: string[];
  /** For misspellings: the name as it should be written. */
  intended?: string;
}

export interface MatchOptions {
  lang: 'fr' | 'en';
  /** The page's date (YYYY, YYYY-MM or YYYY-MM-DD), where it gives one: role phrases stand for the holder of that day. */
  date?: string;
}

/** A mention of an earlier block, settled at the end of the document (see `MatchSession.finish`). */
export interface SettledMention {
  /** The tag the block was scanned with. */
  tag: number;
  mention: Mention;
}
