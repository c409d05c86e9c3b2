/**
 * The matcher: finds glossary names in running text, as a careful reader would.
 *
 * One pass over the text reads words through the folding table (case, accents, apostrophes,
 * spaces of every kind; see text/fold.ts) and probes a hash table of the words that can begin
 * a name. Only there does it walk the phrase trie word by word, keeping the longest phrase,
 * then check what a reader checks: capitals for proper nouns, acronyms in capitals, the
 * language of descriptive phrases, context rules for names that are also common words, no
 * finds inside URLs or e-mail addresses. Short forms (Poutine, Kim) go to the person last
 * named in full; a capitalised word one slip away from a known name is a flagged misspelling.
 */
import * as fold from '../text/fold.ts';
import { editDistanceWithin } from './edit-distance.ts';
import { HashIndex, hashString } from './hash-index.ts';
import * as kinds from './kinds.ts';
import * as automaton from './skip-automaton.ts';
import type { CompiledRule, MatchKind, MatchTable } from './kinds.ts';

// Module-level copies of the imported constants: the hot loop reads plain bindings (some
// module loaders turn imported bindings into property getters, which cost a call per read).
const CLASS_TABLE = fold.CLASS_TABLE;
const SCRIPT_TABLE = fold.SCRIPT_TABLE;
const SOFT = fold.SOFT;
const HARD = fold.HARD;
const IGNORE = fold.IGNORE;
const EXPAND = fold.EXPAND;
const LETTER_MIN = fold.LETTER_MIN;
const SCRIPT_LATIN = fold.SCRIPT_LATIN;
const SCRIPT_CYRILLIC = fold.SCRIPT_CYRILLIC;
const FLAG_CAPITAL = kinds.FLAG_CAPITAL;
const FLAG_CASE = kinds.FLAG_CASE;
const LANG_EN = kinds.LANG_EN;
const LANG_FR = kinds.LANG_FR;
const MATCH_KINDS = kinds.MATCH_KINDS;
const classOf = fold.classOf;
const expansionOf = fold.expansionOf;
const foldWord = fold.foldWord;
const isUpperCode = fold.isUpperCode;
const latinizeLookalikes = fold.latinizeLookalikes;
const phraseKey = fold.phraseKey;
const CATEGORY_TABLE = automaton.CATEGORY_TABLE;
const CAT_SEP = automaton.CAT_SEP;
const EXIT = automaton.EXIT;
const EXIT_UNKNOWN = automaton.EXIT_UNKNOWN;
const STATE_BETWEEN = automaton.STATE_BETWEEN;
const buildSkipAutomaton = automaton.buildSkipAutomaton;
const categoryOf = automaton.categoryOf;
const isMatcherCapital = automaton.isMatcherCapital;

export interface Mention {
  /** UTF-16 offsets in the scanned text. */
  start: number;
  end: number;
  /** The text as written on the page. */
  surface: string;
  /** The entry it stands for (the likeliest one when `candidates` is set). */
  entry: string;
  match: MatchKind;
  /** A short form or shared spelling with no full mention before it: every entry it may be. */
  candidates?: string[];
  /** For misspellings: the name as it should be written. */
  intended?: string;
}

export interface MatchOptions {
  lang: 'fr' | 'en';
}

export interface MatchSession {
  /** Scans one more block of the same document: short forms resolve across blocks. */
  scan(text: string): Mention[];
}

export interface Matcher {
  findMentions(text: string, options: MatchOptions): Mention[];
  createSession(options: MatchOptions): MatchSession;
  entryCount: number;
  phraseCount: number;
  wordCount: number;
  /** Approximate bytes held by the typed arrays and maps. */
  approximateBytes: number;
}

