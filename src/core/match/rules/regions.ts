/**
 * Rule: a place named after « région … de » is the region, not its capital city: « la région
 * frontalière de Koursk », « les régions de Koursk », "the Kursk region" already name the region;
 * a bare « Koursk » right after « région (adjectives) de » does too when the glossary has a
 * region « région de Koursk » (found by the structures' `regionOf`).
 */

/** « région », « régions », « oblast », « province », then up to two words, then « de » / « d' », just before the name. */
const REGION_BEFORE = /(?:^|[\s\u00a0'’])(?:régions?|oblasts?|provinces?)(?:[\s\u00a0]+[\p{L}-]+){0,2}[\s\u00a0]+(?:de[\s\u00a0]+|d['’])$/iu;

export function regionBefore(text: string, start: number): boolean {
  return REGION_BEFORE.test(text.slice(Math.max(0, start - 48), start));
}
