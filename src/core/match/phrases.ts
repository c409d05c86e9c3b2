/**
 * Pass 3 — walking phrases. From a candidate first word, the walker follows the phrase trie word
 * by word (MAX_WORDS at most, so the work per candidate is bounded) and records every phrase
 * that ends a name, shortest first. A word one letter off a name's word (a slip: « Choe Son-hiu »,
 * « Anrus Senat ») is followed once per phrase, and only in capitalised words (or the lower-case
 * half of a hyphenated given name). The reader's rules (rules/) and the document (settle.ts)
 * then choose among what was recorded.
 */
import * as fold from '../text/fold.ts';

// Plain module-level copies of the folding table's exports: hot loops read local bindings (some
// module loaders turn imported bindings into property getters, a call per read).
const SCRIPT_LATIN = fold.SCRIPT_LATIN;
const classOf = fold.classOf;
const EXPAND = fold.EXPAND;
const LETTER_MIN = fold.LETTER_MIN;
const foldWord = fold.foldWord;
import * as m_edit_distance from './edit-distance.ts';
import * as m_hash_index from './hash-index.ts';
import { type Structures } from './structures.ts';
import * as m_structures from './structures.ts';
import { WordReader } from './words.ts';
import * as m_words from './words.ts';
import * as m_candidates from './candidates.ts';
// The other imports the same way.
const editDistanceWithin = m_edit_distance.editDistanceWithin;
const hashString = m_hash_index.hashString;
const FUZZY_FIRST_MIN = m_structures.FUZZY_FIRST_MIN;
const firstLetterIsUpper = m_words.firstLetterIsUpper;
const wordId = m_words.wordId;
const rememberNotSlip = m_candidates.rememberNotSlip;

/** The longest phrase walked, in words. */
const MAX_WORDS = 14;
/** A slip is looked for in inner words at least this long. */
const FUZZY_INNER_MIN = 3;

/** A phrase the walk reached. */
export interface Walked {
  node: number;
  end: number;
  fuzzy: boolean;
  letters: number;
  /** An opening quote inside the phrase (Aurus « Senat »): its closing one goes with it. */
  quoted: boolean;
  /** Letters in the phrase's last word (an initial's full stop goes with it: U.S.). */
  lastLen: number;
  /** A full stop after an initial was read inside the phrase (U.S., N. Korea). */
  dotted: boolean;
}

export class PhraseWalker {
  /** The phrases of the last walk, in pooled objects reused from one look-up to the next. */
  readonly #pool: Walked[] = [];
  /** How many of `pool` the last walk filled. */
  count = 0;
  /** The last walk's phrases, shortest first (read `count` of them). */
  found: Walked[] = this.#pool;
  readonly #W: number;
  readonly #codes = new Int32Array(64);
  readonly #prefix = new Int32Array(65);

  constructor(
    private readonly b: Structures,
    readonly reader: WordReader,
    private readonly notSlips: Int32Array,
  ) {
    this.#W = Math.max(1, b.words.length);
  }

  /**
   * Walks every phrase beginning with the word text[start, end) (hash and folded length given),
   * exactly or, for a capitalised Latin word that is no first word, as a slip of one. Returns
   * how many phrases were recorded (in `found`, shortest first). `exact` leaves slips out.
   */
  walkFrom(text: string, start: number, end: number, hash: number, len: number, scripts: number, exact = false): number {
    const b = this.b;
    this.count = 0;
    const first = wordId(b.words, b.firstIndex, text, start, end, hash);
    if (first >= 0) {
      const child = b.children.get(first);
      if (child >= 0) this.#walk(text, child, end, false, 1, len, false, len, false);
      this.found = this.#pool;
      return this.count;
    }
    if (!exact && len >= FUZZY_FIRST_MIN && scripts === SCRIPT_LATIN && firstLetterIsUpper(text, start, end)) {
      const slips = this.#maySlip(text, start, end) && wordId(b.words, b.wordIndex, text, start, end, hash) < 0 ? this.#fuzzyFirst(foldWord(text.slice(start, end))) : [];
      for (const id of slips) {
        const child = b.children.get(id);
        if (child >= 0) this.#walk(text, child, end, true, 1, len, false, len, false);
      }
      if (slips.length === 0) rememberNotSlip(this.notSlips, hash, len);
    }
    // Several fuzzy walks: order their phrases as one exact walk would (shortest first).
    this.found = this.#pool.slice(0, this.count).sort((x, y) => x.end - y.end || Number(y.fuzzy) - Number(x.fuzzy));
    return this.count;
  }

  /** Does one of the walked phrases stand for `entry` by something other than `skipKind`? */
  reaches(entry: number, skipKind: number): boolean {
    for (let k = 0; k < this.count; k++) {
      for (const t of this.b.targets[this.found[k]!.node]!) {
        if (Math.floor(t / 256) === entry && ((t >> 4) & 15) !== skipKind) return true;
      }
    }
    return false;
  }

