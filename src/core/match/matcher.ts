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
 *
 * A session reads a whole document, block by block, as an editor would: a short form with no
 * full name before it waits for one further on (`finish` settles it); a surname after an unknown
 * given name belongs to someone else; background entries (scope "world") and lone short forms
 * count only on a page about Glose's own subjects; a description standing as a title beside its
 * name gives way to the names inside it.
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
const STATE_SKIP = automaton.STATE_SKIP << automaton.STRIDE_BITS;
const buildSkipAutomatonSteps = automaton.buildSkipAutomatonSteps;
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

/** A mention of an earlier block, settled at the end of the document (see `MatchSession.finish`). */
export interface SettledMention {
  /** The tag the block was scanned with. */
  tag: number;
  mention: Mention;
}

export interface MatchSession {
  /**
   * Scans one more block of the same document: short forms resolve across blocks. A short form
   * with no full name before it is held back until `finish` (`tag` says which block it was in).
   */
  scan(text: string, tag?: number): Mention[];
  /**
   * Settles the short forms held back: those a later full name resolved go to that person; the
   * others are kept only if the document is about the glossary's subjects: it names another
   * entry in full (for a short form of one person), or two (for one shared by several). On a
   * page about something else a lone « Kim » or « Park » is nobody we know. Call it once the
   * document (or a batch of new blocks) is scanned.
   */
  finish(): SettledMention[];
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
  wordHashes: Int32Array;
  firstIndex: HashIndex;
  /** node × wordCount + word → child node, in typed arrays (one probe, no boxing). */
  children: HashIndex;
  childWords: number[][];
  targets: Array<number[] | undefined>;
  nodeKey: string[];
  deletions: Map<number, number[]>;
  rules: Map<string, CompiledRule[]>;
  phraseHashes: Map<string, number[]>;
  ruledNodes: Uint8Array;
  acronymNodes: Uint8Array;
  hasTargets: Uint8Array;
  /** Nodes whose phrase is a single word. */
  oneWordNodes: Uint8Array;
  lowerFirst: Uint8Array;
  givenNames: Array<Array<[string, string]> | undefined>;
  /** Transitions of the skip automaton (skip-automaton.ts). */
  skip: Int32Array;
  slipLengths: Int32Array;
  forms: Map<string, string[]>;
}

/**
 * Builds the search structures as a generator that pauses every few hundred items, so that a
 * page can build them in frame-sized slices (createMatcherSliced) rather than in one task of
 * 30–80 ms; build() runs it through at once for Node, the worker and tests.
 */
