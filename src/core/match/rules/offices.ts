/**
 * Rule: a role phrase (« le ministre russe de la Défense », "the Kremlin chief") stands for whoever
 * held the office on the page's date — Shoigu in a 2023 article, Belousov since May 2024 — and a
 * role in the past (« l'ancien ministre », « l'ex-patron de », "former", "then-", « alors »)
 * never for today's holder: for the one before. Without a page date, today's holder. When the
 * glossary knows nobody for that time, the phrase links to nobody (a reader would not guess), and
 * so does a role named in general (« qu'un ministre », « le poste de ministre »).
 */
import { holderAt, type Term } from '../../glossary/roles.ts';

/** A word marking the role as past, right before the phrase (within its article). */
const PAST_BEFORE = /(?:^|[\s\u00a0'’(«“"-])(?:ancien|ancienne|anciens|anciennes|ex|former|then|previous|précédent|précédente|alors|feu)(?:[\s\u00a0]*-[\s\u00a0]*|[\s\u00a0]+)(?:(?:le|la|l['’]|the|du|de)[\s\u00a0]*)?$/iu;
/**
 * An indefinite article or the office itself (« qu'un chef de la diplomatie nord-coréenne »,
 * « le poste de ministre », "a Russian defence minister"): nobody in particular.
 */
const GENERIC_BEFORE = /(?:^|[\s\u00a0'’])(?:un|une|a|an|any|poste\s+de|post\s+of|fonctions?\s+de|rôle\s+de|role\s+of)[\s\u00a0]+$/iu;
/**
 * A deputy's title glued before the phrase (« vice-président de Samsung Electronics », « le
 * sous-chef d'état-major », "deputy foreign minister", "vice chairman"): another office than the
 * one the phrase names, so not its holder.
 */
const DEPUTY_BEFORE = /(?:^|[\s\u00a0'’(«“"])(?:vice|sous|deputy)[\s\u00a0]*[-‐‑]?[\s\u00a0]*$/iu;
/**
 * A marker of a past time right after the phrase (« le président sud-coréen de l'époque », "the
 * then president", "at the time"): someone of a time the text does not date, so nobody we can name.
 */
const UNDATED_PAST_AFTER = /^[\s\u00a0,]*(?:de\s+l['’]époque|d['’]alors|à\s+l['’]époque|at\s+the\s+time|of\s+the\s+time)\b/iu;
/** How far before the phrase the marker is looked for. */
const PAST_REACH = 28;

/** Is the role phrase starting at `start` marked as past? */
export function isPastRole(text: string, start: number): boolean {
  return PAST_BEFORE.test(text.slice(Math.max(0, start - PAST_REACH), start));
}

/** Is the phrase at `start` the second half of a deputy's title (« vice-président de … »)? */
export function isDeputyRole(text: string, start: number): boolean {
  return DEPUTY_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** Does the role phrase at `start` stand for nobody in particular? */
export function isGenericRole(text: string, start: number): boolean {
  return GENERIC_BEFORE.test(text.slice(Math.max(0, start - PAST_REACH), start));
}

/** The holder (entry id) the role phrase text[start, end) stands for, or null. */
export function roleHolder(terms: readonly Term[], text: string, start: number, date: string | undefined, end = start): string | null {
  if (isGenericRole(text, start)) return null;
  if (end > start && UNDATED_PAST_AFTER.test(text.slice(end, end + 24))) return null;
  return holderAt(terms, date, isPastRole(text, start));
}
