/**
 * Pass 2 — finding candidates: the hot loop. It reads the text once and stops only at words that
 * may begin a name: a first word of some phrase (by hash), a capitalised word long enough to be
 * a slip of one, or a word in another script. Ordinary lower-case words are passed over by the
 * skip automaton (skip-automaton.ts) at one table read per character. Everything after this
 * pass runs only at candidates, so the matcher's cost is this loop's plus a bounded amount of
 * work per candidate: linear in the text, whatever its punctuation.
 */
import * as fold from '../text/fold.ts';
import * as automaton from './skip-automaton.ts';
import * as m_structures from './structures.ts';
import type { HashIndex } from './hash-index.ts';
import * as m_shapes from './rules/unknown-shapes.ts';

// Module-level constant copies of the imported bindings: the hot loop reads plain bindings (some
// module loaders turn imported bindings into property getters, which cost a call per read).
const CLASS_TABLE = fold.CLASS_TABLE;
const EXPAND = fold.EXPAND;
const IGNORE = fold.IGNORE;
const LETTER_MIN = fold.LETTER_MIN;
const classOf = fold.classOf;
const expansionOf = fold.expansionOf;
const CATEGORY_TABLE = automaton.CATEGORY_TABLE;
const CAT_SEP = automaton.CAT_SEP;
const EXIT = automaton.EXIT;
const EXIT_UNKNOWN = automaton.EXIT_UNKNOWN;
const STATE_BETWEEN = automaton.STATE_BETWEEN;
const STATE_SKIP = automaton.STATE_SKIP << automaton.STRIDE_BITS;
const categoryOf = automaton.categoryOf;
const isMatcherCapital = automaton.isMatcherCapital;
const FUZZY_FIRST_MIN = m_structures.FUZZY_FIRST_MIN;
const mayEndRussianSurname = m_shapes.mayEndRussianSurname;

/** The candidate word found by `nextCandidate`. */
export interface Candidate {
  start: number;
  hash: number;
  len: number;
  /** OR of the word's folded codes: above 0x24f, the word has letters of another script. */
  codes: number;
}

/**
 * Capitalised words already found not to be a slip of any name (Dans, Plusieurs, Selon…), by
 * folded hash and length, direct-mapped: the hot loop passes over them without a closer look.
 * Two different words of one length sharing a 32-bit hash would only cost a misspelling flag.
 * The table itself belongs to a matcher (see `notSlipTable`).
 */
export const NOT_SLIP_MASK = 1023;

export function notSlipTable(): Int32Array {
  return new Int32Array((NOT_SLIP_MASK + 1) * 2);
}

/** Records that the word of this hash and length is no slip of any name. */
export function rememberNotSlip(notSlips: Int32Array, hash: number, len: number): void {
  const slot = ((hash ^ (hash >>> 11)) & NOT_SLIP_MASK) << 1;
  notSlips[slot] = hash;
  notSlips[slot + 1] = len + 1;
}

/**
 * The matcher's hot loop: reads words from `from` and stops at the first one that may begin a
 * name — its hash is in the first-word table, or it is a capitalised word long enough to be a
 * slip, or it has non-Latin letters (checked by the caller). Returns the end of that word
 * (its start, hash, length and OR of folded codes in `out`), or -1 at the end
 * of the text. Lower-case words that cannot begin a phrase are passed over by the skip
 * automaton (skip-automaton.ts) without hashing. With `shapes` (a session finding names
 * without an entry), it also stops at capitalised words that may begin one (a Korean surname, a
 * Russian given name: their hashes) or end a Russian surname (rules/unknown-shapes.ts). A
 * top-level function with plain locals, so that engines compile it tightly.
 */
export function nextCandidate(text: string, from: number, keys: Int32Array, values: Int32Array, mask: number, lowerOk: Uint8Array, next: Int32Array, slipLengths: Int32Array, notSlips: Int32Array, out: Candidate, shapes: HashIndex | null = null): number {
  const n = text.length;
  const classes = CLASS_TABLE;
  const categories = CATEGORY_TABLE;
  let i = from;
  let state = STATE_BETWEEN;
  for (;;) {
    // One table read per character until a word needs a closer look.
    let exit = 0;
    while (i < n) {
      exit = next[state + categories[text.charCodeAt(i)]!]!;
      if (exit >= EXIT) break;
      state = exit;
      i++;
      if (state === STATE_SKIP) {
        // Inside a word passed over: only its end matters.
        while (i < n && categories[text.charCodeAt(i)]! > CAT_SEP) i++;
      }
    }
    if (i >= n) {
      // The text ends the word: decide as for a separator.
      exit = next[state + CAT_SEP]!;
      if (exit < EXIT) return -1;
    } else if (exit === EXIT_UNKNOWN) {
      // A character not met before: categorise it, then read it again in the same state.
      categoryOf(text.charCodeAt(i));
      continue;
    }
    const start = i - (exit - EXIT);
    i = start;
    state = STATE_BETWEEN;
    const upper = isMatcherCapital(text.charCodeAt(start));
    // The word's hash and length as readWordAt computes them, inlined here (with the OR of its
    // folded codes instead of its scripts) to keep the hot loop free of calls.
    let h = 0;
    let len = 0;
    let codes = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      let c = classes[code]!;
      if (c === 0) c = classOf(code);
      if (c >= LETTER_MIN) {
        h = (Math.imul(h, 31) + c) | 0;
        codes |= c;
        len++;
      } else if (c === EXPAND) {
        const x = expansionOf(code);
        for (let k = 0; k < x.length; k++) h = (Math.imul(h, 31) + x.charCodeAt(k)) | 0;
        len += x.length;
        codes |= 0x7fff;
      } else if (c !== IGNORE) break;
      i++;
    }
    if (len === 0) continue;
    const first = classes[text.charCodeAt(start)]!;
    let candidate = codes > 0x24f;
    if (!candidate && upper && len >= FUZZY_FIRST_MIN && (first < 97 || first > 122 || len >= 31 || (slipLengths[first - 96]! & (1 << len)) !== 0)) {
      // A capitalised word that may be a slip, unless it was already found not to be one.
      const slot = ((h ^ (h >>> 11)) & NOT_SLIP_MASK) << 1;
      candidate = notSlips[slot] !== h || notSlips[slot + 1] !== len + 1;
    }
    if (!candidate) {
      // A word written in lower case can only begin a phrase some spelling writes in lower case.
      const lower = !upper && first >= 97 && first <= 122;
      let slot = (h ^ (h >>> 15)) & mask;
      for (;;) {
        const v = values[slot]!;
        if (v === -1) break;
        if (keys[slot] === h && (!lower || lowerOk[v] === 1)) {
          candidate = true;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    if (!candidate && shapes !== null && upper) candidate = shapes.has(h) || (len >= 4 && mayEndRussianSurname(classOf(text.charCodeAt(i - 1)), classOf(text.charCodeAt(i - 2))));
    if (candidate) {
      out.start = start;
      out.hash = h;
      out.len = len;
      out.codes = codes;
      return i;
    }
  }
}

