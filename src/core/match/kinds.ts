/**
 * The match table's vocabulary, shared by the compiler (table.ts, background and CLI) and the
 * matcher (content script) without pulling the compiler and the romanisation engines into the
 * content script's bundle.
 */
import type { SpellingKind } from '../glossary/spellings.ts';

/** What kind of spelling a mention was found by; the order is the preference when several apply. */
export const MATCH_KINDS = ['name', 'press', 'variant', 'romanization', 'script', 'description', 'misspelling', 'short'] as const;
export type MatchKind = SpellingKind;

export const LANG_ANY = 0;
export const LANG_FR = 1;
export const LANG_EN = 2;

/** Target flag: the spelling starts with a capital, so the text must too (proper nouns). */
export const FLAG_CAPITAL = 1;
/** Target flag: letters must match case exactly (acronyms: UN, US, ONU; context rules). */
export const FLAG_CASE = 2;

export interface CompiledRule {
  entry: number;
  keys: string[];
  /** Original spellings, for case-sensitive comparison. */
  forms: string[];
  caseSensitive: boolean;
  near: string[];
  notNear: string[];
  /** LANG_FR or LANG_EN: the rule holds only on pages in that language; LANG_ANY: everywhere. */
  lang?: number;
}

export interface MatchTable {
  format: 1;
  /** Entry index → id and names (fr, en), for misspelling hints. */
  entries: Array<{ id: string; fr: string; en: string; world?: true }>;
  /**
   * Folded phrase key (words joined by one space) → packed targets:
   * entry × 256 + kind × 16 + lang × 4 + flags.
   */
  phrases: Array<[string, number[]]>;
  /** For acronyms and case-sensitive rules: key → original forms. */
  forms: Array<[string, string[]]>;
  rules: CompiledRule[];
  /**
   * Offices whose phrases stand for the holder of the day (« ministre russe de la Défense »):
   * their phrase keys, and each term as [holder entry index, from, to or ''] in order of `from`.
   */
  offices?: Array<{ keys: string[]; terms: Array<[number, string, string]> }>;
  /**
   * The data of the shape rules for names without an entry (core/unknown/data.ts): Korean
   * surnames, Russian given names, Korean given-name syllables. Sent with the glossary, so that
   * the content script does not carry it in its start-up bundle.
   */
  shapes?: { surnames: string; given: string; syllables: string };
}

export function packTarget(entry: number, kind: number, lang: number, flags: number): number {
  return entry * 256 + kind * 16 + lang * 4 + flags;
}

