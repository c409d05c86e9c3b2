/**
 * Rule: a name that is also a common word needs its context (the glossary's `context` rules:
 * « Amour » is the river near « fleuve » or « Khabarovsk », « Union » needs its party, « US » is
 * the United States in English copy only). The words of the paragraph around a mention are read
 * once, as folded-word hashes in order (for phrases) and counted in a small table (for single
 * words), since several mentions of one paragraph ask, and without building strings. At most
 * PARAGRAPH_REACH characters are read on each side, so a page-long paragraph costs each mention a
 * bounded look (the matcher stays linear).
 */
import * as fold from '../../text/fold.ts';

// Plain module-level copies of the folding table's exports: hot loops read local bindings (some
// module loaders turn imported bindings into property getters, a call per read).
const CLASS_TABLE = fold.CLASS_TABLE;
const EXPAND = fold.EXPAND;
const IGNORE = fold.IGNORE;
const LETTER_MIN = fold.LETTER_MIN;
const SOFT = fold.SOFT;
const classOf = fold.classOf;
const expansionOf = fold.expansionOf;
import type { CompiledRule } from '../kinds.ts';
import * as m_words from '../words.ts';
// The other imports the same way.
const caseLetters = m_words.caseLetters;

/** Context rules read the paragraph around a name, at most this many characters on each side… */
const PARAGRAPH_REACH = 1000;
/** …and at most this many of its words. */
const MAX_PARAGRAPH_WORDS = 1024;
const COUNT_SLOTS = 4096;

/** The paragraph around a mention as word hashes, loaded once per paragraph. */
export class ParagraphWords {
  #text: string | null = null;
  #from = -1;
  #to = -1;
  readonly #words = new Int32Array(MAX_PARAGRAPH_WORDS);
  #length = 0;
  readonly #countKeys = new Int32Array(COUNT_SLOTS);
  readonly #countValues = new Int32Array(COUNT_SLOTS);
  readonly #countStamps = new Int32Array(COUNT_SLOTS);
  #stamp = 0;

  /** Reads the paragraph around text[start, end) (a blank line ends it), unless already read. */
  load(text: string, start: number, end: number): void {
    if (text === this.#text && start >= this.#from && end <= this.#to) return;
    const floor = Math.max(0, start - PARAGRAPH_REACH);
    let a = floor;
    for (let i = start; i >= floor; i--) {
      if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10) {
        a = i;
        break;
      }
    }
    let z = Math.min(text.length, end + PARAGRAPH_REACH);
    for (let i = end; i + 1 < text.length && i < z; i++) {
      if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10) {
        z = i;
        break;
      }
    }
    this.#text = text;
    this.#from = a;
    this.#to = z;
    this.#length = 0;
    this.#stamp++;
    // Word hashes of folded letters (ligatures expanded), in one pass; unlike WordReader, a word
    // mixing Latin and Cyrillic look-alikes is not read as Latin here.
    let h = 0;
    let len = 0;
    for (let i = a; i <= z; i++) {
      let c = i < z ? CLASS_TABLE[text.charCodeAt(i)]! : SOFT;
      if (c === 0) c = classOf(text.charCodeAt(i));
      if (c >= LETTER_MIN) {
        h = (Math.imul(h, 31) + c) | 0;
        len++;
      } else if (c === EXPAND) {
        const x = expansionOf(text.charCodeAt(i));
        for (let k = 0; k < x.length; k++) h = (Math.imul(h, 31) + x.charCodeAt(k)) | 0;
        len += x.length;
      } else if (c !== IGNORE && len > 0) {
        this.#count(h);
        h = 0;
        len = 0;
      }
    }
  }

  #count(hash: number): void {
    if (this.#length < MAX_PARAGRAPH_WORDS) this.#words[this.#length++] = hash;
    let slot = (hash ^ (hash >>> 15)) & (COUNT_SLOTS - 1);
    while (this.#countStamps[slot] === this.#stamp && this.#countKeys[slot] !== hash) slot = (slot + 1) & (COUNT_SLOTS - 1);
    if (this.#countStamps[slot] !== this.#stamp) {
      this.#countStamps[slot] = this.#stamp;
      this.#countKeys[slot] = hash;
      this.#countValues[slot] = 0;
    }
    this.#countValues[slot]!++;
  }

  #countOf(hash: number): number {
    let slot = (hash ^ (hash >>> 15)) & (COUNT_SLOTS - 1);
    while (this.#countStamps[slot] === this.#stamp) {
      if (this.#countKeys[slot] === hash) return this.#countValues[slot]!;
      slot = (slot + 1) & (COUNT_SLOTS - 1);
    }
    return 0;
  }

  /** How many times the folded phrase (its word hashes) occurs in the loaded paragraph. */
  occurrences(words: readonly number[]): number {
    const first = this.#countOf(words[0]!);
    if (words.length === 1 || first === 0) return first;
    let n = 0;
    for (let p = 0; p + words.length <= this.#length; p++) {
      let k = 0;
      while (k < words.length && this.#words[p + k] === words[k]) k++;
      if (k === words.length) n++;
    }
    return n;
  }
}

/**
 * Does one of these context words occur in the loaded paragraph? The name's own words do not
 * count as context: a context word that is part of the name must occur once more.
 */
function anyOccurs(paragraph: ParagraphWords, phraseHashes: ReadonlyMap<string, number[]>, words: readonly string[], key: string): boolean {
  for (const w of words) {
    const n = paragraph.occurrences(phraseHashes.get(w)!);
    if (n > 1 || (n === 1 && !` ${key} `.includes(` ${w} `))) return true;
  }
  return false;
}

/**
 * Do the context rules of this spelling (`key`, folded) of `entry`'s let the name
 * text[start, end) count, on a page in language `docLang`? `namedBefore`: the document already
 * named the entry in full.
 */
export function contextAllows(rules: readonly CompiledRule[], paragraph: ParagraphWords, phraseHashes: ReadonlyMap<string, number[]>, docLang: number, text: string, start: number, end: number, key: string, namedBefore = false): boolean {
  let loaded = false;
  for (const rule of rules) {
    if (rule.lang && rule.lang !== docLang) continue;
    if (rule.caseSensitive) {
      const letters = caseLetters(text.slice(start, end));
      if (!rule.forms.some((f) => caseLetters(f) === letters)) return false;
    }
    if (rule.near.length || rule.notNear.length) {
      if (!loaded) paragraph.load(text, start, end);
      loaded = true;
      // Once the document named the entry in full (« l'état-major interarmées sud-coréen »), its
      // short name needs no context word nearby: the reader knows which one it is (« the JCS said »).
      if (rule.near.length && !namedBefore && !anyOccurs(paragraph, phraseHashes, rule.near, key)) return false;
      if (anyOccurs(paragraph, phraseHashes, rule.notNear, key)) return false;
    }
  }
  return true;
}
