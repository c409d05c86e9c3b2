/**
 * Rule: a place named after « région … de » is the region, not its capital city: « la région
 * frontalière de Koursk », « les régions de Koursk », "the Kursk region" already name the region;
 * a bare « Koursk » right after « région (adjectives) de » does too when the glossary has a
 * region « région de Koursk » (found by the structures' `regionOf`), and so does the second of
 * two regions named together (« les régions de Koursk et Belgorod », "the Belgorod and Kursk
 * regions") and a place whose governor is meant (« le gouverneur de Voronej », "Voronezh
 * Governor Alexander Gusev": a governor governs the region, not its capital). Each looks at most
 * 64 characters around the name.
 */

/** « région », « régions », « oblast », « province », then up to two words, then « de » / « d' », just before the name. */
const REGION_BEFORE = /(?:^|[\s\u00a0'’])(?:(?:régions?|oblasts?|provinces?)(?:[\s\u00a0]+[\p{L}-]+){0,2}[\s\u00a0]+(?:de[\s\u00a0]+|d['’])(?:\p{Lu}[\p{L}-]*(?:[\s\u00a0]*,[\s\u00a0]*|[\s\u00a0]+(?:et|and)[\s\u00a0]+)(?:de[\s\u00a0]+|d['’])?)?|(?:gouverneure?s?|governors?)(?:[\s\u00a0]+(?:régionale?|russe|ukrainien))?[\s\u00a0]+(?:de[\s\u00a0]+|d['’]|of[\s\u00a0]+(?:the[\s\u00a0]+)?))$/iu;
/** Right after the name: "… Governor", "… regions", "… and Kursk regions". */
const REGION_AFTER = /^[\s\u00a0]+(?:governors?\b|regions\b|oblasts\b|(?:and|et)[\s\u00a0]+\p{Lu}[\p{L}-]*[\s\u00a0]+(?:regions|oblasts)\b)/iu;

export function regionBefore(text: string, start: number): boolean {
  return REGION_BEFORE.test(text.slice(Math.max(0, start - 64), start));
}

export function regionAfter(text: string, end: number): boolean {
  return REGION_AFTER.test(text.slice(end, end + 48));
}
