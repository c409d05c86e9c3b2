/**
 * Compiling the glossary into a match table: every spelling of every entry (recorded, computed
 * by the romanisation engines, and mechanical variants), folded into phrase keys, with what each
 * key stands for. The table is plain JSON: the background compiles it once and sends it to
 * every page, where `createMatcher` turns it into the search structures.
 */
import { GIVEN_NAME_DATA, NAME_SYLLABLES, SURNAME_DATA } from '../unknown/data.ts';
import type { ContextRule, GlossaryEntry, UiLang } from '../glossary/types.ts';
import { listRomanizations, listSpellings, type SpellingKind } from '../glossary/spellings.ts';
import { phraseKey } from '../text/fold.ts';
import { spellingVariants } from './variants.ts';
import { derivedSpellings } from './derived.ts';
import { termsByOffice } from '../glossary/roles.ts';

export { MATCH_KINDS, LANG_ANY, LANG_FR, LANG_EN, FLAG_CAPITAL, FLAG_CASE, type MatchKind } from './kinds.ts';
import { MATCH_KINDS, LANG_ANY, LANG_FR, LANG_EN, FLAG_CAPITAL, FLAG_CASE } from './kinds.ts';

export type { CompiledRule, MatchTable } from './kinds.ts';
import { packTarget, type CompiledRule, type MatchTable } from './kinds.ts';
export { packTarget } from './kinds.ts';

/** An all-capitals word of up to five letters is an acronym: matched in capitals only. */
function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 5 && !/\s/.test(text.trim()) && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function startsWithCapital(text: string): boolean {
  const first = text.trim().match(/\p{L}/u)?.[0];
  return !!first && first !== first.toLowerCase() && first === first.toUpperCase();
}

const LANG_CODE: Record<UiLang, number> = { fr: LANG_FR, en: LANG_EN };

interface Candidate {
  text: string;
  kind: SpellingKind;
  lang?: UiLang;
}

function candidatesOf(entry: GlossaryEntry): Candidate[] {
  const out: Candidate[] = listSpellings(entry).map((s) => ({ text: s.text, kind: s.kind, ...(s.lang && s.kind === 'description' ? { lang: s.lang } : {}) }));
  for (const r of listRomanizations(entry)) out.push({ text: r.text, kind: 'romanization' });
  // Spellings derived from the entry's own (derived.ts): systems mixed, surnames alone, look-alikes.
  const full = out.filter((c) => c.kind === 'name' || c.kind === 'press' || c.kind === 'variant' || c.kind === 'romanization').map((c) => c.text);
  for (const d of derivedSpellings(entry, full)) out.push({ text: d.text, kind: d.kind });
  // A Russian surname in Cyrillic stands for the person like its Latin short forms (Путин).
  if (entry.type === 'person' && entry.script && entry.script.lang !== 'ko' && entry.script.kind === 'name') {
    const words = entry.script.text.trim().split(/\s+/);
    if (words.length > 1) out.push({ text: words[words.length - 1]!, kind: 'short' });
  }
  return out;
}

