/**
 * Pass 1 — reading words. A word is a run of letters under the folding table (text/fold.ts:
 * case, accents, ligatures, invisible marks), kept as its source offsets plus its folded hash and
 * length, so that nothing is copied out of the page's text until a name is found. The phrase
 * walk (phrases.ts) reads the words after a first word through a `WordReader`; the hot loop
 * (candidates.ts) reads first words itself.
 */
import * as fold from '../text/fold.ts';

// Plain module-level copies of the folding table's exports: hot loops read local bindings (some
// module loaders turn imported bindings into property getters, a call per read).
const CLASS_TABLE = fold.CLASS_TABLE;
const EXPAND = fold.EXPAND;
const HARD = fold.HARD;
const IGNORE = fold.IGNORE;
const LETTER_MIN = fold.LETTER_MIN;
const SCRIPT_CYRILLIC = fold.SCRIPT_CYRILLIC;
const SCRIPT_LATIN = fold.SCRIPT_LATIN;
const SCRIPT_TABLE = fold.SCRIPT_TABLE;
const SOFT = fold.SOFT;
const classOf = fold.classOf;
const expansionOf = fold.expansionOf;
const foldWord = fold.foldWord;
const isUpperCode = fold.isUpperCode;
const latinizeLookalikes = fold.latinizeLookalikes;
import { type HashIndex } from './hash-index.ts';
import * as m_hash_index from './hash-index.ts';
// The other imports the same way.
const hashString = m_hash_index.hashString;

/** Separators longer than this between two words end a phrase (« Senat » is fine, a paragraph is not). */
export const MAX_GAP = 4;

/** True when text[start, end) folds to exactly `word`. */
export function foldedEquals(text: string, start: number, end: number, word: string): boolean {
  let j = 0;
  let mixed = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const c = classOf(code);
    if (c >= LETTER_MIN) {
      mixed |= SCRIPT_TABLE[code]!;
      if (word.charCodeAt(j++) !== c) return mixed === (SCRIPT_LATIN | SCRIPT_CYRILLIC) ? foldWord(text.slice(start, end)) === word : false;
    } else if (c === EXPAND) {
      const x = expansionOf(code);
      if (word.slice(j, j + x.length) !== x) return false;
      j += x.length;
    }
  }
  return j === word.length || (mixed === (SCRIPT_LATIN | SCRIPT_CYRILLIC) && foldWord(text.slice(start, end)) === word);
}

/** Letters of a string with their case, accents stripped: for acronym and case-rule checks. */
export function caseLetters(s: string): string {
  return s.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
}

/** Does text[start, end) hold a small letter? (Acronyms must be written in capitals.) */
export function hasSmallLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
    if (code > 127 && classOf(code) >= LETTER_MIN) {
      const ch = String.fromCharCode(code);
      if (ch !== ch.toUpperCase()) return true;
    }
  }
  return false;
}

/** Is the first letter of text[start, end) a capital? Digits are not letters here (« 1718 Committee »). */
export function firstLetterIsUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const c = classOf(code);
    if ((c >= LETTER_MIN && (c < 48 || c > 57)) || c === EXPAND) return isUpperCode(code);
  }
  return false;
}

/** Is this code a letter or a letter-like character under the folding table? */
export function isWordCode(code: number): boolean {
  const c = classOf(code);
  return c >= LETTER_MIN || c === EXPAND;
}

/**
 * Reads one word at a time into its fields, without allocating: one reader per matcher, so
 * that matchers never share scratch state.
 */
export class WordReader {
  start = 0;
  end = 0;
  hash = 0;
  len = 0;
  scripts = 0;
  /** An opening quote (« or “) was among the separators before the word. */
  quote = false;

  /**
   * Reads the word starting at or after `pos`, skipping at most MAX_GAP soft separators (one
   * line break at most) and no hard one. Returns false when the phrase cannot go on.
   */
  readNext(text: string, pos: number, lastLen = 0): boolean {
    const n = text.length;
    let i = pos;
    let gap = 0;
    let newlines = 0;
    let dot = false;
    this.quote = false;
    while (i < n) {
      const code = text.charCodeAt(i);
      const c = classOf(code);
      if (c === SOFT) {
        if (code === 10) newlines++;
        else if (code === 0xab || code === 0x201c) this.quote = true;
        gap++;
        i++;
        // Past the gap a phrase cannot go on: stop reading separators (a line of spaces is long).
        if (gap > MAX_GAP) return false;
        continue;
      }
      // The full stop after an initial or a two-letter abbreviation goes on (U.S., U.N., N. Korea,
      // St. Petersburg, Mt. Paektu): the walk still needs a phrase that goes on with the next word.
      // Any other ends the name.
      if (c === HARD && code === 46 && lastLen >= 1 && lastLen <= 2 && !dot && gap === 0) {
        dot = true;
        gap++;
        i++;
        continue;
      }
      if (c === HARD) return false;
      break;
    }
    if (i >= n || gap === 0 || gap > MAX_GAP || newlines > 1) return false;
    this.readAt(text, i);
    return this.len > 0;
  }

  /** Reads the word that starts at `i`. */
  readAt(text: string, i: number): void {
    const n = text.length;
    this.start = i;
    let h = 0;
    let len = 0;
    let scripts = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      let c = CLASS_TABLE[code]!;
      if (c === 0) c = classOf(code);
      if (c >= LETTER_MIN) {
        h = (Math.imul(h, 31) + c) | 0;
        scripts |= code < 0x80 ? SCRIPT_LATIN : SCRIPT_TABLE[code]!;
        len++;
      } else if (c === EXPAND) {
        const x = expansionOf(code);
        for (let k = 0; k < x.length; k++) h = (Math.imul(h, 31) + x.charCodeAt(k)) | 0;
        len += x.length;
      } else if (c !== IGNORE) break;
      i++;
    }
    this.end = i;
    this.len = len;
    this.scripts = scripts;
    this.hash = scripts === (SCRIPT_LATIN | SCRIPT_CYRILLIC) ? hashString(latinizeLookalikes(foldWord(text.slice(this.start, i)))) : h;
  }
}

/** The id of the word text[start, end) folds to in `index` (over `words`), or -1. */
export function wordId(words: readonly string[], index: HashIndex, text: string, start: number, end: number, hash: number): number {
  // Probes the table in place (no array per look-up): every slot with this hash is verified.
  const keys = index.keys;
  const values = index.values;
  const mask = index.mask;
  let slot = index.slotOf(hash);
  for (;;) {
    const v = values[slot]!;
    if (v === -1) return -1;
    if (keys[slot] === hash && foldedEquals(text, start, end, words[v]!)) return v;
    slot = (slot + 1) & mask;
  }
}
