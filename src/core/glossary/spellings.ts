/**
 * Every spelling the matcher should know for an entry, with where it comes from.
 *
 * Spellings come from three places (issue "Glossary"): the recorded conventions and
 * misspellings of the entry, the romanisation engines applied to the original script,
 * and mechanical variants (hyphen, space or nothing inside a name). Each spelling carries
 * its kind so the card and the panel can say where it comes from, and so the matcher can
 * flag misspellings and treat short forms and descriptions with context.
 */
import type { Bilingual, GlossaryEntry, ScriptKind, UiLang } from './types.ts';
import { romanize, type KoreanMode, type KoreanSystem, type RussianSystem } from '../romanize/index.ts';
import { HANGUL_OR_CYRILLIC_RE } from '../text/scripts.ts';

export type SpellingKind =
  | 'name' // names.fr / names.en
  | 'press' // press.fr / press.en / press.kcna / press.official / press.de
  | 'variant' // recorded correct spellings, and mechanical variants of any of the above
  | 'romanization' // computed from the original script by a romanisation engine
  | 'script' // the original script itself (Hangul, Cyrillic, Hanja)
  | 'misspelling' // recorded typos: matched but flagged
  | 'short' // short forms, resolved by context
  | 'description'; // descriptive aliases ("le locataire du Kremlin")

export interface Spelling {
  text: string;
  entryId: string;
  kind: SpellingKind;
  /** For `romanization`: the system id; for `press`: fr|en|kcna|official|de. */
  system?: string;
  /** Language of the spelling where it is language-specific (names, descriptions). */
  lang?: UiLang;
}

/** The recorded spellings of an entry (first version: no romanisation, no mechanical variants yet). */
export function listSpellings(entry: GlossaryEntry): Spelling[] {
  const out: Spelling[] = [];
  const seen = new Set<string>();
  const add = (text: string | undefined, kind: SpellingKind, extra: Partial<Spelling> = {}): void => {
    const t = text?.trim();
    if (!t) return;
    const key = `${kind}\u0000${t}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ text: t, entryId: entry.id, kind, ...extra });
  };
  add(entry.names.fr, 'name', { lang: 'fr' });
  add(entry.names.en, 'name', { lang: 'en' });
  for (const [system, text] of Object.entries(entry.press ?? {})) add(text, 'press', { system });
  for (const s of entry.spellings ?? []) add(s, 'variant');
  if (entry.script) {
    add(entry.script.text, 'script');
    add(entry.script.hanja, 'script');
  }
  for (const s of entry.misspellings ?? []) add(s, 'misspelling');
  for (const s of entry.short ?? []) add(s, 'short');
  for (const a of entry.aliases ?? []) add(a.text, 'description', { lang: a.lang });
  return out;
}

/** The systems shown in an entry's romanisation table, by script, with their bilingual labels. */
const KOREAN_TABLE: ReadonlyArray<{ system: KoreanSystem; label: Bilingual; namesOnly?: boolean }> = [
  { system: 'rr', label: { fr: 'Romanisation révisée (Corée du Sud, 2000)', en: 'Revised Romanization (South Korea, 2000)' } },
  { system: 'mr', label: { fr: 'McCune–Reischauer (1939)', en: 'McCune–Reischauer (1939)' } },
  { system: 'ala-lc', label: { fr: 'ALA-LC (Bibliothèque du Congrès)', en: 'ALA-LC (Library of Congress)' } },
  { system: 'bgn-pcgn-mr', label: { fr: 'BGN/PCGN (McCune–Reischauer)', en: 'BGN/PCGN (McCune–Reischauer)' } },
  { system: 'dprk', label: { fr: 'Système officiel nord-coréen (2002)', en: 'North Korean official system (2002)' } },
  { system: 'kcna', label: { fr: 'Usage de KCNA (anglais)', en: 'KCNA English usage' }, namesOnly: true },
];

const RUSSIAN_TABLE: ReadonlyArray<{ system: RussianSystem; label: Bilingual }> = [
  { system: 'fr', label: { fr: 'Usage français', en: 'French usage' } },
  { system: 'en-press', label: { fr: 'Presse anglophone', en: 'English press' } },
  { system: 'de', label: { fr: 'Presse germanophone', en: 'German press' } },
  { system: 'bgn-pcgn', label: { fr: 'BGN/PCGN (1947)', en: 'BGN/PCGN (1947)' } },
  { system: 'iso9', label: { fr: 'ISO 9 (1995)', en: 'ISO 9 (1995)' } },
  { system: 'icao-2013', label: { fr: 'OACI 2013 (passeports)', en: 'ICAO 2013 (passports)' } },
  { system: 'ala-lc', label: { fr: 'ALA-LC (Bibliothèque du Congrès)', en: 'ALA-LC (Library of Congress)' } },
  { system: 'gost-52535', label: { fr: 'GOST R 52535.1-2006', en: 'GOST R 52535.1-2006' } },
  { system: 'un-1987', label: { fr: 'ONU (1987)', en: 'UN (1987)' } },
  { system: 'scientific', label: { fr: 'Translittération scientifique', en: 'Scientific transliteration' } },
];

export interface Romanization {
  system: string;
  label: Bilingual;
  text: string;
}

/** The Korean engine mode that fits an entry's kind of name (RR ch.3 art.4 names, art.5 admin units). */
export function koreanModeFor(kind: ScriptKind | undefined): KoreanMode {
  return kind === 'name' ? 'name' : kind === 'admin' ? 'admin' : 'word';
}

/**
 * The entry's original script romanised by every system of its language. A system that fails
 * on this input (an engine that does not know a letter) is left out rather than shown wrong.
 */
export function listRomanizations(entry: GlossaryEntry): Romanization[] {
  const script = entry.script;
  if (!script) return [];
  const out: Romanization[] = [];
  const push = (system: string, label: Bilingual, run: () => string): void => {
    try {
      const text = run().trim();
      if (text && !HANGUL_OR_CYRILLIC_RE.test(text)) out.push({ system, label, text });
    } catch {
      // An engine that cannot read this input gives no row.
    }
  };
  if (script.lang === 'ko') {
    const mode = koreanModeFor(script.kind);
    for (const row of KOREAN_TABLE) {
      if (row.namesOnly && script.kind !== 'name') continue;
      push(row.system, row.label, () => romanize(script.text, row.system, mode));
    }
  } else {
    for (const row of RUSSIAN_TABLE) push(row.system, row.label, () => romanize(script.text, row.system));
  }
  return out;
}
