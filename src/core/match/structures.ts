/**
 * Pass 0 — the search structures, built once from the match table (table.ts) and read by every
 * later pass: the phrase trie over word ids, the hash tables of words and first words, the
 * prefix sets of the skip automaton, the tables for slips (one letter off), and the per-node
 * flags the reader's rules ask about.
 *
 * Built by generators that pause every few hundred items, so that a page can build them in
 * frame-sized slices (createMatcherSliced) rather than in one task of 30–80 ms; `buildStructures`
 * runs them through at once for Node, the worker and tests.
 */
import { phraseKey } from '../text/fold.ts';
import { HashIndex, hashString } from './hash-index.ts';
import { FLAG_CAPITAL, FLAG_CASE, type CompiledRule, type MatchTable } from './kinds.ts';
import { buildSkipAutomatonSteps } from './skip-automaton.ts';
import type { Term } from '../glossary/roles.ts';
import { KoreanSurnames } from '../unknown/korean-surnames.ts';
import { HangulSyllables } from '../unknown/korean-syllables.ts';
import { RussianGivenNames } from '../unknown/russian-given-names.ts';

/** The tables of the shape rules (rules/unknown-shapes.ts), read from the match table. */
export interface ShapeTables {
  surnames: KoreanSurnames;
  given: RussianGivenNames;
  syllables: HangulSyllables;
}

/** Fuzzy matching: a slip is only looked for in capitalised words at least this long. */
export const FUZZY_FIRST_MIN = 4;
/** Work items between pauses of the build (a power of two, minus one). */
const SLICE = 31;

export interface Structures {
  /** The match table without its phrases (read into the trie, then let go: they are most of its size). */
  table: MatchTable;
  phraseCount: number;
  words: string[];
  wordIndex: HashIndex;
  wordHashes: Int32Array;
  firstIndex: HashIndex;
  /** node × wordCount + word → child node, in typed arrays (one probe, no boxing). */
  children: HashIndex;
  /** The words that may follow each node, as one list: node n's are childList[childStart[n] … childStart[n + 1]). */
  childStart: Int32Array;
  childList: Int32Array;
  targets: Array<number[] | undefined>;
  nodeKey: string[];
  /** Hash of a first word less one letter → the first words it comes from (several values per hash). */
  deletions: HashIndex;
  /** `entry|key` → the context rules of that spelling. */
  rules: Map<string, CompiledRule[]>;
  /** Context words and phrases → their folded-word hashes. */
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
  /** Role phrase key → the office's terms (holder ids, dates), for rules/offices.ts. */
  officeTerms: Map<string, Term[]>;
  /** Entries holding an office today. */
  inOffice: Uint8Array;
  /** Folded place name → the entry named « région de <name> » (rules/regions.ts). */
  regionOf: Map<string, number>;
  /** Hashes of the words that may begin a name without an entry: Korean surnames, Russian given names (rules/unknown-shapes.ts). */
  shapeIndex: HashIndex;
  shapes: ShapeTables;
}

interface Trie {
  words: string[];
  split: number[][];
  firstWords: Set<number>;
  children: HashIndex;
  childWords: number[][];
  targets: Array<number[] | undefined>;
  nodeKey: string[];
}

/** Word ids for every phrase word, and the trie node × word → child. */
function* buildTrie(table: MatchTable): Generator<void, Trie> {
  let work = 0;
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
  return { words, split, firstWords, children, childWords, targets, nodeKey };
}

/**
 * Words written in lower case can only begin phrases that some spelling writes in lower case
 * (descriptions, terms): their first three letters (a byte set over a–z) and first four (bits)
 * let the skip automaton pass over every other lower-case word without hashing it; `lowerFirst`
 * marks the word ids of those first words.
 */