const KIND_SHORT = MATCH_KINDS.indexOf('short');
const KIND_DESCRIPTION = MATCH_KINDS.indexOf('description');
const KIND_MISSPELLING = MATCH_KINDS.indexOf('misspelling');
/** The longest phrase walked, in words. */
const MAX_WORDS = 14;
/** Separators longer than this between two words end a phrase (« Senat » is fine, a paragraph is not). */
const MAX_GAP = 4;
/** Fuzzy matching: a slip is only looked for in capitalised words at least this long… */
const FUZZY_FIRST_MIN = 4;
const FUZZY_INNER_MIN = 3;
/** …in phrases of at least this many letters, or single words at least this long. */
const FUZZY_PHRASE_MIN = 8;
const URL_LIKE = /@|:\/\/|^www\.|\.(com|org|net|info|gov|edu|io|fr|ru|kr|kp|uk|de|html?|php|aspx?)(\/|$)/i;

interface Built {
  table: MatchTable;
  words: string[];
  wordIndex: HashIndex;
  firstIndex: HashIndex;
  /** node × wordCount + word → child node */
  /** node × wordCount + word → child node, in typed arrays (one probe, no boxing). */
  children: HashIndex;
  childWords: number[][];
  targets: Array<number[] | undefined>;
  nodeKey: string[];
  deletions: Map<number, number[]>;
  rules: Map<string, CompiledRule[]>;
  ruledNodes: Uint8Array;
  /** Transitions of the skip automaton (skip-automaton.ts). */
  skip: Int32Array;
  slipLengths: Int32Array;
  forms: Map<string, string[]>;
}

function build(table: MatchTable): Built {
  const words: string[] = [];
  const wordIds = new Map<string, number>();
  const firstWords = new Set<number>();
  const idOf = (w: string): number => {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = words.length;
      words.push(w);
      wordIds.set(w, id);
    }
    return id;
  };
  const split = table.phrases.map(([key]) => key.split(' ').map(idOf));
  const W = Math.max(1, words.length);
  const children = new Map<number, number>();
  const childWords: number[][] = [[]];
  const targets: Array<number[] | undefined> = [undefined];
  const nodeKey: string[] = [''];
  table.phrases.forEach(([key, t], p) => {
    let node = 0;
    const ids = split[p]!;
    firstWords.add(ids[0]!);
    for (const w of ids) {
      const k = node * W + w;
      let child = children.get(k);
      if (child === undefined) {
        child = targets.length;
        children.set(k, child);
        targets.push(undefined);
        childWords.push([]);
        nodeKey.push('');
        childWords[node]!.push(w);
      }
      node = child;
    }
    targets[node] = [...(targets[node] ?? []), ...t];
    nodeKey[node] = key;
  });
  const wordIndex = new HashIndex(words.length);
  words.forEach((w, id) => wordIndex.add(hashString(w), id));
  // Words written in lower case can only begin phrases that some spelling writes in lower case
  // (descriptions, terms): the first two letters of those first words, as a bit set over a–z,
  // let the hot loop skip every other lower-case word without hashing it.
  const lowerStarts = new Uint8Array(27 * 27 * 27);
  // …and of their first four letters, as bits, for the words whose first three pass.
  const lowerStarts4 = new Uint32Array(Math.ceil((27 * 27 * 27 * 27) / 32));
  const letterIndex = (w: string, i: number): number => {
    const c = i < w.length ? w.charCodeAt(i) - 96 : 0;
    return c >= 1 && c <= 26 ? c : i < w.length ? -1 : 0;
  };
  table.phrases.forEach(([, t], p) => {
    if (!t.some((x) => (x & kinds.FLAG_CAPITAL) === 0)) return;
    const w = words[split[p]![0]!]!;
    const [a, b2, c3] = [letterIndex(w, 0), letterIndex(w, 1), letterIndex(w, 2)];
    // Letters outside a–z are never skipped by nextCandidate, so only a–z prefixes matter.
    if (a > 0 && b2 >= 0 && c3 >= 0) lowerStarts[a * 729 + b2 * 27 + c3] = 1;
    const d4 = c3 > 0 ? letterIndex(w, 3) : 0;
    if (a > 0 && b2 >= 0 && c3 >= 0 && d4 >= 0) {
      const bit = ((a * 27 + b2) * 27 + c3) * 27 + d4;
      lowerStarts4[bit >>> 5]! |= 1 << (bit & 31);
    }
  });
  const firstIndex = new HashIndex(firstWords.size);
  const deletions = new Map<number, number[]>();
  // For each first letter a–z, the lengths a slip of a first word may have (one letter more or
  // less): capitalised words of other lengths are not worth a fuzzy look.
  const slipLengths = new Int32Array(27);
  for (const id of firstWords) {
    const w = words[id]!;
    firstIndex.add(hashString(w), id);
    if (w.length >= FUZZY_FIRST_MIN && /^[a-z]+$/.test(w)) {
      const a = w.charCodeAt(0) - 96;
      for (const len of [w.length - 1, w.length, w.length + 1]) if (len < 31) slipLengths[a]! |= 1 << len;
      for (let j = 0; j < w.length; j++) {
        const h = hashString(w.slice(0, j) + w.slice(j + 1));
        const list = deletions.get(h);
        if (!list) deletions.set(h, [id]);
        else if (!list.includes(id)) list.push(id);
      }
    }
  }
  const rules = new Map<string, CompiledRule[]>();
  for (const rule of table.rules) {
    for (const key of rule.keys) {
      const k = `${rule.entry}|${key}`;
      rules.set(k, [...(rules.get(k) ?? []), rule]);
    }
  }
  // Nodes whose phrase has a context rule for one of its entries: only these pay for the check.
  const ruledNodes = new Uint8Array(targets.length);
  nodeKey.forEach((key, node) => {
    if (key && (targets[node] ?? []).some((t) => rules.has(`${Math.floor(t / 256)}|${key}`))) ruledNodes[node] = 1;
  });
  const childIndex = new HashIndex(children.size);
  for (const [k, child] of children) childIndex.add(k, child);
  return { table, words, wordIndex, firstIndex, children: childIndex, childWords, targets, nodeKey, deletions, rules, ruledNodes, skip: buildSkipAutomaton(lowerStarts, lowerStarts4), slipLengths, forms: new Map(table.forms) };
}

