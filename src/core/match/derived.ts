/**
 * Spellings derived from an entry's own names, so that the press's mixtures of systems are known
 * without listing them by hand (issue 19):
 * - a Russian or Ukrainian person's given names and surnames recombine across every spelling the
 *   entry has — recorded (French and English press, German press) and computed by the engines
 *   (BGN/PCGN, ISO 9, ICAO 2013, ALA-LC…): « Dmitriy Peskov », « Sergey Shoigu », « Andrei
 *   Belooussov » are all one person; every surname so spelt is a short form (« Shoygu »,
 *   « Schoigu »). The press writes a given name in one system and the surname in another
 *   (English wires: "Dmitry" with "Peskov"; French: « Dmitri » with « Peskov »).
 * - the older French and English spelling of -ov / -ev surnames with -off / -eff (« Peskoff »,
 *   as in Smirnoff and Romanoff: Wikipédia, « Transcription du russe en français », usage before
 *   the 1950s, still met in quotes and reader comments);
 * - a word « Il » of a Korean name also written « II » (two capital i, a look-alike that optical
 *   character recognition and some fonts produce: « Kim II Sung »);
 * - a Korean name with a hyphenated given name also written given name first, the Western order
 *   the English and French press use for some South Koreans, artists and athletes above all
 *   (« Joon-ho Bong », "Heung-min Son", as in club rosters and festival listings).
 * Each derived spelling has the kind of what it stands for: a variant of the full name, or a
 * short form for a surname alone (resolved by context like any other).
 */
import type { GlossaryEntry } from '../glossary/types.ts';
import type { SpellingKind } from '../glossary/spellings.ts';

export interface DerivedSpelling {
  text: string;
  kind: SpellingKind;
}

/** Full-name spellings of two words at most past the given name: given + surname. */
function splitName(text: string): [string, string] | null {
  const words = text.trim().split(/\s+/);
  if (words.length !== 2) return null;
  return [words[0]!, words[1]!];
}

/** Surnames in -ov / -ev also written -off / -eff. */
function oldStyle(surname: string): string | null {
  const m = /^(.*[oe])v$/u.exec(surname);
  return m ? `${m[1]}ff` : null;
}

/**
 * The derived spellings of an entry, given every full-name spelling it already has (`forms`,
 * recorded and computed). Nothing for entries that are not people.
 */
export function derivedSpellings(entry: GlossaryEntry, forms: readonly string[]): DerivedSpelling[] {
  if (entry.type === 'place') return regionForms(forms);
  if (entry.type !== 'person') return [];
  const out: DerivedSpelling[] = [];
  const script = entry.script;
  if (script && (script.lang === 'ru' || script.lang === 'uk') && script.kind === 'name') {
    const given = new Set<string>();
    const surnames = new Set<string>();
    for (const f of forms) {
      const parts = splitName(f);
      if (!parts || /\p{Script=Cyrillic}/u.test(f)) continue;
      given.add(parts[0]);
      surnames.add(parts[1]);
    }
    for (const s of [...surnames]) {
      const old = oldStyle(s);
      if (old) surnames.add(old);
    }
    for (const g of given) for (const s of surnames) out.push({ text: `${g} ${s}`, kind: 'variant' });
    for (const s of surnames) out.push({ text: s, kind: 'short' });
  }
  if (script?.lang === 'ko') {
    for (const f of forms) if (/(^|[\s-])Il([\s-]|$)/u.test(f)) out.push({ text: f.replace(/(^|[\s-])Il(?=[\s-]|$)/gu, '$1II'), kind: 'variant' });
    for (const f of forms) {
      const m = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+-\p{Ll}+)$/u.exec(f);
      if (m) out.push({ text: `${m[2]} ${m[1]}`, kind: 'variant' });
    }
  }
  return out;
}

/**
 * A region written with its country's adjective, as French news writes the regions of the war
 * (« la région ukrainienne de Kharkiv », « la région russe de Koursk ») and English news with the
 * country's possessive ("Ukraine's Kharkiv region"): the same region.
 */
function regionForms(forms: readonly string[]): DerivedSpelling[] {
  const out: DerivedSpelling[] = [];
  for (const f of forms) {
    const fr = /^région (de |d['’])(.+)$/u.exec(f);
    if (fr) for (const adj of ['ukrainienne', 'russe']) out.push({ text: `région ${adj} ${fr[1]}${fr[2]}`, kind: 'variant' });
    const en = /^(.+) region$/u.exec(f);
    if (en && !/['’]s /u.test(en[1]!)) for (const c of ["Ukraine's", "Russia's"]) out.push({ text: `${c} ${en[1]} region`, kind: 'variant' });
  }
  return out;
}
