/**
 * Character folding shared by the matcher, the search and the glossary checks.
 *
 * Every UTF-16 code unit gets one class, computed once and cached in a table so that the
 * matcher's hot loop is a single array read per character:
 * - a folded letter (lower case, accents stripped, compatibility forms decomposed): its code;
 * - SOFT: a separator that may sit inside a name (spaces of every width, hyphens, apostrophes,
 *   guillemets and quotes);
 * - HARD: punctuation that ends a name (full stop, comma, brackets…);
 * - IGNORE: invisible inside a word (soft hyphen, combining marks, zero-width joiners);
 * - EXPAND: a letter that folds to several (œ → oe, ß → ss, Ⅲ → iii), see `expansionOf`.
 * Folding is deliberately lossy (й → и, ё → е): both sides of a comparison fold the same way.
 */

export const SOFT = 1;
export const HARD = 2;
export const IGNORE = 3;
export const EXPAND = 4;
/** Folded letters have codes of at least this value (every letter's code is above it). */
export const LETTER_MIN = 32;

export const SCRIPT_LATIN = 1;
export const SCRIPT_CYRILLIC = 2;
export const SCRIPT_OTHER = 4;

const UNKNOWN = 0;
const CLASS = new Uint16Array(65536);
const SCRIPT = new Uint8Array(65536);
const EXPANSIONS = new Map<number, string>();

/** Letters with no Unicode decomposition that readers still type without their accent. */
const MANUAL: Record<string, string> = {
  œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ẞ: 'ss', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ı: 'i', ħ: 'h',
};

/** Separators allowed inside a name: every Unicode space, hyphens and dashes, apostrophes, quotes, guillemets. */
const SOFT_RE = /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\-\u2010-\u2015\u2212'\u2018\u2019\u201a\u201b\u02bc\u02bb\u00b4`"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]$/u;
const IGNORE_RE = /^[\u00ad\u200c\u200d\u2060\ufeff\ufe00-\ufe0f\p{M}]$/u;
const LETTER_RE = /^[\p{L}\p{N}]$/u;
const LATIN_RE = /^\p{Script=Latin}$/u;
const CYRILLIC_RE = /^\p{Script=Cyrillic}$/u;

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return HARD; // astral characters (emoji…) end a word
  const ch = String.fromCharCode(code);
  if (IGNORE_RE.test(ch)) return IGNORE;
  if (SOFT_RE.test(ch)) return SOFT;
  if (!LETTER_RE.test(ch)) return HARD;
  SCRIPT[code] = LATIN_RE.test(ch) ? SCRIPT_LATIN : CYRILLIC_RE.test(ch) ? SCRIPT_CYRILLIC : SCRIPT_OTHER;
  const folded = MANUAL[ch] ?? ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded.length === 0) return IGNORE;
  if (folded.length === 1) {
    const f = folded.charCodeAt(0);
    return f >= LETTER_MIN ? f : IGNORE;
  }
  EXPANSIONS.set(code, folded);
  return EXPAND;
}

/** The class of one UTF-16 code unit (see the constants above). */
export function classOf(code: number): number {
  const c = CLASS[code]!;
  if (c !== UNKNOWN) return c;
  const computed = classify(code);
  CLASS[code] = computed;
  return computed;
}

/** Script flag of a letter (SCRIPT_LATIN, SCRIPT_CYRILLIC, SCRIPT_OTHER); valid after classOf. */
export function scriptOf(code: number): number {
  return SCRIPT[code]!;
}

/** The folded letters of an EXPAND character. */
export function expansionOf(code: number): string {
  return EXPANSIONS.get(code) ?? '';
}

/** The script table (see scriptOf), for the matcher's hot loop. */
export const SCRIPT_TABLE: Uint8Array = SCRIPT;

/** The class table itself, for the matcher's hot loop (entries are filled lazily by classOf). */
export const CLASS_TABLE: Uint16Array = CLASS;

/**
 * Cyrillic letters that look like Latin ones, for words mixing both scripts (a Cyrillic С typed
 * inside "Senat"): such a word is read as Latin. Lower-case folded forms.
 */
export const CYRILLIC_LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's',
};

/** A folded word: letters only, lower case, no accents; one string per word. */
export function foldWord(word: string): string {
  let out = '';
  let scripts = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const c = classOf(code);
    if (c >= LETTER_MIN) {
      out += String.fromCharCode(c);
      scripts |= SCRIPT[code]!;
    } else if (c === EXPAND) out += expansionOf(code);
  }
  return scripts === (SCRIPT_LATIN | SCRIPT_CYRILLIC) ? latinizeLookalikes(out) : out;
}

export function latinizeLookalikes(folded: string): string {
  let out = '';
  for (const ch of folded) out += CYRILLIC_LOOKALIKES[ch] ?? ch;
  return out;
}

export interface Token {
  /** Folded text of the word. */
  key: string;
  start: number;
  end: number;
}

/** Splits text into folded words with their offsets in the original string. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = classOf(text.charCodeAt(i));
    if (c === SOFT || c === HARD) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const k = classOf(text.charCodeAt(i));
      if (k === SOFT || k === HARD) break;
      i++;
    }
    const key = foldWord(text.slice(start, i));
    if (key) tokens.push({ key, start, end: i });
  }
  return tokens;
}

/** Folded words of a phrase joined by single spaces: the key under which the matcher stores it. */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((t) => t.key)
    .join(' ');
}

/** True when the character is an upper-case letter (any script). */
export function isUpperCode(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 0xc0) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