/** True when text[start, end) folds to exactly `word`. */
function foldedEquals(text: string, start: number, end: number, word: string): boolean {
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
function caseLetters(s: string): string {
  return s.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
}

function firstLetterIsUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (classOf(code) >= LETTER_MIN || classOf(code) === EXPAND) return isUpperCode(code);
  }
  return false;
}

// Scratch state of `readWord`: one word at a time, no allocation.
let wStart = 0;
let wEnd = 0;
let wHash = 0;
let wLen = 0;
let wScripts = 0;

/**
 * Reads the word starting at or after `pos`, skipping at most MAX_GAP soft separators and no
 * hard one. Returns false when the phrase cannot go on.
 */
function readNextWord(text: string, pos: number): boolean {
  const n = text.length;
  let i = pos;
  let gap = 0;
  let newlines = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const c = classOf(code);
    if (c === SOFT) {
      if (code === 10) newlines++;
      gap++;
      i++;
      continue;
    }
    if (c === HARD) return false;
    break;
  }
  if (i >= n || gap === 0 || gap > MAX_GAP || newlines > 1) return false;
  readWordAt(text, i);
  return wLen > 0;
}

function readWordAt(text: string, i: number): void {
  const n = text.length;
  wStart = i;
  let h = 0;
  let len = 0;
  let scripts = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let c = CLASS_TABLE[code]!;
    if (c === 0) c = classOf(code);
    if (c >= LETTER_MIN) {
      h = (Math.imul(h, 31) + c) | 0;
      scripts |= SCRIPT_TABLE[code]!;
      len++;
    } else if (c === EXPAND) {
      const x = expansionOf(code);
      for (let k = 0; k < x.length; k++) h = (Math.imul(h, 31) + x.charCodeAt(k)) | 0;
      len += x.length;
    } else if (c !== IGNORE) break;
    i++;
  }
  wEnd = i;
  wLen = len;
  wScripts = scripts;
  wHash = scripts === (SCRIPT_LATIN | SCRIPT_CYRILLIC) ? hashString(latinizeLookalikes(foldWord(text.slice(wStart, i)))) : h;
}

