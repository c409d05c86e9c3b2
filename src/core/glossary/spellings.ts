/**
 * Every spelling the matcher should know for an entry, with where it comes from.
 *
 * Spellings come from three places (issue "Glossary"): the recorded conventions and
 * misspellings of the entry, the romanisation engines applied to the original script,
 * and mechanical variants (hyphen, space or nothing inside a name). Each spelling carries
 * its kind so the card and the panel can say where it comes from, and so the matcher can
 * flag misspellings and treat short forms and descriptions with context.
 */
import type { GlossaryEntry, UiLang } from './types.ts';

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