  #record(node: number, end: number, fuzzy: boolean, letters: number, quoted: boolean, lastLen: number, dotted: boolean): void {
    let w = this.#pool[this.count];
    if (!w) this.#pool.push((w = { node, end, fuzzy, letters, quoted, lastLen, dotted }));
    else {
      w.node = node;
      w.end = end;
      w.fuzzy = fuzzy;
      w.letters = letters;
      w.quoted = quoted;
      w.lastLen = lastLen;
      w.dotted = dotted;
    }
    this.count++;
  }

  /** The child of `node` for the word the reader holds, or -1. */
  #childFor(text: string, node: number): number {
    const b = this.b;
    const r = this.reader;
    const from = b.childStart[node]!;
    const to = b.childStart[node + 1]!;
    if (to - from <= 8) {
      // Few possible next words: compare hashes and lengths (a 32-bit hash and a length both
      // equal for a different word, among these few, is too rare to pay a letter check for).
      for (let k = from; k < to; k++) {
        const w = b.childList[k]!;
        if (b.wordHashes[w] === r.hash && b.words[w]!.length === r.len) return b.children.get(node * this.#W + w);
      }
      return -1;
    }
    const id = wordId(b.words, b.wordIndex, text, r.start, r.end, r.hash);
    return id >= 0 ? b.children.get(node * this.#W + id) : -1;
  }

  #walk(text: string, node: number, pos: number, fuzzy: boolean, words: number, letters: number, quoted: boolean, lastLen: number, dotted: boolean): void {
    const b = this.b;
    const r = this.reader;
    if (b.hasTargets[node] === 1) this.#record(node, pos, fuzzy, letters, quoted, lastLen, dotted);
    if (words >= MAX_WORDS || !r.readNext(text, pos, lastLen)) return;
    const start = r.start;
    const end = r.end;
    const len = r.len;
    const q = quoted || r.quote;
    const d = dotted || (lastLen === 1 && text.charCodeAt(pos) === 46);
    const child = this.#childFor(text, node);
    if (child >= 0) {
      this.#walk(text, child, end, fuzzy, words + 1, letters + len, q, len, d);
      return;
    }
    // A slip inside a name: in a capitalised word, or in the lower-case half of a hyphenated
    // given name (Choe Son-hiu for Son-hui).
    const hyphenated = start > 0 && (text.charCodeAt(start - 1) === 45 || text.charCodeAt(start - 1) === 0x2010 || text.charCodeAt(start - 1) === 0x2011);
    if (fuzzy || len < FUZZY_INNER_MIN || !(hyphenated || firstLetterIsUpper(text, start, end)) || r.scripts !== SCRIPT_LATIN) return;
    const x = foldWord(text.slice(start, end));
    for (let k = b.childStart[node]!; k < b.childStart[node + 1]!; k++) {
      const w = b.childList[k]!;
      const cw = b.words[w]!;
      if (cw[0] === x[0] && editDistanceWithin(x, cw, 1) <= 1) {
        this.#walk(text, b.children.get(node * this.#W + w), end, true, words + 1, letters + len, q, len, d);
        return;
      }
    }
  }

  /**
   * Could the word text[start, end) be one slip away from a first word? Checked on hashes
   * computed arithmetically (prefix hashes, no string built), so that the many capitalised
   * words that are not names cost no allocation.
   */
  #maySlip(text: string, start: number, end: number): boolean {
    const codes = this.#codes;
    const prefix = this.#prefix;
    let n = 0;
    for (let i = start; i < end && n < 64; i++) {
      const c = classOf(text.charCodeAt(i));
      if (c >= LETTER_MIN) codes[n++] = c;
      else if (c === EXPAND) return true;
    }
    if (n >= 64) return false;
    prefix[0] = 0;
    for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i]!, 31) + codes[i]!) | 0;
    const full = prefix[n]!;
    if (this.b.deletions.has(full)) return true;
    let pow = 1; // 31^(n-1-j), built from the end
    for (let j = n - 1; j >= 0; j--) {
      const del = (Math.imul(prefix[j]!, pow) + full - Math.imul(prefix[j + 1]!, pow)) | 0;
      if (this.b.firstIndex.has(del) || this.b.deletions.has(del)) return true;
      pow = Math.imul(pow, 31);
    }
    return false;
  }

  /** Word ids of the first words one slip away from the folded word `x` (same first letter). */
  #fuzzyFirst(x: string): number[] {
    const b = this.b;
    const found = new Set<number>();
    for (const id of b.deletions.all(hashString(x))) found.add(id);
    for (let j = 0; j < x.length; j++) {
      const del = x.slice(0, j) + x.slice(j + 1);
      const h = hashString(del);
      for (const id of b.firstIndex.all(h)) found.add(id);
      for (const id of b.deletions.all(h)) found.add(id);
    }
    return [...found].filter((id) => {
      const w = b.words[id]!;
      // A trailing extra letter is an inflection (Vladivostoks), not a slip.
      return w[0] === x[0] && w !== x && !(x.length === w.length + 1 && x.startsWith(w)) && editDistanceWithin(x, w, 1) <= 1;
    });
  }
}