/** The id of the word text[start, end) folds to, or -1. */
function wordId(b: Built, index: HashIndex, text: string, start: number, end: number, hash: number): number {
  // Probes the table in place (no array per look-up): every slot with this hash is verified.
  const keys = index.keys;
  const values = index.values;
  const mask = index.mask;
  let slot = index.slotOf(hash);
  for (;;) {
    const v = values[slot]!;
    if (v === -1) return -1;
    if (keys[slot] === hash && foldedEquals(text, start, end, b.words[v]!)) return v;
    slot = (slot + 1) & mask;
  }
}

/**
 * Capitalised words already found not to be a slip of any name (Dans, Plusieurs, Selon…), by
 * folded hash and length, direct-mapped: the hot loop passes over them without a closer look.
 * Two different words of one length sharing a 32-bit hash would only cost a misspelling flag.
 */
const NOT_SLIP_MASK = 1023;

// Scratch results of `nextCandidate` (one candidate word at a time, no allocation).
let cStart = 0;
let cHash = 0;
let cLen = 0;
let cCodes = 0;

/**
 * The matcher's hot loop: reads words from `from` and stops at the first one that may begin a
 * name — its hash is in the first-word table, or it is a capitalised word long enough to be a
 * slip, or it has non-Latin letters (checked by the caller). Returns the end of that word
 * (its start, hash, length and OR of folded codes in the scratch variables), or -1 at the end
 * of the text. Lower-case words that cannot begin a phrase are passed over by the skip
 * automaton (skip-automaton.ts) without hashing. A top-level function with plain locals, so
 * that engines compile it tightly.
 */
