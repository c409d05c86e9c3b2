/**
 * The automaton that lets the matcher's hot loop pass over ordinary lower-case words.
 *
 * Most words of running text are lower case and cannot begin any name: only the first words of
 * descriptions and terms (« dirigeant », « agence », « cosmodrome »…) can. Whether a lower-case
 * word may begin one is decided from its first four letters (the prefix sets built by the
 * matcher). Instead of computing those letters with a branch per character, the hot loop runs a
 * small deterministic automaton: one table read per character, `state = next[state + category]`
 * (states are stored already multiplied by the row width, to keep the chain from one character
 * to the next down to an addition and a load),
 * and it only leaves the loop at a word that needs a closer look (a capital, a digit, another
 * script, a lower-case word whose prefix may begin a phrase) or at a character never seen before.
 *
 * A lower-case word is passed over when no lower-case phrase begins with its first letters (up to
 * four); a character other than a plain a–z letter (a digit, a ligature, a look-alike from
 * another script) among them stops the automaton at the word, unless no phrase begins with the
 * letters before it.
 */
import { HARD, SOFT, classOf } from '../text/fold.ts';

/** Character categories (a byte per UTF-16 code unit, filled lazily; 0 = not seen yet). */
export const CAT_UNKNOWN = 0;
/** A separator: space, punctuation (fold.ts SOFT or HARD). */
export const CAT_SEP = 1;
/** Anything else inside a word: digits, other scripts, ligatures, invisible marks. */
export const CAT_OTHER = 2;
/** Lower-case letters a–z (accents folded): 4 + letter index. */
const CAT_LOWER = 4;
/** Capitals A–Z, À–Þ folding to a–z: 30 + letter index. */
const CAT_UPPER = 30;
/** Row width of the transition table (categories fit in six bits). */
export const STRIDE_BITS = 6;

/** States from this value up are exits: EXIT + n means "the word started n characters back". */
export const EXIT = 1 << 24;
/** Exit for a character whose category is not known yet: fill it with `categoryOf` and go on. */
export const EXIT_UNKNOWN = EXIT + 0xff;
export const STATE_BETWEEN = 0;
export const STATE_SKIP = 1;

const CATEGORY = new Uint8Array(65536);

/** Capitals of Latin Extended-A and -B (Ł, Ś, Ž…), which alternate with their small letters. */
const EXTENDED_CAPITALS = new Uint8Array(0x150);
for (let code = 0x100; code < 0x250; code++) {
  const ch = String.fromCharCode(code);
  if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) EXTENDED_CAPITALS[code - 0x100] = 1;
}

/** Capitals the matcher treats as the start of a proper noun (Latin and its extensions, Cyrillic). */
export function isMatcherCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || (code >= 0x100 && code < 0x250 && EXTENDED_CAPITALS[code - 0x100] === 1) || (code >= 0x400 && code <= 0x42f);
}

/** The category of one code unit, computed once and cached in CATEGORY. */
export function categoryOf(code: number): number {
  const known = CATEGORY[code]!;
  if (known !== CAT_UNKNOWN) return known;
  const c = classOf(code);
  let cat: number;
  if (c === SOFT || c === HARD) cat = CAT_SEP;
  else if (c >= 97 && c <= 122) cat = (isMatcherCapital(code) ? CAT_UPPER : CAT_LOWER) + c - 97;
  else cat = CAT_OTHER;
  CATEGORY[code] = cat;
  return cat;
}

// Latin, its supplements, general punctuation and Cyrillic are known from the start: the
// automaton then leaves its loop for an unseen character only on unusual pages (measured:
// filling Latin-1 alone cost the matcher benchmark about 7% of its throughput).
for (const [from, to] of [[0, 0x24f], [0x2000, 0x206f], [0x400, 0x4ff]] as const) for (let code = from; code <= to; code++) categoryOf(code);

/** The category table itself, for the hot loop. */
export const CATEGORY_TABLE: Uint8Array = CATEGORY;

/**
 * Builds the transition table from the lower-case prefix sets:
 * `lowerStarts[a·729 + b·27 + c]` (first three letters, 0 where the word has ended) and the bit
 * set `lowerStarts4` over (a, b, c, d) (first four). Letters are 1–26.
 */