/** A lower-case article before a capitalised name: « l'Arctique », « la Corée », "the Kremlin". */
const LOWER_ARTICLE = /^(?:l['’]|la |le |les |the )(?=\p{Lu})/u;

export function compileMatchTable(entries: readonly GlossaryEntry[]): MatchTable {
  const phrases = new Map<string, Map<number, number>>(); // key → (entry*16+lang → best packed target)
  const forms = new Map<string, Set<string>>();
  const rules: CompiledRule[] = [];
  const table: MatchTable = { format: 1, entries: [], phrases: [], forms: [], rules, shapes: { surnames: SURNAME_DATA, given: GIVEN_NAME_DATA, syllables: NAME_SYLLABLES } };

  const addPhrase = (index: number, given: Candidate): string[] => {
    // A spelling written with its article in lower case (« l'Arctique russe ») is found without
    // it, as annotators and readers take the name (« la Corée du Nord » is « Corée du Nord »): a
    // lower-case « l' » or « la » would otherwise begin a phrase, and the matcher would stop at
    // every French elision (14,000 times in 4 MB of news). Articles that belong to a name are
    // capitalised (« Le Monde », « La Voix de la Corée ») and stay.
    const bare = LOWER_ARTICLE.exec(given.text);
    const cand = bare ? { ...given, text: given.text.slice(bare[0].length) } : given;
    const kind = MATCH_KINDS.indexOf(cand.kind as (typeof MATCH_KINDS)[number]);
    const acronym = isAcronym(cand.text);
    const flags = (startsWithCapital(cand.text) ? FLAG_CAPITAL : 0) | (acronym ? FLAG_CASE : 0);
    const lang = cand.lang ? LANG_CODE[cand.lang] : LANG_ANY;
    const keys = acronym ? [phraseKey(cand.text)] : spellingVariants(cand.text);
    for (const key of keys) {
      if (!key) continue;
      if (acronym) {
        let set = forms.get(key);
        if (!set) forms.set(key, (set = new Set()));
        set.add(cand.text.trim());
      }
      let byEntry = phrases.get(key);
      if (!byEntry) phrases.set(key, (byEntry = new Map()));
      const slot = index * 4 + lang;
      const prev = byEntry.get(slot);
      // One key written two ways (Comité 1718, comité 1718; Kim Jong Un, KIM JONG UN): the
      // better kind is kept, with the looser checks of the two.
      if (prev === undefined) byEntry.set(slot, packTarget(index, kind, lang, flags));
      else if (((prev >> 4) & 15) > kind) byEntry.set(slot, packTarget(index, kind, lang, flags & prev & 3));
      else byEntry.set(slot, prev - (prev & 3) + (prev & 3 & flags));
    }
    return keys.filter(Boolean);
  };

  // A description that holds another person's full name (« la fille de Kim Jong-un », « la
  // destitution de Yoon Suk Yeol ») gives way to that name: the name is what the reader meets.
  // (Places inside descriptions — « agence de presse d'État de la Corée du Nord » — are part of them.)
  const fullNames = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (entry.type !== 'person') return;
    for (const n of [entry.names.fr, entry.names.en, ...Object.values(entry.press ?? {})]) {
      const key = phraseKey(n);
      if (key.includes(' ')) fullNames.set(key, index);
    }
  });
  const embedsName = (text: string, index: number): boolean => {
    const words = phraseKey(text).split(' ');
    for (let a = 0; a < words.length; a++) {
      for (let z = a + 2; z <= words.length; z++) {
        const owner = fullNames.get(words.slice(a, z).join(' '));
        if (owner !== undefined && owner !== index) return true;
      }
    }
    return false;
  };
  entries.forEach((entry, index) => {
    table.entries.push({ id: entry.id, fr: entry.press?.fr ?? entry.names.fr, en: entry.press?.en ?? entry.names.en, ...(entry.scope === 'world' ? { world: true as const } : {}) });
    for (const rule of entry.context ?? []) addRule(rules, index, rule);
    for (const cand of candidatesOf(entry)) if (cand.kind !== 'description' || !embedsName(cand.text, index)) addPhrase(index, cand);
  });
  // Offices (roles.ts): each phrase stands for every holder, and the matcher picks the holder of
  // the page's date.
  const indexOf = new Map(entries.map((e, i) => [e.id, i]));
  const terms = termsByOffice(entries);
  for (const entry of entries) {
    for (const office of entry.offices ?? []) {
      const list = (terms.get(`${entry.id}|${office.id}`) ?? []).filter((t) => indexOf.has(t.holder));
      if (list.length === 0) continue;
      const keys = new Set<string>();
      for (const holder of new Set(list.map((t) => t.holder))) {
        for (const a of office.aliases) for (const k of addPhrase(indexOf.get(holder)!, { text: a.text, kind: 'description', lang: a.lang })) keys.add(k);
      }
      (table.offices ??= []).push({ keys: [...keys], terms: list.map((t) => [indexOf.get(t.holder)!, t.from, t.to ?? '']) });
    }
  }
  for (const [key, byEntry] of phrases) table.phrases.push([key, [...byEntry.values()]]);
  for (const [key, set] of forms) table.forms.push([key, [...set]]);
  return table;
}

function addRule(rules: CompiledRule[], entry: number, rule: ContextRule): void {
  const ruleKeys = rule.spellings.flatMap((s) => spellingVariants(s));
  rules.push({
    entry,
    keys: ruleKeys,
    forms: rule.spellings,
    caseSensitive: rule.caseSensitive === true,
    near: (rule.near ?? []).map((w) => phraseKey(w)).filter(Boolean),
    notNear: (rule.notNear ?? []).map((w) => phraseKey(w)).filter(Boolean),
    ...(rule.lang ? { lang: LANG_CODE[rule.lang] } : {}),
  });
}