function nextCandidate(text: string, from: number, keys: Int32Array, values: Int32Array, mask: number, next: Int32Array, slipLengths: Int32Array, notSlips: Int32Array): number {
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
      let slot = (h ^ (h >>> 15)) & mask;
      for (;;) {
        const v = values[slot]!;
        if (v === -1) break;
        if (keys[slot] === h) {
          candidate = true;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    if (candidate) {
      cStart = start;
      cHash = h;
      cLen = len;
      cCodes = codes;
      return i;
    }
  }
}

/** A character that cannot belong to a URL or an address next to a name: a space or ordinary punctuation. */
function isPlainBoundary(c: number): boolean {
  return classOf(c) === SOFT || c === 44 || c === 59 || c === 41 || c === 33 || c === 63;
}

interface Walked {
  node: number;
  end: number;
  fuzzy: boolean;
  letters: number;
}

export function createMatcher(table: MatchTable): Matcher {
  const b = build(table);
  const W = Math.max(1, b.words.length);
  let bytes = b.wordIndex.byteLength + b.firstIndex.byteLength;
  for (const w of b.words) bytes += 16 + w.length * 2;
  bytes += b.children.byteLength + b.targets.length * 24 + b.deletions.size * 48;

  const deletionSet = new HashIndex(b.deletions.size);
  for (const h of b.deletions.keys()) deletionSet.add(h, 1);
  const codes = new Int32Array(64);
  const prefix = new Int32Array(65);
  const notSlips = new Int32Array((NOT_SLIP_MASK + 1) * 2);

  /**
   * Could the word text[start, end) be one slip away from a first word? Checked on hashes
   * computed arithmetically (prefix hashes, no string built), so that the many capitalised
   * words that are not names cost no allocation.
   */
  function maySlip(text: string, start: number, end: number): boolean {
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
    if (deletionSet.has(full)) return true;
    let pow = 1; // 31^(n-1-j), built from the end
    for (let j = n - 1; j >= 0; j--) {
      const del = (Math.imul(prefix[j]!, pow) + full - Math.imul(prefix[j + 1]!, pow)) | 0;
      if (b.firstIndex.has(del) || deletionSet.has(del)) return true;
      pow = Math.imul(pow, 31);
    }
    return false;
  }

  /** Word ids of the first words one slip away from the folded word `x` (same first letter). */
  function fuzzyFirst(x: string): number[] {
    const found = new Set<number>();
    for (const id of b.deletions.get(hashString(x)) ?? []) found.add(id);
    for (let j = 0; j < x.length; j++) {
      const del = x.slice(0, j) + x.slice(j + 1);
      const h = hashString(del);
      for (const id of b.firstIndex.all(h)) found.add(id);
      for (const id of b.deletions.get(h) ?? []) found.add(id);
    }
    return [...found].filter((id) => {
      const w = b.words[id]!;
      // A trailing extra letter is an inflection (Vladivostoks), not a slip.
      return w[0] === x[0] && w !== x && !(x.length === w.length + 1 && x.startsWith(w)) && editDistanceWithin(x, w, 1) <= 1;
    });
  }

  // The phrases a walk reached, in pooled objects reused from one look-up to the next.
  const pool: Walked[] = [];
  const chosenBuf: number[] = [];
  let foundCount = 0;
  function record(node: number, end: number, fuzzy: boolean, letters: number): void {
    let w = pool[foundCount];
    if (!w) pool.push((w = { node, end, fuzzy, letters }));
    else {
      w.node = node;
      w.end = end;
      w.fuzzy = fuzzy;
      w.letters = letters;
    }
    foundCount++;
  }

  function walk(text: string, node: number, pos: number, fuzzy: boolean, words: number, letters: number): void {
    if (b.targets[node]) record(node, pos, fuzzy, letters);
    if (words >= MAX_WORDS || !readNextWord(text, pos)) return;
    const start = wStart;
    const end = wEnd;
    const len = wLen;
    const id = wordId(b, b.wordIndex, text, start, end, wHash);
    const child = id >= 0 ? b.children.get(node * W + id) : -1;
    if (child >= 0) {
      walk(text, child, end, fuzzy, words + 1, letters + len);
      return;
    }
    if (fuzzy || len < FUZZY_INNER_MIN || !firstLetterIsUpper(text, start, end) || wScripts !== SCRIPT_LATIN) return;
    const x = foldWord(text.slice(start, end));
    for (const w of b.childWords[node] ?? []) {
      const cw = b.words[w]!;
      if (cw[0] === x[0] && editDistanceWithin(x, cw, 1) <= 1) {
        walk(text, b.children.get(node * W + w), end, true, words + 1, letters + len);
        return;
      }
    }
  }

  function createSession(options: MatchOptions): MatchSession {
    const docLang = options.lang === 'en' ? LANG_EN : LANG_FR;
    const recency = new Int32Array(table.entries.length).fill(-1);
    let seq = 0;

    // The folded words of the paragraph around a mention, for context rules; cached, since
    // several mentions of one paragraph ask for it.
    let paraText: string | null = null;
    let paraFrom = -1;
    let paraTo = -1;
    let paraKey = '';
    function paragraphKey(text: string, start: number, end: number): string {
      if (text === paraText && start >= paraFrom && end <= paraTo) return paraKey;
      let a = text.lastIndexOf('\n\n', start);
      a = a < 0 ? 0 : a;
      let z = text.indexOf('\n\n', end);
      z = z < 0 ? text.length : z;
      a = Math.max(a, start - 1500);
      z = Math.min(z, end + 1500);
      paraText = text;
      paraFrom = a;
      paraTo = z;
      paraKey = ` ${phraseKey(text.slice(a, z))} `;
      return paraKey;
    }

    function rulesAllow(text: string, start: number, end: number, surface: string, entry: number, key: string): boolean {
      const rules = b.rules.get(`${entry}|${key}`);
      if (!rules) return true;
      let para: string | null = null;
      for (const rule of rules) {
        if (rule.caseSensitive) {
          const letters = caseLetters(surface);
          if (!rule.forms.some((f) => caseLetters(f) === letters)) return false;
        }
        if (rule.near.length || rule.notNear.length) {
          para ??= paragraphKey(text, start, end);
          const p = para;
          // The name's own words do not count as context: a context word that is part of the
          // name must occur once more in the paragraph (counted, not cut out: no copy).
          const occurs = (w: string): boolean => {
            const needle = ` ${w} `;
            const first = p.indexOf(needle);
            if (first < 0) return false;
            return !` ${key} `.includes(needle) || p.indexOf(needle, first + 1) >= 0;
          };
          if (rule.near.length && !rule.near.some(occurs)) return false;
          if (rule.notNear.some(occurs)) return false;
        }
      }
      return true;
    }

    function isUrlLike(text: string, start: number, end: number): boolean {
      // Fast path: a name followed by a space or ordinary punctuation and preceded by a space.
      const after = text.charCodeAt(end);
      const before = start > 0 ? text.charCodeAt(start - 1) : 32;
      if ((Number.isNaN(after) || isPlainBoundary(after)) && isPlainBoundary(before)) return false;
      let a = start;
      while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
      let z = end;
      while (z < text.length && !/\s/.test(text[z]!)) z++;
      if (a === start && z === end) return false;
      return URL_LIKE.test(text.slice(a, z).replace(/[.,;:!?)\]»”'"]+$/u, ''));
    }

    /** A short form directly followed by another capitalised word is part of an unknown full name (Kim Min-jae). */
    function followedByName(text: string, end: number): boolean {
      if (!readNextWord(text, end)) return false;
      return wLen > 1 && firstLetterIsUpper(text, wStart, wEnd);
    }

    function accept(text: string, start: number, w: Walked): Mention | null {
      // A quote opened inside the name closes with it: Aurus « Senat ».
      let opened = false;
      for (let i = start; i < w.end && !opened; i++) opened = text.charCodeAt(i) === 0xab || text.charCodeAt(i) === 0x201c;
      const close = opened ? /^[\s\u00a0\u202f]?[»”]/.exec(text.slice(w.end, w.end + 2)) : null;
      if (close) w.end += close[0].length;
      const surface = text.slice(start, w.end);
      const key = b.nodeKey[w.node]!;
      const capital = firstLetterIsUpper(text, start, w.end);
      const ruled = b.ruledNodes[w.node] === 1;
      let bestKind = 99;
      const chosen = chosenBuf;
      chosen.length = 0;
      for (const t of b.targets[w.node]!) {
        const kind = (t >> 4) & 15;
        const lang = (t >> 2) & 3;
        const flags = t & 3;
        const entry = Math.floor(t / 256);
        if (lang !== 0 && lang !== docLang) continue;
        if (flags & FLAG_CAPITAL && !capital) continue;
        // Acronym spellings are all capitals (table.ts): folded equality holds, so the text must be in capitals too.
        if (flags & FLAG_CASE && surface.toUpperCase() !== surface) continue;
        if (w.fuzzy && (kind === KIND_SHORT || kind === KIND_DESCRIPTION || kind === KIND_MISSPELLING)) continue;
        if (w.fuzzy && !capital) continue;
        if (ruled && !rulesAllow(text, start, w.end, surface, entry, key)) continue;
        if (kind < bestKind) {
          bestKind = kind;
          chosen.length = 0;
          chosen.push(entry);
        } else if (kind === bestKind && !chosen.includes(entry)) chosen.push(entry);
      }
      if (chosen.length === 0) return null;
      if (w.fuzzy && w.letters < FUZZY_PHRASE_MIN) return null;
      if (isUrlLike(text, start, w.end)) return null;
      if (bestKind === KIND_SHORT && followedByName(text, w.end)) return null;
      let entry = chosen[0]!;
      let ambiguous = chosen.length > 1;
      if (bestKind === KIND_SHORT || ambiguous) {
        let best = -1;
        for (const e of chosen) {
          const r = recency[e]!;
          if (r > best) {
            best = r;
            entry = e;
          }
        }
        if (best >= 0) ambiguous = false;
      }
      if (bestKind !== KIND_SHORT) recency[entry] = seq++;
      const info = b.table.entries[entry]!;
      const misspelt = w.fuzzy || bestKind === KIND_MISSPELLING;
      const mention: Mention = { start, end: w.end, surface, entry: info.id, match: misspelt ? 'misspelling' : (MATCH_KINDS[bestKind] as MatchKind) };
      if (ambiguous) mention.candidates = chosen.map((e) => b.table.entries[e]!.id);
      if (misspelt) mention.intended = docLang === LANG_EN ? info.en : info.fr;
      return mention;
    }

    /** The mention starting at the word text[start, end), if any (longest phrase that passes its checks). */
    function matchAt(text: string, start: number, end: number, hash: number, len: number, scripts: number): Mention | null {
      foundCount = 0;
      const first = wordId(b, b.firstIndex, text, start, end, hash);
      if (first >= 0) {
        const child = b.children.get(first);
        if (child >= 0) walk(text, child, end, false, 1, len);
      } else if (len >= FUZZY_FIRST_MIN && scripts === SCRIPT_LATIN && firstLetterIsUpper(text, start, end)) {
        const slips = maySlip(text, start, end) && wordId(b, b.wordIndex, text, start, end, hash) < 0 ? fuzzyFirst(foldWord(text.slice(start, end))) : [];
        for (const id of slips) {
          const child = b.children.get(id);
          if (child >= 0) walk(text, child, end, true, 1, len);
        }
        if (slips.length === 0) {
          const slot = ((hash ^ (hash >>> 11)) & NOT_SLIP_MASK) << 1;
          notSlips[slot] = hash;
          notSlips[slot + 1] = len + 1;
        }
      }
      // One exact walk records its phrases in increasing length: try the longest first.
      const found = first < 0 ? pool.slice(0, foundCount).sort((x, y) => x.end - y.end || Number(y.fuzzy) - Number(x.fuzzy)) : pool;
      for (let k = foundCount - 1; k >= 0; k--) {
        const m = accept(text, start, found[k]!);
        if (m) return m;
      }
      return null;
    }

    function scan(text: string): Mention[] {
      const out: Mention[] = [];
      const keys = b.firstIndex.keys;
      const values = b.firstIndex.values;
      const mask = b.firstIndex.mask;
      const skip = b.skip;
      const slipLengths = b.slipLengths;
      let i = 0;
      for (;;) {
        i = nextCandidate(text, i, keys, values, mask, skip, slipLengths, notSlips);
        if (i < 0) break;
        const start = cStart;
        let h = cHash;
        let scripts = SCRIPT_LATIN;
        if (cCodes > 0x24f) {
          scripts = 0;
          for (let k = start; k < i; k++) scripts |= SCRIPT_TABLE[text.charCodeAt(k)]!;
          if (scripts === (SCRIPT_LATIN | SCRIPT_CYRILLIC)) {
            h = hashString(latinizeLookalikes(foldWord(text.slice(start, i))));
            scripts = SCRIPT_LATIN;
          }
        }
        const m = matchAt(text, start, i, h, cLen, scripts);
        if (m) {
          out.push(m);
          i = m.end;
        }
      }
      return out;
    }

    return { scan };
  }

  return {
    findMentions: (text, options) => createSession(options).scan(text),
    createSession,
    entryCount: table.entries.length,
    phraseCount: table.phrases.length,
    wordCount: b.words.length,
    approximateBytes: bytes,
  };
}
