/**
 * Runs a per-letter rule set (french.ts, german.ts, english-press.ts, or a table from tables.ts)
 * over one word: conventional spelling first, then the rules letter by letter, the ISO 9
 * fallback for letters the rule set does not know, and the capitalisation of the source.
 */
import type { RussianSystem } from '../systems.ts';
import { caseLike, joinWithCase, type WordCase } from './case.ts';
import { conventionalSpelling } from './conventional.ts';
import { fallbackLower } from './fallback.ts';
import type { LetterRule } from './letters.ts';
import type { LetterTable } from './tables.ts';

export interface RuleSystem {
  readonly rule: LetterRule;
  /** For table systems with special capitals: the table and its upper-case forms. */
  readonly lowerTable?: LetterTable;
  readonly upperTable?: LetterTable;
}

/** A rule set that is a plain table (ISO 9, UN 1987, ALA-LC). */
export function tableRule(table: LetterTable): LetterRule {
  return (letters, index) => table[letters[index] ?? ''];
}

export function romanizeWordWithRules(
  word: string,
  system: RussianSystem,
  rules: RuleSystem,
  kind: WordCase,
): string {
  const conventional = conventionalSpelling(word, system);
  if (conventional !== undefined) return caseLike(conventional, kind);
  const original = Array.from(word);
  const letters = original.map((letter) => letter.toLowerCase());
  const pieces = letters.map((letter, index) => rules.rule(letters, index) ?? fallbackLower(letter));
  return joinWithCase(original, pieces, kind === 'upper', rules.lowerTable, rules.upperTable);
}