export function buildSkipAutomaton(lowerStarts: Uint8Array, lowerStarts4: Uint32Array): Int32Array {
  const steps = buildSkipAutomatonSteps(lowerStarts, lowerStarts4);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** The same, pausing every few dozen states (the matcher is built in slices in pages). */
export function* buildSkipAutomatonSteps(lowerStarts: Uint8Array, lowerStarts4: Uint32Array): Generator<void, Int32Array> {
  const bit4 = (a: number, b: number, c: number, d: number): boolean => {
    const bit = ((a * 27 + b) * 27 + c) * 27 + d;
    return (lowerStarts4[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  };
  const live3 = (a: number, b: number, c: number): boolean => lowerStarts[a * 729 + b * 27 + c] === 1;
  // Which one- and two-letter prefixes some phrase begins with, from one pass over the set.
  const live1 = new Uint8Array(27);
  const live2 = new Uint8Array(27 * 27);
  for (let i = 0; i < lowerStarts.length; i++) {
    if (lowerStarts[i] !== 1) continue;
    live1[Math.floor(i / 729)] = 1;
    live2[Math.floor(i / 27)] = 1;
  }
  const anyWith = (a: number, b?: number): boolean => (b === undefined ? live1[a] === 1 : live2[a * 27 + b] === 1);

  // States: 0 between words, 1 inside a word passed over, 2 and 3 the first one and two
  // letters of a word no phrase can begin with, then one state per live prefix of one, two or
  // three letters.
  const DEAD1 = 2;
  const DEAD2 = 3;
  const rows: Array<(cat: number) => number> = [];
  const ids = new Map<number, number>();
  // A prefix of one to three letters (1–26 each) as one number.
  const keyOf = (prefix: number[]): number => prefix.reduce((k, l) => k * 27 + l, prefix.length);
  const stateOf = (prefix: number[]): number => {
    if (prefix.length === 1 && !anyWith(prefix[0]!)) return DEAD1;
    if (prefix.length === 2 && !anyWith(prefix[0]!, prefix[1]!)) return DEAD2;
    const key = keyOf(prefix);
    let id = ids.get(key);
    if (id === undefined) {
      id = 4 + ids.size;
      ids.set(key, id);
      pending.push(prefix);
    }
    return id;
  };
  const pending: number[][] = [];
  const letterOf = (cat: number): number => (cat >= CAT_UPPER ? cat - CAT_UPPER + 1 : cat >= CAT_LOWER ? cat - CAT_LOWER + 1 : 0);

  rows[STATE_BETWEEN] = (cat) => (cat === CAT_SEP ? STATE_BETWEEN : cat >= CAT_LOWER && cat < CAT_UPPER ? stateOf([cat - CAT_LOWER + 1]) : EXIT);
  rows[STATE_SKIP] = (cat) => (cat === CAT_SEP ? STATE_BETWEEN : STATE_SKIP);
  // No phrase begins with these letters, whatever follows (a ligature or a look-alike letter
  // folds to letters too): the rest of the word is passed over.
  rows[DEAD1] = (cat) => (cat === CAT_SEP ? STATE_BETWEEN : STATE_SKIP);
  rows[DEAD2] = (cat) => (cat === CAT_SEP ? STATE_BETWEEN : STATE_SKIP);
  const liveRow = (p: number[]) => (cat: number): number => {
    const [a, b, c] = p as [number, number?, number?];
    if (p.length === 1) {
      if (cat === CAT_SEP) return live3(a, 0, 0) ? EXIT + 1 : STATE_BETWEEN;
      if (cat === CAT_OTHER) return EXIT + 1;
      return stateOf([a, letterOf(cat)]);
    }
    if (p.length === 2) {
      if (cat === CAT_SEP) return live3(a, b!, 0) ? EXIT + 2 : STATE_BETWEEN;
      if (cat === CAT_OTHER) return EXIT + 2;
      const l = letterOf(cat);
      return live3(a, b!, l) ? stateOf([a, b!, l]) : STATE_SKIP;
    }
    if (cat === CAT_SEP) return bit4(a, b!, c!, 0) ? EXIT + 3 : STATE_BETWEEN;
    if (cat === CAT_OTHER) return EXIT + 3;
    return bit4(a, b!, c!, letterOf(cat)) ? EXIT + 3 : STATE_SKIP;
  };

  const cells: number[][] = [];
  const fill = (state: number, row: (cat: number) => number): void => {
    const cellsOfRow: number[] = [];
    for (let cat = 0; cat < 1 << STRIDE_BITS; cat++) {
      const valid = cat === CAT_SEP || cat === CAT_OTHER || (cat >= CAT_LOWER && cat < CAT_UPPER + 26);
      cellsOfRow.push(cat === CAT_UNKNOWN ? EXIT_UNKNOWN : valid ? row(cat) : EXIT_UNKNOWN);
    }
    cells[state] = cellsOfRow;
  };
  for (let s = 0; s < 4; s++) fill(s, rows[s]!);
  // A queue read by index (shift() would make the walk quadratic in the number of states).
  for (let next = 0; next < pending.length; next++) {
    const p = pending[next]!;
    fill(ids.get(keyOf(p))!, liveRow(p));
    if ((next & 31) === 31) yield;
  }
  yield;
  const table = new Int32Array(cells.length << STRIDE_BITS);
  cells.forEach((row, s) => table.set(row.map((next) => (next >= EXIT ? next : next << STRIDE_BITS)), s << STRIDE_BITS));
  return table;
}
