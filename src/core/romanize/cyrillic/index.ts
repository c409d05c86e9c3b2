/**
 * Romanisation of Russian (and, where cheap, Ukrainian and Belarusian) Cyrillic text.
 * Each run of Cyrillic letters is one word; everything else passes through unchanged.
 * - Usage-based systems with context rules of our own: 'fr' (french.ts), 'de' (german.ts),
 *   'en-press' (english-press.ts), with conventional spellings (conventional.ts).
 * - Letter-for-letter standards: 'iso9', 'un-1987', 'ala-lc' (tables.ts).
 * - Standards implemented by the iuliia package: iuliia-schemes.ts.
 * - A word with a Ukrainian-only letter (і ї є ґ) takes the system's Ukrainian table (ukrainian.ts).
 * Whatever the system, the output contains no Cyrillic letter (fallback.ts).
 */
import type { RussianSystem } from '../systems.ts';
import { wordCase, type WordCase } from './case.ts';
import { englishPressLetter } from './english-press.ts';
import { removeCyrillic } from './fallback.ts';
import { frenchLetter } from './french.ts';
import { germanLetter, germanNameCapitals } from './german.ts';
import { isIuliiaSystem, romanizeWordWithIuliia, type IuliiaSystem } from './iuliia-schemes.ts';
import { CYRILLIC_WORD_RE, capitalize } from './letters.ts';
import { romanizeWordWithRules, tableRule, type RuleSystem } from './rules.ts';
import { ALA_LC, ALA_LC_UPPER, ISO9, UN_1987 } from './tables.ts';
import { UKRAINIAN_RULES, isUkrainianWord } from './ukrainian.ts';

const RULE_SYSTEMS: Readonly<Record<Exclude<RussianSystem, IuliiaSystem>, RuleSystem>> = {
  fr: { rule: frenchLetter },
  de: { rule: germanLetter },
  'en-press': { rule: englishPressLetter },
  iso9: { rule: tableRule(ISO9) },
  'un-1987': { rule: tableRule(UN_1987) },
  'ala-lc': { rule: tableRule(ALA_LC), lowerTable: ALA_LC, upperTable: ALA_LC_UPPER },
};

/** Stress marks (acute, grave) put on Cyrillic vowels in dictionaries and textbooks. */
const STRESS_RE = /(?<=[\u0400-\u052f])[\u0300\u0301]/gu;

function romanizeWord(word: string, system: RussianSystem, kind: WordCase): string {
  const ukrainian = UKRAINIAN_RULES[system];
  if (ukrainian !== undefined && isUkrainianWord(Array.from(word.toLowerCase()))) {
    return romanizeWordWithRules(word, system, ukrainian, kind);
  }
  if (isIuliiaSystem(system)) return romanizeWordWithIuliia(word, system, kind === 'upper');
  return romanizeWordWithRules(word, system, RULE_SYSTEMS[system], kind);
}

/**
 * Romanise the Cyrillic words of `text` with `system`; other characters pass through.
 * Capitals are kept: a capital letter gives a capitalised Latin piece (Щ → Chtch in 'fr', Shch in
 * 'bgn-pcgn') and a word in capitals stays in capitals, as does a one-letter capital next to one.
 * In 'de', a name like Первый канал takes German name capitals (Perwy Kanal, see german.ts).
 */
export function romanizeCyrillic(text: string, system: RussianSystem): string {
  const source = text.normalize('NFC').replace(STRESS_RE, '');
  const matches = [...source.matchAll(CYRILLIC_WORD_RE)];
  const kinds = matches.map((match) => wordCase(Array.from(match[0])));
  // A one-letter capital word (В, Я) is in capitals when a neighbouring word is (В СССР → V SSSR).
  const promoted = kinds.map((kind, index) => {
    const length = Array.from(matches[index]?.[0] ?? '').length;
    if (kind !== 'title' || length !== 1) return kind;
    return kinds[index - 1] === 'upper' || kinds[index + 1] === 'upper' ? 'upper' : kind;
  });
  const capitals = system === 'de' ? germanNameCapitals(source, matches.map((match) => match[0])) : [];
  let out = '';
  let last = 0;
  matches.forEach((match, index) => {
    const start = match.index;
    out += source.slice(last, start);
    const word = capitals[index] === true ? capitalize(match[0]) : match[0];
    const kind = capitals[index] === true ? 'title' : (promoted[index] ?? 'mixed');
    out += romanizeWord(word, system, kind);
    last = start + match[0].length;
  });
  out += source.slice(last);
  return removeCyrillic(out).normalize('NFC');
}