function* buildLowerStarts(table: MatchTable, trie: Trie): Generator<void, { lowerStarts: Uint8Array; lowerStarts4: Uint32Array; lowerFirst: Uint8Array }> {
  let work = 0;
  const lowerStarts = new Uint8Array(27 * 27 * 27);
  const lowerStarts4 = new Uint32Array(Math.ceil((27 * 27 * 27 * 27) / 32));
  const letterIndex = (w: string, i: number): number => {
    const c = i < w.length ? w.charCodeAt(i) - 96 : 0;
    return c >= 1 && c <= 26 ? c : i < w.length ? -1 : 0;
  };
  const lowerFirst = new Uint8Array(trie.words.length);
  for (let p = 0; p < table.phrases.length; p++) {
    const t = table.phrases[p]![1];
    if ((++work & SLICE) === 0) yield;
    if (!t.some((x) => (x & FLAG_CAPITAL) === 0)) continue;
    lowerFirst[trie.split[p]![0]!] = 1;
    const w = trie.words[trie.split[p]![0]!]!;
    const [a, b2, c3] = [letterIndex(w, 0), letterIndex(w, 1), letterIndex(w, 2)];
    // Letters outside a–z are never skipped by nextCandidate, so only a–z prefixes matter.
    if (a > 0 && b2 >= 0 && c3 >= 0) lowerStarts[a * 729 + b2 * 27 + c3] = 1;
    const d4 = c3 > 0 ? letterIndex(w, 3) : 0;
    if (a > 0 && b2 >= 0 && c3 >= 0 && d4 >= 0) {
      const bit = ((a * 27 + b2) * 27 + c3) * 27 + d4;
      lowerStarts4[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  return { lowerStarts, lowerStarts4, lowerFirst };
}

/**
 * The first-word table, and for slips: each first word less one letter (by hash, from prefix
 * hashes, no string built) and, per first letter a–z, the lengths a slip may have (one letter
 * more or less): capitalised words of other lengths are not worth a fuzzy look.
 */
function* buildSlipTables(trie: Trie): Generator<void, { firstIndex: HashIndex; deletions: HashIndex; slipLengths: Int32Array }> {
  let work = 0;
  const firstIndex = new HashIndex(trie.firstWords.size);
  // One (hash, word) pair per letter of each long enough first word, in typed arrays: a Map of
  // arrays held about 2.5 MB for 1,083 entries, this a tenth of that.
  const pairs: number[] = [];
  const slipLengths = new Int32Array(27);
  for (const id of trie.firstWords) {
    const w = trie.words[id]!;
    if ((++work & 7) === 0) yield;
    firstIndex.add(hashString(w), id);
    if (w.length >= FUZZY_FIRST_MIN && /^[a-z]+$/.test(w)) {
      const a = w.charCodeAt(0) - 96;
      for (const len of [w.length - 1, w.length, w.length + 1]) if (len < 31) slipLengths[a]! |= 1 << len;
      // The hash of w without its j-th letter: prefix(j) · 31^(n−1−j) + (hash(w) − prefix(j+1) · 31^(n−1−j)).
      const n = w.length;
      const prefix = [0];
      for (let j = 0; j < n; j++) prefix.push((Math.imul(prefix[j]!, 31) + w.charCodeAt(j)) | 0);
      let pow = 1;
      for (let j = n - 1; j >= 0; j--) {
        const h = (Math.imul(prefix[j]!, pow) + prefix[n]! - Math.imul(prefix[j + 1]!, pow)) | 0;
        pow = Math.imul(pow, 31);
        // A word with a doubled letter gives the same deletion twice: once is enough.
        if (pairs[pairs.length - 2] !== h || pairs[pairs.length - 1] !== id) pairs.push(h, id);
      }
    }
  }
  const deletions = new HashIndex(pairs.length / 2);
  for (let k = 0; k < pairs.length; k += 2) deletions.add(pairs[k]!, pairs[k + 1]!);
  return { firstIndex, deletions, slipLengths };
}

/** Per-node flags the reader's rules ask about, and the people's [surname, given name] pairs. */
function* buildNodeFlags(table: MatchTable, trie: Trie, rules: Map<string, CompiledRule[]>): Generator<void, Pick<Structures, 'ruledNodes' | 'acronymNodes' | 'hasTargets' | 'oneWordNodes' | 'givenNames'>> {
  let work = 0;
  const { targets, nodeKey } = trie;
  // For people named « Given Surname » (Vladimir Poutine): a surname after a variant of the
  // person's own given name (Dimitri Peskov) is still theirs.
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
  const oneWordNodes = new Uint8Array(targets.length);
  // Nodes with an acronym spelling (KCNA, ONU): never part of someone else's name.
  const acronymNodes = new Uint8Array(targets.length);
  // Nodes whose phrase has a context rule for one of its entries: only these pay for the check.
  const ruledNodes = new Uint8Array(targets.length);
  for (let node = 0; node < nodeKey.length; node++) {
    const t = targets[node];
    const key = nodeKey[node]!;
    if (t) hasTargets[node] = 1;
    if (key && key.indexOf(' ') < 0) oneWordNodes[node] = 1;
    if (t?.some((x) => (x & FLAG_CASE) !== 0)) acronymNodes[node] = 1;
    if (key && (t ?? []).some((x) => rules.has(`${Math.floor(x / 256)}|${key}`))) ruledNodes[node] = 1;
    if ((++work & SLICE) === 0) yield;
  }
  return { ruledNodes, acronymNodes, hasTargets, oneWordNodes, givenNames };
}

export function* buildStructureSteps(table: MatchTable): Generator<void, Structures> {
  const trie = yield* buildTrie(table);
  const wordIndex = new HashIndex(trie.words.length);
  const wordHashes = new Int32Array(trie.words.length);
  for (let id = 0; id < trie.words.length; id++) {
    wordHashes[id] = hashString(trie.words[id]!);
    wordIndex.add(wordHashes[id]!, id);
    if ((id & SLICE) === SLICE) yield;
  }
  const { lowerStarts, lowerStarts4, lowerFirst } = yield* buildLowerStarts(table, trie);
  const { firstIndex, deletions, slipLengths } = yield* buildSlipTables(trie);
  const rules = new Map<string, CompiledRule[]>();
  // Context words and phrases as folded-word hashes, as the paragraph is read (rules/context.ts).
  const phraseHashes = new Map<string, number[]>();
  for (const rule of table.rules) {
    for (const w of [...rule.near, ...rule.notNear]) if (!phraseHashes.has(w)) phraseHashes.set(w, w.split(' ').map(hashString));
    for (const key of rule.keys) {
      const k = `${rule.entry}|${key}`;
      rules.set(k, [...(rules.get(k) ?? []), rule]);
    }
  }
  const flags = yield* buildNodeFlags(table, trie, rules);
  yield;
  const skip = yield* buildSkipAutomatonSteps(lowerStarts, lowerStarts4);
  const { words, children, childWords, targets, nodeKey } = trie;
  const childStart = new Int32Array(childWords.length + 1);
  for (let node = 0; node < childWords.length; node++) childStart[node + 1] = childStart[node]! + childWords[node]!.length;
  yield;
  const childList = Int32Array.from(childWords.flat());
  // The last parts pause between them too: each takes a few milliseconds at 1,500 entries.
  yield;
  const officeTerms = new Map<string, Term[]>();
  const inOffice = new Uint8Array(table.entries.length);
  for (const office of table.offices ?? []) {
    for (const [holder, , to] of office.terms) if (!to) inOffice[holder] = 1;
    const terms = office.terms.map(([holder, from, to]) => ({ holder: table.entries[holder]!.id, from, ...(to ? { to } : {}) }));
    for (const key of office.keys) officeTerms.set(key, terms);
  }
  yield;
  // « région de Koursk » → its entry, under « koursk »: read once here, not per mention.
  const regionOf = new Map<string, number>();
  for (let node = 0; node < trie.nodeKey.length; node++) {
    if ((node & 4095) === 4095) yield;
    const key = trie.nodeKey[node]!;
    const t = trie.targets[node];
    if (!t) continue;
    // « région de Koursk » and "Kursk region": the French and the English spellings.
    if (key.startsWith('region de ')) regionOf.set(key.slice('region de '.length), Math.floor(t[0]! / 256));
    else if (key.endsWith(' region') && key.indexOf(' ') === key.length - ' region'.length) regionOf.set(key.slice(0, -' region'.length), Math.floor(t[0]! / 256));
  }
  yield;
  // A table compiled without shape data (an older one) finds no unknown name.
  const shapes: ShapeTables = { surnames: new KoreanSurnames(table.shapes?.surnames ?? ''), given: new RussianGivenNames(table.shapes?.given ?? ''), syllables: new HangulSyllables(table.shapes?.syllables ?? '') };
  const shapeWords = [...shapes.surnames.shapeSpellings(), ...shapes.given.spellings()].filter((w) => w);
  const shapeIndex = new HashIndex(shapeWords.length);
  for (const w of shapeWords) shapeIndex.add(hashString(w), 1);
  yield;
  const forms = new Map(table.forms);
  return { table: { ...table, phrases: [] }, phraseCount: table.phrases.length, words, wordIndex, wordHashes, firstIndex, children, childStart, childList, targets, nodeKey, deletions, rules, phraseHashes, lowerFirst, skip, slipLengths, forms, officeTerms, inOffice, regionOf, shapeIndex, shapes, ...flags };
}

export function buildStructures(table: MatchTable): Structures {
  const steps = buildStructureSteps(table);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}
