/**
 * The systems taken from the `iuliia` package (nalgeon/iuliia schemas, v0.8), which implements
 * their context rules and matched every published sample it was checked against. The wrapper:
 * - gives iuliia only the 33 letters of Russian; any other Cyrillic letter (Ukrainian і ї є ґ,
 *   Belarusian ў…) comes from the system's supplement table in tables.ts, else the ISO 9 fallback;
 * - replaces the Cyrillic ё some iuliia schemes leave in their Latin output (bgn_pcgn, scientific)
 *   by the Latin ë their standards print;
 * - upper-cases ALL-CAPS words whole (iuliia alone gives ЩИ → ShchI).
 */
import {
  translate,
  BGN_PCGN,
  GOST_52535,
  ICAO_DOC_9303,
  MVD_310,
  MVD_310_FR,
  MVD_782,
  SCIENTIFIC,
  WIKIPEDIA,
  type Schema,
} from 'iuliia';
import type { RussianSystem } from '../systems.ts';
import { fallbackLower, removeCyrillic } from './fallback.ts';
import { capitalize, isUpper } from './letters.ts';
import {
  BGN_PCGN_EXTRA,
  ENGLISH_EXTRA,
  FRENCH_EXTRA,
  ICAO_EXTRA,
  SCIENTIFIC_EXTRA,
  type Supplement,
} from './tables.ts';

interface IuliiaScheme {
  readonly schema: Schema;
  /** Letters beyond Russian. */
  readonly extra: Supplement;
}

/** Which iuliia schema implements which system (the standard each schema names). */
const SCHEMES = {
  // MVD order 310 (1997), French variant of Russian passports: iuliia `mvd_310_fr`
  'fr-mvd310': { schema: MVD_310_FR, extra: FRENCH_EXTRA },
  // English Wikipedia "Romanization of Russian" (simplified BGN/PCGN): iuliia `wikipedia`
  'en-wikipedia': { schema: WIKIPEDIA, extra: ENGLISH_EXTRA },
  // BGN/PCGN 1947 romanisation of Russian: iuliia `bgn_pcgn`
  'bgn-pcgn': { schema: BGN_PCGN, extra: BGN_PCGN_EXTRA },
  // ICAO Doc 9303 part 3 (Russian passports since 2013): iuliia `icao_doc_9303`
  'icao-2013': { schema: ICAO_DOC_9303, extra: ICAO_EXTRA },
  // GOST R 52535.1-2006 (Russian passports 2010-2013): iuliia `gost_52535`
  'gost-52535': { schema: GOST_52535, extra: ICAO_EXTRA },
  // MVD order 782 (passports 2000-2010): iuliia `mvd_782`
  'mvd-782': { schema: MVD_782, extra: ENGLISH_EXTRA },
  // MVD order 310 (1997), English variant: iuliia `mvd_310`
  'mvd-310': { schema: MVD_310, extra: ENGLISH_EXTRA },
  // Scientific (Slavist) transliteration: iuliia `scientific`
  scientific: { schema: SCIENTIFIC, extra: SCIENTIFIC_EXTRA },
} as const satisfies Partial<Record<RussianSystem, IuliiaScheme>>;

export type IuliiaSystem = keyof typeof SCHEMES;

export function isIuliiaSystem(system: RussianSystem): system is IuliiaSystem {
  return Object.hasOwn(SCHEMES, system);
}

/** The letters the iuliia schemas map (modern Russian), either case. */
const RUSSIAN_RE = /[а-яё]/iu;

function supplementLetter(extra: Supplement, lower: string, wordInitial: boolean): string {
  const entry = extra[lower];
  if (entry === undefined) return fallbackLower(lower);
  if (typeof entry === 'string') return entry;
  return wordInitial ? entry.initial : entry.other;
}

/**
 * Romanise one word (a run of Cyrillic letters) with an iuliia-backed system.
 * `allCaps`: the word is written in capitals and its romanisation must be too.
 */
export function romanizeWordWithIuliia(word: string, system: IuliiaSystem, allCaps: boolean): string {
  const scheme: IuliiaScheme = SCHEMES[system];
  const source = allCaps ? word.toLowerCase() : word;
  const letters = Array.from(source);
  let out = '';
  let run = '';
  const flush = (): void => {
    if (run !== '') out += translate(run, scheme.schema);
    run = '';
  };
  letters.forEach((letter, index) => {
    if (RUSSIAN_RE.test(letter)) {
      run += letter;
      return;
    }
    flush();
    const latin = supplementLetter(scheme.extra, letter.toLowerCase(), index === 0);
    out += isUpper(letter) ? capitalize(latin) : latin;
  });
  flush();
  // bgn_pcgn and scientific map ё to the Cyrillic ё itself; their standards print Latin ë
  out = out.replaceAll('ё', 'ë').replaceAll('Ё', 'Ë');
  if (allCaps) out = out.toUpperCase();
  return removeCyrillic(out);
}
