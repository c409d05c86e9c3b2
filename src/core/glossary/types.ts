/**
 * The glossary schema: one entry per entity (person, place, organisation…).
 *
 * Everything the hover card and the side panel show comes from these fields;
 * every spelling the matcher knows is derived from them (see variants.ts).
 * Data files in src/data/glossary/ hold arrays of `GlossaryEntry`.
 */

import { ENTITY_TYPES, type EntityType } from './entity-types.ts';

/** The entity types, in the order the side panel groups them (entity-types.ts holds the table). */
export const ENTRY_TYPES = Object.keys(ENTITY_TYPES) as EntityType[];
export type EntryType = EntityType;

export const UI_LANGS = ['fr', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export interface Bilingual {
  fr: string;
  en: string;
}

/** Languages whose script Glose romanises by rule. */
export type ScriptLang = 'ko' | 'ru' | 'uk';

/**
 * How the rule-based engines should read the original script.
 * - `name`: a personal name, surname then given name (RR article 4; MR hyphenated given name).
 * - `admin`: an administrative unit with its suffix (-do, -si… RR article 5).
 * - `word`: anything else (places, organisations, terms).
 */
export type ScriptKind = 'name' | 'admin' | 'word';

export interface OriginalScript {
  lang: ScriptLang;
  /** Hangul or Cyrillic, as written in the original language (김정은, Владимир Путин). */
  text: string;
  /** Chinese characters where customary for Korean names (金正恩). */
  hanja?: string;
  kind?: ScriptKind;
}

/**
 * Conventional spellings, by who uses them. Press usage is a per-entity convention,
 * not derivable by rule (romanization/README.md, "Press usage").
 */
export interface PressSpellings {
  /** French press (AFP, Le Monde): Kim Jong-un, Vladimir Poutine. */
  fr?: string;
  /** English-language press and wires (AP, Reuters): Kim Jong Un, Vladimir Putin. */
  en?: string;
  /** KCNA / North Korean official English: Kim Jong Un, Choe Son Hui. */
  kcna?: string;
  /** The entity's own official Latin spelling (brands, South Korean officials' passports). */
  official?: string;
  /** German press, for Russian names (Wladimir Putin). */
  de?: string;
}

/** A phrase that stands for the entry without naming it ("le locataire du Kremlin"). */
export interface DescriptiveAlias {
  text: string;
  lang: UiLang;
}

export const RELATION_KINDS = ['family', 'office', 'parent', 'member', 'location', 'model', 'successor', 'predecessor', 'related'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export interface Relation {
  id: string;
  rel: RelationKind;
  /** Optional precision shown in the panel ("sœur", "sister"). */
  note?: Bilingual;
}

/**
 * Context rules for names that are also common words (Amour, Union, Sputnik, Senat):
 * the spelling only counts when the rule is met.
 */
export interface ContextRule {
  /** Spellings (already listed elsewhere in the entry) that need context. */
  spellings: string[];
  /** The spelling must be written with its capitals as given. */
  caseSensitive?: boolean;
  /** At least one of these words must occur within the same paragraph. */
  near?: string[];
  /** The spelling does not count if one of these words occurs in the same paragraph. */
  notNear?: string[];
  /** The rule holds only on pages in this language (« US » is the United States in English copy, a sports club in French). */
  lang?: UiLang;
}

/**
 * A list of the beat worked through systematically (issue 20): its members carry its id in
 * `lists`, and the checker holds the list to the size its source gives.
 */
export interface GlossaryList {
  id: string;
  names: Bilingual;
  /** How many members the source lists. */
  expected: number;
  /** Where the list and its size come from. */
  source: string;
}

/** An office of an entry, whose holders change: its phrases link to the holder of the day. */
export interface Office {
  /** Unique within the entry: `defence-minister`. */
  id: string;
  names: Bilingual;
  /** Phrases standing for whoever holds it (« ministre russe de la Défense », "Russian Defence Minister"). */
  aliases: DescriptiveAlias[];
  /** Held only at times (an acting presidency): nobody holding it today is no gap in the data. */
  occasional?: boolean;
}

/**
 * A term in an office: `of` is the entry holding the office `role`; `from` and `to` are dates
 * (YYYY, YYYY-MM or YYYY-MM-DD), `to` left out while in office. No two terms of one office
 * overlap (the glossary checker says so).
 */
export interface RoleTerm {
  role: string;
  of: string;
  from: string;
  to?: string;
}

export interface GlossaryEntry {
  /** Stable kebab-case ASCII id, never reused: `kim-jong-un`, `aurus-senat`. */
  id: string;
  type: EntryType;
  /** The name in French and in English running text. */
  names: Bilingual;
  script?: OriginalScript;
  press?: PressSpellings;
  /** Other correct spellings seen in the press (Kim Jong Un, Kim Jong-Un, Poutin…). */
  spellings?: string[];
  /** Misspellings seen in the press: matched, but flagged as such (Anrus Senat). */
  misspellings?: string[];
  /** Short forms resolved by context to the last full mention (Kim, Poutine, Peskov). */
  short?: string[];
  /** Descriptive phrases standing for the entry. */
  aliases?: DescriptiveAlias[];
  /**
   * Offices this entry has (a country, an organisation), whose holders change: « ministre russe
   * de la Défense » is an office of `russia`. Their phrases stand for the holder at the page's
   * date (see `roles`).
   */
  offices?: Office[];
  /** Terms this entry served in offices of other entries, with their dates. */
  roles?: RoleTerm[];
  /** The lists of the beat this entry belongs to (`GlossaryList.id`: `nk-provinces`, `sk-presidents`…). */
  lists?: string[];
  /** One or two neutral, factual sentences. */
  descriptions: Bilingual;
  /** ISO date (YYYY or YYYY-MM or YYYY-MM-DD) as of which roles in the description hold. */
  asOf?: string;
  related?: Relation[];
  context?: ContextRule[];
  /** Where the facts come from (a reference work, an official site, a style guide). */
  source: string;
  /** Set by the reader's own entries; built-in entries leave it out. */
  origin?: 'builtin' | 'user';
  /** Free notes (readers' entries). */
  notes?: string;
  /**
   * "world": an entry there as background to Korea and Russia news (the United States, the UN,
   * AFP…), highlighted only on pages that name at least one entry of Glose's own subjects.
   */
  scope?: 'world';
}
