/**
 * The romanisation systems Glose knows, by the identifiers of the test-vector files
 * (../shared/romanization/vectors-*.json) and of `glose romanize --system`.
 */

export const KOREAN_SYSTEMS = [
  'rr', 'rr-name', 'rr-admin', 'rr-hyphen', 'rr-translit',
  'mr', 'ala-lc', 'bgn-pcgn-mr', 'dprk', 'kcna',
  'press-fr', 'press-en', 'surname-popular',
] as const;
export type KoreanSystem = (typeof KOREAN_SYSTEMS)[number];

export const RUSSIAN_SYSTEMS = [
  'fr', 'fr-mvd310', 'de', 'en-press', 'en-wikipedia', 'bgn-pcgn', 'iso9', 'icao-2013',
  'gost-52535', 'mvd-782', 'mvd-310', 'un-1987', 'scientific', 'ala-lc',
] as const;
export type RussianSystem = (typeof RUSSIAN_SYSTEMS)[number];

/** Modes of the Korean engines (RR chapter 3 articles 4, 5 and 8; the vectors' `mode`). */
export const KOREAN_MODES = ['word', 'name', 'admin', 'translit', 'surname'] as const;
export type KoreanMode = (typeof KOREAN_MODES)[number];

export function isKoreanSystem(id: string): id is KoreanSystem {
  return (KOREAN_SYSTEMS as readonly string[]).includes(id);
}

export function isRussianSystem(id: string): id is RussianSystem {
  return (RUSSIAN_SYSTEMS as readonly string[]).includes(id);
}