function* buildSteps(table: MatchTable): Generator<void, Built> {
  let work = 0;
  const SLICE = 31;
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
  const split: number[][] = [];
  for (const [key] of table.phrases) {
    split.push(key.split(' ').map(idOf));
    if ((++work & SLICE) === 0) yield;
  }
  const W = Math.max(1, words.length);
  // node × W + word → child, straight into typed arrays (at most one node per phrase word).
  const children = new HashIndex(split.reduce((n, ids) => n + ids.length, 0));
  const childWords: number[][] = [[]];
  const targets: Array<number[] | undefined> = [undefined];
  const nodeKey: string[] = [''];
  for (let p = 0; p < table.phrases.length; p++) {
    const [key, t] = table.phrases[p]!;
    if ((++work & SLICE) === 0) yield;
    let node = 0;
    const ids = split[p]!;
    firstWords.add(ids[0]!);
    for (const w of ids) {
      const k = node * W + w;
      let child = children.get(k);
      if (child < 0) {
        child = targets.length;
        children.add(k, child);
        targets.push(undefined);
        childWords.push([]);
        nodeKey.push('');
        childWords[node]!.push(w);
      }
      node = child;
    }
    targets[node] = [...(targets[node] ?? []), ...t];
    nodeKey[node] = key;
  }
  const wordIndex = new HashIndex(words.length);
  const wordHashes = new Int32Array(words.length);
  for (let id = 0; id < words.length; id++) {
    wordHashes[id] = hashString(words[id]!);
    wordIndex.add(wordHashes[id]!, id);
    if ((++work & SLICE) === 0) yield;
  }
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
  // Word ids of the first words of those phrases (the hot loop's check for lower-case words).
  const lowerFirst = new Uint8Array(words.length);
  for (let p = 0; p < table.phrases.length; p++) {
    const t = table.phrases[p]![1];
    if ((++work & SLICE) === 0) yield;
    if (!t.some((x) => (x & kinds.FLAG_CAPITAL) === 0)) continue;
    lowerFirst[split[p]![0]!] = 1;
    const w = words[split[p]![0]!]!;
    const [a, b2, c3] = [letterIndex(w, 0), letterIndex(w, 1), letterIndex(w, 2)];
    // Letters outside a–z are never skipped by nextCandidate, so only a–z prefixes matter.
    if (a > 0 && b2 >= 0 && c3 >= 0) lowerStarts[a * 729 + b2 * 27 + c3] = 1;
    const d4 = c3 > 0 ? letterIndex(w, 3) : 0;
    if (a > 0 && b2 >= 0 && c3 >= 0 && d4 >= 0) {
      const bit = ((a * 27 + b2) * 27 + c3) * 27 + d4;
      lowerStarts4[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  const firstIndex = new HashIndex(firstWords.size);
  const deletions = new Map<number, number[]>();
  // For each first letter a–z, the lengths a slip of a first word may have (one letter more or
  // less): capitalised words of other lengths are not worth a fuzzy look.
  const slipLengths = new Int32Array(27);
  for (const id of firstWords) {
    const w = words[id]!;
    if ((++work & 7) === 0) yield;
    firstIndex.add(hashString(w), id);
    if (w.length >= FUZZY_FIRST_MIN && /^[a-z]+$/.test(w)) {
      const a = w.charCodeAt(0) - 96;
      for (const len of [w.length - 1, w.length, w.length + 1]) if (len < 31) slipLengths[a]! |= 1 << len;
      // The hash of w without its j-th letter, from prefix hashes (no string built):
      // prefix(j) · 31^(n−1−j) + (hash(w) − prefix(j+1) · 31^(n−1−j)).
      const n = w.length;
      const prefix = [0];
      for (let j = 0; j < n; j++) prefix.push((Math.imul(prefix[j]!, 31) + w.charCodeAt(j)) | 0);
      let pow = 1;
      for (let j = n - 1; j >= 0; j--) {
        const h = (Math.imul(prefix[j]!, pow) + prefix[n]! - Math.imul(prefix[j + 1]!, pow)) | 0;
        pow = Math.imul(pow, 31);
        const list = deletions.get(h);
        if (!list) deletions.set(h, [id]);
        else if (!list.includes(id)) list.push(id);
      }
    }
  }
  const rules = new Map<string, CompiledRule[]>();
  // Context words and phrases as folded-word hashes, as the paragraph is read (see rulesAllow).
  const phraseHashes = new Map<string, number[]>();
  for (const rule of table.rules) {
    for (const w of [...rule.near, ...rule.notNear]) if (!phraseHashes.has(w)) phraseHashes.set(w, w.split(' ').map(hashString));
    for (const key of rule.keys) {
      const k = `${rule.entry}|${key}`;
      rules.set(k, [...(rules.get(k) ?? []), rule]);
    }
  }
  // Nodes whose phrase has a context rule for one of its entries: only these pay for the check.
  const ruledNodes = new Uint8Array(targets.length);
  // For people named « Given Surname » (Vladimir Poutine): [surname, given name] pairs, so that a
  // surname after a variant of the person's own given name (Dimitri Peskov) is still theirs.
  const givenNames: Array<Array<[string, string]> | undefined> = [];
  for (const info of table.entries) {
    const pairs: Array<[string, string]> = [];
    for (const full of [info.fr, info.en]) {
      const words = phraseKey(full).split(' ');
      if (words.length > 1) pairs.push([words[words.length - 1]!, words[0]!]);
    }
    givenNames.push(pairs.length ? pairs : undefined);
    if ((++work & SLICE) === 0) yield;
  }
  const hasTargets = new Uint8Array(targets.length);
  targets.forEach((t, node) => {
    if (t) hasTargets[node] = 1;
  });
  const oneWordNodes = new Uint8Array(targets.length);
  nodeKey.forEach((key, node) => {
    if (key && key.indexOf(' ') < 0) oneWordNodes[node] = 1;
  });
  // Nodes with an acronym spelling (KCNA, ONU): never part of someone else's name.
  const acronymNodes = new Uint8Array(targets.length);
  targets.forEach((t, node) => {
    if (t?.some((x) => (x & kinds.FLAG_CASE) !== 0)) acronymNodes[node] = 1;
  });
  for (let node = 0; node < nodeKey.length; node++) {
    const key = nodeKey[node]!;
    if (key && (targets[node] ?? []).some((t) => rules.has(`${Math.floor(t / 256)}|${key}`))) ruledNodes[node] = 1;
    if ((++work & SLICE) === 0) yield;
  }
  yield;
  const skip = yield* buildSkipAutomatonSteps(lowerStarts, lowerStarts4);
  return { table, words, wordIndex, wordHashes, firstIndex, children, childWords, targets, nodeKey, deletions, rules, phraseHashes, ruledNodes, acronymNodes, hasTargets, oneWordNodes, lowerFirst, givenNames, skip, slipLengths, forms: new Map(table.forms) };
}

function build(table: MatchTable): Built {
  const steps = buildSteps(table);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
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

/** Does text[start, end) hold a small letter? (Acronyms must be written in capitals.) */
function hasSmallLetter(text: string, start: number, end: number): boolean {
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
function firstLetterIsUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const c = classOf(code);
    if ((c >= LETTER_MIN && (c < 48 || c > 57)) || c === EXPAND) return isUpperCode(code);
  }
  return false;
}

// Scratch state of `readWord`: one word at a time, no allocation.
let wStart = 0;
let wEnd = 0;
let wHash = 0;
let wLen = 0;
let wScripts = 0;
/** An opening quote (« or “) was among the separators before the word. */
let wQuote = false;

/**
 * Reads the word starting at or after `pos`, skipping at most MAX_GAP soft separators and no
 * hard one. Returns false when the phrase cannot go on.
 */
function readNextWord(text: string, pos: number, lastLen = 0): boolean {
  const n = text.length;
  let i = pos;
  let gap = 0;
  let newlines = 0;
  let dot = false;
  wQuote = false;
  while (i < n) {
    const code = text.charCodeAt(i);
    const c = classOf(code);
    if (c === SOFT) {
      if (code === 10) newlines++;
      else if (code === 0xab || code === 0x201c) wQuote = true;
      gap++;
      i++;
      continue;
    }
    // The full stop after an initial goes on (U.S., U.N., N. Korea); any other ends the name.
    if (c === HARD && code === 46 && lastLen === 1 && !dot && gap === 0) {
      dot = true;
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
      scripts |= code < 0x80 ? SCRIPT_LATIN : SCRIPT_TABLE[code]!;
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
function nextCandidate(text: string, from: number, keys: Int32Array, values: Int32Array, mask: number, lowerOk: Uint8Array, next: Int32Array, slipLengths: Int32Array, notSlips: Int32Array): number {
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
    // folded codes instead of its scripts) to keep the hot loop free of calls and shared state.
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

/**
 * Capitalised words that may stand before a name without being part of it: titles, honorifics,
 * articles and prepositions of title-case headlines, geographic generics (folded).
 */
const NOT_GIVEN_NAMES = new Set(
  (
    'm mme mlle mm mr mrs ms miss sir dr pr st monsieur madame president presidente general marechal camarade camarades comrade marshal chairman ' +
    'ministre minister premier secretaire secretary chef chief dirigeant leader supreme respected dear eternal senateur senator sen rep depute ' +
    'ambassadeur ambassador gouverneur governor maire mayor patriarche patriarch colonel captain capitaine lieutenant amiral admiral docteur doctor ' +
    'professeur professor prof saint sainte tsar roi king reine queen prince princesse princess agence agency journal quotidien newspaper parti party ' +
    'comite committee lac lake mont mount cap cape ile island fleuve riviere river port golfe gulf baie bay ' +
    'north south east west nord sud est ouest central centre greater grand grande new old upper lower haut haute bas basse ' +
    'the a an of in on at to for with from by and or but as into over after before versus vs ' +
    'le la les l un une des du de d au aux en et ou pour par sur dans avec selon chez vers sans sous contre entre depuis apres avant pendant quand comme mais'
  ).split(' '),
);
/** What may separate a title-like description from the name it stands beside: « le porte-parole du Kremlin, Dmitri Peskov ». */
const APPOSITION_GAP = /^[\s\u00a0\u202f,:\u2013\u2014-]*(?:(?:the|le|la|les|l['’]|of|de|du|d['’]|M|Mme|MM|Mr|Mrs|Ms|Dr)\.?[\s\u00a0\u202f]*){0,2}$/u;
const MAX_APPOSITION_GAP = 16;
/** Context rules read the paragraph around a name, at most this many characters on each side… */
const PARAGRAPH_REACH = 1000;
/** …and at most this many of its words. */
const MAX_PARAGRAPH_WORDS = 1024;
const COUNT_SLOTS = 4096;
/** A lower-case word of four letters or more: the line is not a title-case headline. */
const TITLE_CASE_BREAKER = /(?:^|[\s\u00a0])\p{Ll}\p{L}{3}/u;
/** Past this many characters (about a paragraph of wire copy) from the last full name, a short form goes to the most named candidate. */
const SALIENCE_REACH = 500;
/** A short form shared by several people needs the page to name at least this many of our own entries in full. */
const MIN_ENTRIES_ON_TOPIC = 2;
const NON_LATIN = /[\u0400-\u04ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;
/** Short forms held back per document, at most (a page of thousands of bare « Kim »). */
const MAX_PENDING = 5000;

/** A short form held back until a full name settles it. */
interface Pending {
  tag: number;
  mention: Mention;
  settled: boolean;
}

interface Walked {
  node: number;
  end: number;
  fuzzy: boolean;
  letters: number;
  /** An opening quote inside the phrase (Aurus « Senat »): its closing one goes with it. */
  quoted: boolean;
  /** Letters in the phrase's last word (an initial's full stop goes with it: U.S.). */
  lastLen: number;
}

export function createMatcher(table: MatchTable): Matcher {
  return matcherFrom(table, build(table));
}

/**
 * The same matcher, built in slices of about `budgetMs` of work, with `pause()` (a yield to the
 * page's event loop) between them: a content script builds it without a long task. `now` is the
 * caller's clock (performance.now in a page).
 */
export async function createMatcherSliced(table: MatchTable, pause: () => Promise<void>, now: () => number, budgetMs = 8): Promise<Matcher> {
  const steps = buildSteps(table);
  for (;;) {
    const deadline = now() + budgetMs;
    let r = steps.next();
    while (!r.done && now() < deadline) r = steps.next();
    if (r.done) return matcherFrom(table, r.value);
    await pause();
  }
}

function matcherFrom(table: MatchTable, b: Built): Matcher {
  const W = Math.max(1, b.words.length);
  let bytes = b.wordIndex.byteLength + b.firstIndex.byteLength;
  for (const w of b.words) bytes += 16 + w.length * 2;
  bytes += b.children.byteLength + b.targets.length * 24 + b.deletions.size * 48;

  const entryIndex = new Map(table.entries.map((e, i) => [e.id, i]));
  // Background entries (the United States, the UN, AFP…): shown on pages about our subjects only.
  const worldEntry = Uint8Array.from(table.entries, (e) => (e.world ? 1 : 0));
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
  // The entries a phrase stands for, of its best kind (see accept).
  const chosenIds = new Int32Array(64);
  function chosenHas(count: number, entry: number): boolean {
    for (let k = 0; k < count; k++) if (chosenIds[k] === entry) return true;
    return false;
  }
  let foundCount = 0;
  function record(node: number, end: number, fuzzy: boolean, letters: number, quoted: boolean, lastLen: number): void {
    let w = pool[foundCount];
    if (!w) pool.push((w = { node, end, fuzzy, letters, quoted, lastLen }));
    else {
      w.node = node;
      w.end = end;
      w.fuzzy = fuzzy;
      w.letters = letters;
      w.quoted = quoted;
      w.lastLen = lastLen;
    }
    foundCount++;
  }

  /** The child of `node` for the word just read (wHash, wLen), or -1. */
  function childFor(text: string, node: number): number {
    const list = b.childWords[node]!;
    if (list.length <= 8) {
      // Few possible next words: compare hashes and lengths (a 32-bit hash and a length both
      // equal for a different word, among these few, is too rare to pay a letter check for).
      for (let k = 0; k < list.length; k++) {
        const w = list[k]!;
        if (b.wordHashes[w] === wHash && b.words[w]!.length === wLen) return b.children.get(node * W + w);
      }
      return -1;
    }
    const id = wordId(b, b.wordIndex, text, wStart, wEnd, wHash);
    return id >= 0 ? b.children.get(node * W + id) : -1;
  }

  function walk(text: string, node: number, pos: number, fuzzy: boolean, words: number, letters: number, quoted: boolean, lastLen: number): void {
    if (b.hasTargets[node] === 1) record(node, pos, fuzzy, letters, quoted, lastLen);
    if (words >= MAX_WORDS || !readNextWord(text, pos, lastLen)) return;
    const start = wStart;
    const end = wEnd;
    const len = wLen;
    const q = quoted || wQuote;
    const child = childFor(text, node);
    if (child >= 0) {
      walk(text, child, end, fuzzy, words + 1, letters + len, q, len);
      return;
    }
    // A slip inside a name: in a capitalised word, or in the lower-case half of a hyphenated
    // given name (Choe Son-hiu for Son-hui).
    const hyphenated = start > 0 && (text.charCodeAt(start - 1) === 45 || text.charCodeAt(start - 1) === 0x2010 || text.charCodeAt(start - 1) === 0x2011);
    if (fuzzy || len < FUZZY_INNER_MIN || !(hyphenated || firstLetterIsUpper(text, start, end)) || wScripts !== SCRIPT_LATIN) return;
    const x = foldWord(text.slice(start, end));
    for (const w of b.childWords[node] ?? []) {
      const cw = b.words[w]!;
      if (cw[0] === x[0] && editDistanceWithin(x, cw, 1) <= 1) {
        walk(text, b.children.get(node * W + w), end, true, words + 1, letters + len, q, len);
        return;
      }
    }
  }

  function createSession(options: MatchOptions): MatchSession {
    const docLang = options.lang === 'en' ? LANG_EN : LANG_FR;
    const recency = new Int32Array(table.entries.length).fill(-1);
    let seq = 0;
    // A surname last seen as part of the full name of someone the glossary does not know
    // (« Lee Jung-hoon », « Marcus Lee »): a bare « Lee » after it is that person.
    const unknownNamed = new Map<string, number>();
    // Short forms with no full name before them, until a full name follows or `finish`.
    let pending: Pending[] = [];
    // The same, by candidate entry: a full name settles its own without looking at the others.
    let pendingByEntry = new Map<number, Pending[]>();
    let settled: SettledMention[] = [];
    // Mentions of background entries met before any entry of our own subjects.
    let pendingWorld: SettledMention[] = [];
    let currentTag = 0;
    let deferred: Mention | null = null;
    // Entries of our own subjects (not background ones) named other than by a short form or a
    // slip: how sure we are that the page is about them.
    const seenFull = new Uint8Array(table.entries.length);
    // Where each entry was last named in full (offset in the document, blocks end to end), and how often.
    const lastPos = new Float64Array(table.entries.length);
    const fullCount = new Int32Array(table.entries.length);
    let docBase = 0;
    let fullEntries = 0;
    // Descriptions beside the name they describe are left out, up to this offset (see scan).
    let descriptionsOffUntil = -1;

    // The words of the paragraph around a mention, for context rules, as folded-word hashes in
    // order (for phrases) and counted in a small table (for single words): read once per
    // paragraph, since several mentions of one paragraph ask, and without building strings.
    let paraText: string | null = null;
    let paraFrom = -1;
    let paraTo = -1;
    const paraWords = new Int32Array(MAX_PARAGRAPH_WORDS);
    let paraLength = 0;
    const countKeys = new Int32Array(COUNT_SLOTS);
    const countValues = new Int32Array(COUNT_SLOTS);
    const countStamps = new Int32Array(COUNT_SLOTS);
    let stamp = 0;
    function loadParagraph(text: string, start: number, end: number): void {
      if (text === paraText && start >= paraFrom && end <= paraTo) return;
      let a = text.lastIndexOf('\n\n', start);
      a = a < 0 ? 0 : a;
      let z = text.indexOf('\n\n', end);
      z = z < 0 ? text.length : z;
      a = Math.max(a, start - PARAGRAPH_REACH);
      z = Math.min(z, end + PARAGRAPH_REACH);
      paraText = text;
      paraFrom = a;
      paraTo = z;
      paraLength = 0;
      stamp++;
      // Word hashes of folded letters (ligatures expanded), in one pass; unlike readWordAt, a
      // word mixing Latin and Cyrillic look-alikes is not read as Latin here.
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
          countWord(h);
          h = 0;
          len = 0;
        }
      }
    }
    function countWord(hash: number): void {
      if (paraLength < MAX_PARAGRAPH_WORDS) paraWords[paraLength++] = hash;
      let slot = (hash ^ (hash >>> 15)) & (COUNT_SLOTS - 1);
      while (countStamps[slot] === stamp && countKeys[slot] !== hash) slot = (slot + 1) & (COUNT_SLOTS - 1);
      if (countStamps[slot] !== stamp) {
        countStamps[slot] = stamp;
        countKeys[slot] = hash;
        countValues[slot] = 0;
      }
      countValues[slot]!++;
    }
    function countOf(hash: number): number {
      let slot = (hash ^ (hash >>> 15)) & (COUNT_SLOTS - 1);
      while (countStamps[slot] === stamp) {
        if (countKeys[slot] === hash) return countValues[slot]!;
        slot = (slot + 1) & (COUNT_SLOTS - 1);
      }
      return 0;
    }
    /** How many times the folded phrase (its word hashes) occurs in the loaded paragraph. */
    function occurrences(words: readonly number[]): number {
      const first = countOf(words[0]!);
      if (words.length === 1 || first === 0) return first;
      let n = 0;
      for (let p = 0; p + words.length <= paraLength; p++) {
        let k = 0;
        while (k < words.length && paraWords[p + k] === words[k]) k++;
        if (k === words.length) n++;
      }
      return n;
    }

    /**
     * Does one of these context words occur in the loaded paragraph? The name's own words do not
     * count as context: a context word that is part of the name must occur once more.
     */
    function anyOccurs(words: readonly string[], key: string): boolean {
      for (const w of words) {
        const n = occurrences(b.phraseHashes.get(w)!);
        if (n > 1 || (n === 1 && !` ${key} `.includes(` ${w} `))) return true;
      }
      return false;
    }

    function rulesAllow(text: string, start: number, end: number, entry: number, key: string): boolean {
      const rules = b.rules.get(`${entry}|${key}`);
      if (!rules) return true;
      let loaded = false;
      for (const rule of rules) {
        if (rule.lang && rule.lang !== docLang) continue;
        if (rule.caseSensitive) {
          const letters = caseLetters(text.slice(start, end));
          if (!rule.forms.some((f) => caseLetters(f) === letters)) return false;
        }
        if (rule.near.length || rule.notNear.length) {
          if (!loaded) loadParagraph(text, start, end);
          loaded = true;
          if (rule.near.length && !anyOccurs(rule.near, key)) return false;
          if (anyOccurs(rule.notNear, key)) return false;
        }
      }
      return true;
    }

    function isUrlLike(text: string, start: number, end: number): boolean {
      // Fast path: a name followed by a space or ordinary punctuation and preceded by a space.
      let after = text.charCodeAt(end);
      // A full stop or colon that ends a sentence (followed by a space or nothing) is ordinary too.
      if ((after === 46 || after === 58) && (end + 1 >= text.length || classOf(text.charCodeAt(end + 1)) === SOFT)) after = 32;
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

    /**
     * A one-word name directly after a capitalised word that is neither a title nor the first
     * word of a sentence belongs to someone else's name (Tomáš Lada, Selhurst Park, Marcus Lee),
     * unless that word is the person's own given name, however spelt (Dimitri Peskov).
     */
    function precededByName(text: string, start: number, count: number, key: string): boolean {
      let z = start;
      while (z > 0 && start - z < 2 && classOf(text.charCodeAt(z - 1)) === SOFT && text.charCodeAt(z - 1) !== 10) z--;
      if (z === start || z === 0 || classOf(text.charCodeAt(z - 1)) < LETTER_MIN) return false;
      let a = z;
      while (a > 0 && z - a < 40 && (classOf(text.charCodeAt(a - 1)) >= LETTER_MIN || classOf(text.charCodeAt(a - 1)) === EXPAND || classOf(text.charCodeAt(a - 1)) === IGNORE)) a--;
      if (!isUpperCode(text.charCodeAt(a)) || z - a < 2) return false;
      const word = foldWord(text.slice(a, z));
      if (NOT_GIVEN_NAMES.has(word)) return false;
      for (let k = 0; k < count; k++) {
        const given = b.givenNames[chosenIds[k]!];
        if (given) for (const [surname, first] of given) if (surname === key && editDistanceWithin(word, first, 2) <= 2) return false;
      }
      // The first word of a sentence, a line or a quotation is capitalised anyway.
      let p = a;
      while (p > 0 && classOf(text.charCodeAt(p - 1)) === SOFT && text.charCodeAt(p - 1) !== 10 && !'«“"‘\''.includes(text[p - 1]!)) p--;
      if (p === 0) return false;
      if (text[p - 1] === '.') {
        // « Rep. Dale Lee », « M. Jean Lee »: a title's full stop does not end a sentence.
        let t = p - 1;
        while (t > 0 && classOf(text.charCodeAt(t - 1)) >= LETTER_MIN) t--;
        if (!NOT_GIVEN_NAMES.has(foldWord(text.slice(t, p - 1)))) return false;
      } else if (/[!?:;\n«“"‘'(\[—–]/u.test(text[p - 1]!)) return false;
      // A headline in title case capitalises every word: look for a lower-case word around.
      const lineStart = Math.max(text.lastIndexOf('\n', a) + 1, a - 120);
      let lineEnd = text.indexOf('\n', start);
      if (lineEnd < 0 || lineEnd > start + 120) lineEnd = Math.min(text.length, start + 120);
      return TITLE_CASE_BREAKER.test(text.slice(lineStart, lineEnd));
    }

    function accept(text: string, start: number, w: Walked): Mention | null {
      if (w.fuzzy && w.letters < FUZZY_PHRASE_MIN) return null;
      // A quote opened inside the name closes with it: Aurus « Senat ».
      const close = w.quoted ? /^[\s\u00a0\u202f]?[»”]/.exec(text.slice(w.end, w.end + 2)) : null;
      if (close) w.end += close[0].length;
      // An abbreviation's last full stop is part of it (U.S., U.N.), when an initial came before.
      if (w.lastLen === 1 && b.oneWordNodes[w.node] === 0 && text.charCodeAt(w.end) === 46) w.end++;
      const end = w.end;
      const key = b.nodeKey[w.node]!;
      const capital = firstLetterIsUpper(text, start, end);
      const ruled = b.ruledNodes[w.node] === 1;
      let bestKind = 99;
      let count = 0;
      const targets = b.targets[w.node]!;
      for (let k = 0; k < targets.length; k++) {
        const t = targets[k]!;
        const kind = (t >> 4) & 15;
        const lang = (t >> 2) & 3;
        const flags = t & 3;
        const entry = Math.floor(t / 256);
        if (kind > bestKind) continue;
        if (lang !== 0 && lang !== docLang) continue;
        if (flags & FLAG_CAPITAL && !capital) continue;
        // Acronym spellings are all capitals (table.ts): folded equality holds, so the text must be in capitals too.
        if (flags & FLAG_CASE && hasSmallLetter(text, start, end)) continue;
        if (w.fuzzy && (kind === KIND_SHORT || kind === KIND_DESCRIPTION || kind === KIND_MISSPELLING || !capital)) continue;
        if (kind === KIND_DESCRIPTION && start < descriptionsOffUntil) continue;
        if (ruled && !rulesAllow(text, start, end, entry, key)) continue;
        if (kind < bestKind) {
          bestKind = kind;
          count = 0;
        } else if (chosenHas(count, entry)) continue;
        if (count < chosenIds.length) chosenIds[count++] = entry;
      }
      if (count === 0) return null;
      if (isUrlLike(text, start, end)) return null;
      const oneWord = b.oneWordNodes[w.node] === 1;
      if (
        (bestKind === KIND_SHORT && followedByName(text, end)) ||
        ((bestKind === KIND_SHORT || (oneWord && !w.fuzzy && b.acronymNodes[w.node] === 0)) && precededByName(text, start, count, key))
      ) {
        unknownNamed.set(key, seq++);
        return null;
      }
      let entry = chosenIds[0]!;
      let ambiguous = count > 1;
      let best = -1;
      if (bestKind === KIND_SHORT || ambiguous) {
        for (let k = 0; k < count; k++) {
          const e = chosenIds[k]!;
          const r = recency[e]!;
          if (r > best) {
            best = r;
            entry = e;
          }
        }
        if (best >= 0) ambiguous = false;
        // The person last named is the one meant while they are fresh in the reader's mind; a
        // bare « Kim » far from that mention is the one the article is about (named most often).
        if (best >= 0 && count > 1 && docBase + start - lastPos[entry]! > SALIENCE_REACH) {
          for (let k = 0; k < count; k++) {
            const e = chosenIds[k]!;
            if (fullCount[e]! > fullCount[entry]! || (fullCount[e] === fullCount[entry] && recency[e]! > recency[entry]!)) entry = e;
          }
        }
      }
      // Someone the glossary does not know was named with this word more recently (« Lee Jung-hoon… Lee said »).
      if (unknownNamed.size > 0 && (bestKind === KIND_SHORT || oneWord) && (unknownNamed.get(key) ?? -1) > (bestKind === KIND_SHORT ? best : recency[entry]!)) return null;
      const info = b.table.entries[entry]!;
      const misspelt = w.fuzzy || bestKind === KIND_MISSPELLING;
      const surface = text.slice(start, end);
      const mention: Mention = { start, end, surface, entry: info.id, match: misspelt ? 'misspelling' : (MATCH_KINDS[bestKind] as MatchKind) };
      if (ambiguous) mention.candidates = Array.from(chosenIds.subarray(0, count), (e) => b.table.entries[e]!.id);
      if (misspelt) mention.intended = docLang === LANG_EN ? info.en : info.fr;
      if (bestKind === KIND_SHORT) {
        if (best >= 0 && worldEntry[entry] === 1 && fullEntries === 0) holdWorld(mention);
        // A surname in Cyrillic or Hangul (Путин) is unambiguous on a French or English page.
        if (best < 0 && !NON_LATIN.test(surface)) {
          // Nobody named in full yet: wait for a full name further on, or for `finish`.
          if (pending.length < MAX_PENDING) {
            const p: Pending = { tag: currentTag, mention, settled: false };
            pending.push(p);
            for (let k = 0; k < count; k++) {
              const e = chosenIds[k]!;
              const list = pendingByEntry.get(e);
              if (list) list.push(p);
              else pendingByEntry.set(e, [p]);
            }
          }
          deferred = mention;
        }
        return mention;
      }
      recency[entry] = seq++;
      lastPos[entry] = docBase + start;
      fullCount[entry]!++;
      if (worldEntry[entry] === 1) {
        if (fullEntries === 0) holdWorld(mention);
      } else if (!misspelt && !seenFull[entry]) {
        seenFull[entry] = 1;
        fullEntries++;
      }
      if (pendingByEntry.size > 0) resolvePending(entry);
      return mention;
    }

    /** The mention starting at the word text[start, end), if any (longest phrase that passes its checks). */
    function matchAt(text: string, start: number, end: number, hash: number, len: number, scripts: number): Mention | null {
      foundCount = 0;
      const first = wordId(b, b.firstIndex, text, start, end, hash);
      if (first >= 0) {
        const child = b.children.get(first);
        if (child >= 0) walk(text, child, end, false, 1, len, false, len);
      } else if (len >= FUZZY_FIRST_MIN && scripts === SCRIPT_LATIN && firstLetterIsUpper(text, start, end)) {
        const slips = maySlip(text, start, end) && wordId(b, b.wordIndex, text, start, end, hash) < 0 ? fuzzyFirst(foldWord(text.slice(start, end))) : [];
        for (const id of slips) {
          const child = b.children.get(id);
          if (child >= 0) walk(text, child, end, true, 1, len, false, len);
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

    /** Holds a background entry's mention back until the page shows it is about our subjects. */
    function holdWorld(mention: Mention): void {
      if (pendingWorld.length < MAX_PENDING) pendingWorld.push({ tag: currentTag, mention });
      deferred = mention;
    }

    /** A full name has just been read: short forms waiting for it go to that person. */
    function resolvePending(entry: number): void {
      const list = pendingByEntry.get(entry);
      if (!list) return;
      pendingByEntry.delete(entry);
      const id = b.table.entries[entry]!.id;
      for (const p of list) {
        if (p.settled) continue;
        p.settled = true;
        p.mention.entry = id;
        delete p.mention.candidates;
        settled.push({ tag: p.tag, mention: p.mention });
      }
    }

    /** Is text[from…] a name of `entry` (not a description), after an apposition gap? No side effect on the session. */
    function nameFollows(text: string, from: number, entry: number): boolean {
      let q = from;
      while (q < text.length && q - from <= MAX_APPOSITION_GAP && classOf(text.charCodeAt(q)) < LETTER_MIN && classOf(text.charCodeAt(q)) !== EXPAND) q++;
      for (let tries = 0; tries < 3 && q < text.length && q - from <= MAX_APPOSITION_GAP; tries++) {
        if (classOf(text.charCodeAt(q)) >= LETTER_MIN && APPOSITION_GAP.test(text.slice(from, q))) {
          readWordAt(text, q);
          const first = wLen > 0 ? wordId(b, b.firstIndex, text, q, wEnd, wHash) : -1;
          if (first >= 0) {
            foundCount = 0;
            const child = b.children.get(first);
            if (child >= 0) walk(text, child, wEnd, false, 1, wLen, false, wLen);
            for (let k = 0; k < foundCount; k++) {
              for (const t of b.targets[pool[k]!.node]!) {
                const kind = (t >> 4) & 15;
                if (Math.floor(t / 256) === entry && kind !== KIND_DESCRIPTION) return true;
              }
            }
          }
        }
        // Past one more word of the gap (« le », « of », « M. »).
        while (q < text.length && (classOf(text.charCodeAt(q)) >= LETTER_MIN || classOf(text.charCodeAt(q)) === EXPAND)) q++;
        while (q < text.length && q - from <= MAX_APPOSITION_GAP && classOf(text.charCodeAt(q)) < LETTER_MIN && classOf(text.charCodeAt(q)) !== EXPAND) q++;
      }
      return false;
    }

    function scan(text: string, tag = 0): Mention[] {
      const out: Mention[] = [];
      const keys = b.firstIndex.keys;
      const values = b.firstIndex.values;
      const mask = b.firstIndex.mask;
      const skip = b.skip;
      const lowerFirst = b.lowerFirst;
      const slipLengths = b.slipLengths;
      currentTag = tag;
      descriptionsOffUntil = -1;
      let i = 0;
      for (;;) {
        i = nextCandidate(text, i, keys, values, mask, lowerFirst, skip, slipLengths, notSlips);
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
        deferred = null;
        const m = matchAt(text, start, i, h, cLen, scripts);
        if (!m) continue;
        if (m.match === 'description') {
          // A description standing as a title beside the name it describes (« Kremlin spokesman
          // Dmitry Peskov », « Rodong Sinmun, the official newspaper of the Workers' Party »):
          // the name is the mention; the description's own names (Kremlin, Workers' Party) are
          // found as themselves. Read the span again without descriptions.
          const prev = out[out.length - 1];
          const entry = entryIndex.get(m.entry)!;
          const beside =
            (prev !== undefined && prev.entry === m.entry && m.start - prev.end <= MAX_APPOSITION_GAP && APPOSITION_GAP.test(text.slice(prev.end, m.start))) ||
            nameFollows(text, m.end, entry);
          if (beside) {
            // A background entry's description held back for later goes too.
            if (m === deferred && pendingWorld[pendingWorld.length - 1]?.mention === m) pendingWorld.pop();
            descriptionsOffUntil = m.end;
            i = m.start;
            continue;
          }
        }
        if (m !== deferred) out.push(m);
        i = m.end;
      }
      docBase += text.length + 2;
      return out;
    }

    function finish(): SettledMention[] {
      // Background entries count only on a page that names one of our own subjects.
      const onTopic = fullEntries > 0;
      const out = onTopic ? [...pendingWorld, ...settled] : settled.filter((s) => worldEntry[entryIndex.get(s.mention.entry)!] !== 1);
      pendingWorld = [];
      for (const p of pending) {
        // A short form shared by several people (Kim, Lee) needs a page clearly on our
        // subjects; one that names a single person (Poutine, Peskov) needs one other name.
        const needed = p.mention.candidates ? MIN_ENTRIES_ON_TOPIC : 1;
        if (!p.settled && fullEntries >= needed) out.push({ tag: p.tag, mention: p.mention });
      }
      pending = [];
      pendingByEntry = new Map();
      settled = [];
      return out;
    }

    return { scan, finish };
  }

  return {
    findMentions: (text, options) => {
      const session = createSession(options);
      const found = session.scan(text);
      const late = session.finish();
      if (late.length === 0) return found;
      // Both lists are in text order once the few late ones are sorted: merge them.
      const extra = late.map((s) => s.mention).sort((x, y) => x.start - y.start);
      const merged: Mention[] = [];
      let k = 0;
      for (const m of found) {
        while (k < extra.length && extra[k]!.start < m.start) merged.push(extra[k++]!);
        merged.push(m);
      }
      while (k < extra.length) merged.push(extra[k++]!);
      return merged;
    },
    createSession,
    entryCount: table.entries.length,
    phraseCount: table.phrases.length,
    wordCount: b.words.length,
    approximateBytes: bytes,
  };
}
