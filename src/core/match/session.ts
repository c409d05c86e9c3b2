/**
 * A reading session over one document: the passes in order, for each block of text.
 *
 *   1. words.ts       read words with their source offsets (the folding table)
 *   2. candidates.ts  the hot loop: stop only at words that may begin a name
 *   3. phrases.ts     walk the phrase trie from there, longest phrase last
 *   4. rules/         the reader's rules on each phrase, longest first: which entries it may be
 *                     (targets.ts, context.ts), not inside an address (url-like.ts), not part
 *                     of someone else's name (unknown-names.ts), not a description beside its
 *                     own name (apposition.ts); where no phrase is a name, a Korean or Russian
 *                     name without an entry, by its shape (unknown-shapes.ts, when asked)
 *   5. settle.ts    who a short form is, what waits for a full name, what counts only on a
 *                     page about Glose's subjects
 *
 * A block may be read in parts (`scanPart`), so that a page never spends one long task on a
 * paragraph of megabytes: every pass does a bounded amount of work per candidate word.
 */
import * as fold from '../text/fold.ts';

// Plain module-level copies of the folding table's exports: hot loops read local bindings (some
// module loaders turn imported bindings into property getters, a call per read).
const SCRIPT_CYRILLIC = fold.SCRIPT_CYRILLIC;
const SCRIPT_LATIN = fold.SCRIPT_LATIN;
const SCRIPT_TABLE = fold.SCRIPT_TABLE;
const foldWord = fold.foldWord;
const latinizeLookalikes = fold.latinizeLookalikes;
import { type Candidate } from './candidates.ts';
import * as m_candidates from './candidates.ts';
import { DocumentState } from './settle.ts';
import * as m_hash_index from './hash-index.ts';
import { type MatchKind } from './kinds.ts';
import * as m_kinds from './kinds.ts';
import type { MatchOptions, Mention, SettledMention } from './mention.ts';
import type { PhraseWalker, Walked } from './phrases.ts';
import * as m_apposition from './rules/apposition.ts';
import { ParagraphWords } from './rules/context.ts';
import * as m_context from './rules/context.ts';
import { type Occurrence } from './rules/targets.ts';
import * as m_targets from './rules/targets.ts';
import * as m_unknown_names from './rules/unknown-names.ts';
import * as m_url_like from './rules/url-like.ts';
import * as m_truncation from './rules/truncation.ts';
import * as m_offices from './rules/offices.ts';
import * as m_genitive from './rules/genitive.ts';
import * as m_regions from './rules/regions.ts';
import * as m_numbered from './rules/numbered-names.ts';
import * as m_shapes from './rules/unknown-shapes.ts';
import * as m_edit_distance from './edit-distance.ts';
import type { Structures } from './structures.ts';
import type { Term } from '../glossary/roles.ts';
import type { WordReader } from './words.ts';
import { NameProbe } from './rules/pairs.ts';
import * as m_words from './words.ts';
import { HANGUL_OR_CYRILLIC_RE } from '../text/scripts.ts';
// The other imports the same way.
const nextCandidate = m_candidates.nextCandidate;
const hashString = m_hash_index.hashString;
const LANG_EN = m_kinds.LANG_EN;
const LANG_FR = m_kinds.LANG_FR;
const MATCH_KINDS = m_kinds.MATCH_KINDS;
const afterAppositionGap = m_apposition.afterAppositionGap;
const isAppositionGap = m_apposition.isAppositionGap;
const contextAllows = m_context.contextAllows;
const KIND_DESCRIPTION = m_targets.KIND_DESCRIPTION;
const KIND_MISSPELLING = m_targets.KIND_MISSPELLING;
const KIND_SHORT = m_targets.KIND_SHORT;
const chooseTargets = m_targets.chooseTargets;
const followedByName = m_unknown_names.followedByName;
const precededByName = m_unknown_names.precededByName;
const titleBefore = m_unknown_names.titleBefore;
const followedByCompanyWord = m_unknown_names.followedByCompanyWord;
const isUrlLike = m_url_like.isUrlLike;
const isTruncation = m_truncation.isTruncation;
const roleHolder = m_offices.roleHolder;
const isDeputyRole = m_offices.isDeputyRole;
const isGenitiveAfter = m_genitive.isGenitiveAfter;
const regionBefore = m_regions.regionBefore;
const regionAfter = m_regions.regionAfter;
const isNumberedName = m_numbered.isNumberedName;
const unknownNameAt = m_shapes.unknownNameAt;
const editDistanceWithin = m_edit_distance.editDistanceWithin;
const firstLetterIsUpper = m_words.firstLetterIsUpper;
const hasSmallLetter = m_words.hasSmallLetter;
const wordId = m_words.wordId;

/** …in phrases of at least this many letters, or single words at least this long. */
const FUZZY_PHRASE_MIN = 8;
const NON_LATIN = HANGUL_OR_CYRILLIC_RE;
const CLOSING_QUOTE = /^[\s\u00a0\u202f]?[»”]/;

/** What preferNamedShort found: a plain name, a name shared with another entry's short form, or a move to that entry. */
const NAMED_PLAIN = 0;
const NAMED_SHARED = 1;
const NAMED_MOVED = 2;

export interface MatchSession {
  /**
   * Scans one more block of the same document: short forms resolve across blocks. A short form
   * with no full name before it is held back until `finish` (`tag` says which block it was in).
   */
  scan(text: string, tag?: number): Mention[];
  /**
   * Scans a block in parts: candidates from `from` on, stopping after the first one past
   * `from + chars`. Returns the mentions found and where to go on (-1 once the block is done).
   * The parts of one block, taken in order, find exactly what `scan` finds.
   */
  scanPart(text: string, tag: number, from: number, chars: number): { mentions: Mention[]; next: number };
  /**
   * Settles the short forms held back: those a later full name resolved go to that person; the
   * others are kept only if the document is about the glossary's subjects. Call it once the
   * document (or a batch of new blocks) is scanned.
   */
  finish(): SettledMention[];
}

/** What a session shares with its matcher: the structures and the per-matcher scratch. */
export interface SessionParts {
  b: Structures;
  walker: PhraseWalker;
  notSlips: Int32Array;
  ids: readonly string[];
  worldEntry: Uint8Array;
  entryIndex: ReadonlyMap<string, number>;
}

export function createSession(parts: SessionParts, options: MatchOptions): MatchSession {
  const session = new Session(parts, options.lang === 'en' ? LANG_EN : LANG_FR, options.date, options.unknownNames === true ? (options.guessScript ?? null) : undefined);
  return {
    scan: (text, tag = 0) => session.scanPart(text, tag, 0, Infinity).mentions,
    scanPart: (text, tag, from, chars) => session.scanPart(text, tag, from, chars),
    finish: () => session.doc.finish(),
  };
}

class Session {
  readonly doc: DocumentState;
  readonly #b: Structures;
  readonly #walker: PhraseWalker;
  readonly #reader: WordReader;
  readonly #probe: NameProbe;
  readonly #paragraph = new ParagraphWords();
  readonly #candidate: Candidate = { start: 0, hash: 0, len: 0, codes: 0 };
  readonly #chosen = new Int32Array(64);
  readonly #chosenOut = new Int32Array(2);
  #currentTag = 0;
  /** The mention just held back (a short form or a background entry): not returned now. */
  #deferred: Mention | null = null;
  /** Descriptions beside the name they describe are left out, up to this offset. */
  #descriptionsOffUntil = -1;
  /** The last mention returned in the current block (for apposition). */
  #previous: Mention | undefined;
  // The occurrence being weighed: one object for the session (no allocation per candidate).
  #occText = '';
  #occStart = 0;
  #occEnd = 0;
  #occKey = '';
  readonly #occ: Occurrence;

  constructor(
    private readonly parts: SessionParts,
    private readonly docLang: number,
    private readonly date: string | undefined,
    /** Unknown names asked for (undefined: not asked), with the script guesser, if any. */
    private readonly unknownNames: MatchOptions['guessScript'] | null | undefined,
  ) {
    this.#b = parts.b;
    this.#walker = parts.walker;
    this.#reader = parts.walker.reader;
    this.doc = new DocumentState(parts.ids, parts.worldEntry, parts.b.inOffice, parts.entryIndex);
    this.#probe = new NameProbe(parts.b);
    this.#occ = {
      docLang,
      capital: false,
      hasSmall: () => hasSmallLetter(this.#occText, this.#occStart, this.#occEnd),
      fuzzy: false,
      descriptionsOff: false,
      contextAllows: null,
    };
  }

  /** The office terms of the last description accepted (a role phrase), for apposition. */
  #lastDescriptionTerms: readonly Term[] | null = null;
  // The last name read in full, for the genitive rule (fields: this runs for every name).
  #lastFullEntry = -1;
  #lastFullEnd = 0;
  #lastFullText = '';
  /** A phrase was refused by its context rule in the current look-up (see matchAt). */
  #refusedByContext = false;

  readonly #ruledAllows = (entry: number): boolean => {
    const rules = this.#b.rules.get(`${entry}|${this.#occKey}`);
    const ok = !rules || contextAllows(rules, this.#paragraph, this.#b.phraseHashes, this.docLang, this.#occText, this.#occStart, this.#occEnd, this.#occKey, this.doc.recencyOf(entry) >= 0);
    if (!ok) this.#refusedByContext = true;
    return ok;
  };

  /** Is `folded` a given name of one of the chosen entries, for the surname being weighed? */
  readonly #isOwnGivenName = (folded: string): boolean => {
    const count = this.#chosenOut[0]!;
    for (let k = 0; k < count; k++) {
      const given = this.#b.givenNames[this.#chosen[k]!];
      if (given) for (const [surname, first] of given) if (surname === this.#occKey && editDistanceWithin(folded, first, 2) <= 2) return true;
    }
    return false;
  };

  /** Is text[start, end) a one-word name of ours (Poutine, Séoul)? (For the rules of unknown-names.ts.) */
  readonly #isOneWordName = (start: number, end: number): boolean => this.#probe.isOneWordName(this.#occText, start, end);
  readonly #isName = (start: number, end: number): boolean => this.#probe.isName(this.#occText, start, end);

  /** Weighs the walked phrase at `start`: the entries it may be (in `chosen`), or 0. */
  #weigh(text: string, start: number, w: Walked): number {
    // A quote opened inside the name closes with it: Aurus « Senat ».
    const close = w.quoted ? CLOSING_QUOTE.exec(text.slice(w.end, w.end + 2)) : null;
    if (close) w.end += close[0].length;
    // An abbreviation written with full stops keeps its last one (U.S., U.N.); any other full
    // stop after a name ends the sentence (« Malligyong-1. », « Kim J. »).
    if (w.dotted && w.lastLen === 1 && this.#b.oneWordNodes[w.node] === 0 && text.charCodeAt(w.end) === 46) w.end++;
    this.#occText = text;
    this.#occStart = start;
    this.#occEnd = w.end;
    this.#occKey = this.#b.nodeKey[w.node]!;
    this.#occ.capital = firstLetterIsUpper(text, start, w.end);
    this.#occ.fuzzy = w.fuzzy;
    this.#occ.descriptionsOff = start < this.#descriptionsOffUntil;
    this.#occ.contextAllows = this.#b.ruledNodes[w.node] === 1 ? this.#ruledAllows : null;
    chooseTargets(this.#b.targets[w.node]!, this.#occ, this.#chosen, this.#chosenOut);
    return this.#chosenOut[0]!;
  }

  /** The reader's rules on one walked phrase starting at `start`: its mention, or null. */
  #accept(text: string, start: number, w: Walked): Mention | null {
    if (w.fuzzy && w.letters < FUZZY_PHRASE_MIN) return null;
    const weighed = this.#weigh(text, start, w);
    const end = w.end;
    if (weighed === 0 || isUrlLike(text, start, end)) return null;
    const b = this.#b;
    const doc = this.doc;
    const chosen = this.#chosen;
    let bestKind = this.#chosenOut[1]!;
    const key = this.#occKey;
    // A city named after « région … de » is the region (rules/regions.ts).
    const region = b.oneWordNodes[w.node] === 1 && bestKind !== KIND_DESCRIPTION ? b.regionOf.get(key) : undefined;
    if (region !== undefined && (regionBefore(text, start) || regionAfter(text, w.end))) {
      chosen[0] = region;
      this.#chosenOut[0] = 1;
    }
    // A role phrase stands for the holder of the page's date (rules/offices.ts).
    this.#lastDescriptionTerms = bestKind === KIND_DESCRIPTION ? (this.#b.officeTerms.get(key) ?? null) : null;
    if (bestKind === KIND_DESCRIPTION && (isDeputyRole(text, start) || !this.#chooseHolder(text, start))) return null;
    // A spelling shared with the short form of an entry the page named in full stands for that one.
    // (A name that is also another entry's short form — « Samsung », the group, and Samsung
    // Electronics' short name — counts softly: it does not make its entry the one later short forms mean.)
    const named = bestKind !== KIND_SHORT && bestKind !== KIND_DESCRIPTION ? this.#preferNamedShort(w) : NAMED_PLAIN;
    if (named === NAMED_MOVED) bestKind = KIND_SHORT;
    const count = this.#chosenOut[0]!;
    const oneWord = b.oneWordNodes[w.node] === 1;
    const short = bestKind === KIND_SHORT;
    // A one-word name followed by a hyphen and a number (« Rossia-24 ») or by a company word
    // (« Kakao Entertainment ») names something after it, not itself (rules/).
    if (oneWord && (isNumberedName(text, end) || (!short && followedByCompanyWord(text, end, this.#reader)))) return null;
    if ((short && followedByName(text, end, this.#reader, this.#isOneWordName)) || ((short || (oneWord && !w.fuzzy && b.acronymNodes[w.node] === 0)) && precededByName(text, start, this.#isOwnGivenName, end, this.#isName, short))) {
      doc.noteUnknownName(key);
      return null;
    }
    if (short || count > 1) doc.chooseShort(chosen, count, start);
    else {
      doc.choiceEntry = chosen[0]!;
      doc.choiceBest = -1;
      doc.choiceAmbiguous = false;
    }
    const entry = doc.choiceEntry;
    const best = doc.choiceBest;
    // Someone the glossary does not know was named with this word more recently (« Lee Jung-hoon… Lee said »).
    if ((short || oneWord) && doc.unknownNamedSince(key, short ? best : doc.recencyOf(entry))) return null;
    const info = b.table.entries[entry]!;
    // A name cut short (« Moon Jae ») is a short form, not a slip (rules/truncation.ts).
    const truncated = (w.fuzzy || bestKind === KIND_MISSPELLING) && isTruncation(text.slice(start, end), [info.fr, info.en]);
    const misspelt = !truncated && (w.fuzzy || bestKind === KIND_MISSPELLING);
    const surface = text.slice(start, end);
    const mention: Mention = { start, end, surface, entry: info.id, match: misspelt ? 'misspelling' : truncated ? 'short' : (MATCH_KINDS[bestKind] as MatchKind) };
    if (doc.choiceAmbiguous) mention.candidates = Array.from(chosen.subarray(0, count), (e) => this.parts.ids[e]!);
    else if (count > 1) mention.alternatives = this.#alternativesOf(w.node, entry, count);
    if (misspelt) mention.intended = this.docLang === LANG_EN ? info.en : info.fr;
    if (short) {
      if (best >= 0 && doc.holdsWorld(entry)) this.#hold(mention);
      // A surname in Cyrillic or Hangul (Путин) is unambiguous on a French or English page, and so
      // is one person's surname after a title (« le ministre Belooussov »), even in a headline,
      // and a pair of our names (« le duo Kim-Poutine »): each says what the other is about.
      if (best < 0 && !NON_LATIN.test(surface)) {
        if ((count === 1 && titleBefore(text, start)) || this.#probe.inHyphenPair(text, start, end)) {
          if (count === 1) doc.noteOnTopic(entry);
        } else {
          // Nobody named in full yet: wait for a full name further on, or for `finish`.
          doc.holdShort(this.#currentTag, mention, chosen, count);
          this.#deferred = mention;
        }
      }
      return mention;
    }
    if (doc.holdsWorld(entry)) this.#hold(mention);
    // A description counts once it is known not to stand beside its own name (scanPart).
    if (bestKind === KIND_DESCRIPTION) return mention;
    if (named === NAMED_SHARED) {
      doc.noteOnTopic(entry);
      return mention;
    }
    doc.noteFull(entry, start, misspelt);
    // A name in the genitive inside the description of the name just before it (« Kim Yo-jong,
    // la sœur de Kim Jong-un », "Kim Yo Jong, leader Kim Jong Un's sister"): the person described
    // stays the one a later « Kim » means (rules/genitive.ts).
    if (this.#lastFullEntry >= 0 && this.#lastFullEntry !== entry && this.#lastFullText === text && isGenitiveAfter(text, this.#lastFullEnd, start, end)) doc.renew(this.#lastFullEntry);
    // (A description is read again when its name follows: the name is what counts here.)
    if (bestKind !== KIND_DESCRIPTION) {
      this.#lastFullEntry = entry;
      this.#lastFullEnd = end;
      this.#lastFullText = text;
    }
    return mention;
  }

  /**
   * « Conseil de sécurité » is the UN's by its spelling, and a short form of Russia's Security
   * Council: on a page that named the latter in full and not the former, it is the latter (as a
   * reader would take it). True when the choice moved to such a short form.
   */
  #preferNamedShort(w: Walked): number {
    const doc = this.doc;
    const chosen = this.#chosen;
    const chosenOut = this.#chosenOut;
    let best = -1;
    let shared = false;
    for (const t of this.#b.targets[w.node]!) {
      const entry = Math.floor(t / 256);
      const lang = (t >> 2) & 3;
      if (((t >> 4) & 15) !== KIND_SHORT || (lang !== 0 && lang !== this.docLang) || ((t & 1) !== 0 && !this.#occ.capital)) continue;
      shared = true;
      if (doc.recencyOf(entry) >= 0 && (best < 0 || doc.recencyOf(entry) > doc.recencyOf(best))) best = entry;
    }
    if (!shared) return NAMED_PLAIN;
    for (let k = 0; k < chosenOut[0]!; k++) if (doc.recencyOf(chosen[k]!) >= 0) return NAMED_SHARED;
    if (best < 0) return NAMED_SHARED;
    chosen[0] = best;
    chosenOut[0] = 1;
    chosenOut[1] = KIND_SHORT;
    return NAMED_MOVED;
  }

  /**
   * A role phrase: keep only the holder of the page's date among the chosen entries
   * (rules/offices.ts). False when it stands for nobody the glossary knows at that time.
   */
  #chooseHolder(text: string, start: number): boolean {
    const terms = this.#b.officeTerms.get(this.#occKey);
    if (!terms) return true;
    const holder = roleHolder(terms, text, start, this.date, this.#occEnd);
    const index = holder === null ? -1 : this.parts.entryIndex.get(holder)!;
    const count = this.#chosenOut[0]!;
    for (let k = 0; k < count; k++) {
      if (this.#chosen[k] === index) {
        this.#chosen[0] = index;
        this.#chosenOut[0] = 1;
        return true;
      }
    }
    return false;
  }

  /** Alternatives shared by every mention of one phrase linked to one entry (read-only: built once). */
  readonly #alternativeLists = new Map<number, string[]>();
  #alternativesOf(node: number, entry: number, count: number): string[] {
    const key = node * 65536 + (entry & 0xffff);
    let list = this.#alternativeLists.get(key);
    if (!list) {
      list = [];
      for (let k = 0; k < count; k++) if (this.#chosen[k] !== entry) list.push(this.parts.ids[this.#chosen[k]!]!);
      this.#alternativeLists.set(key, list);
    }
    return list;
  }

  #hold(mention: Mention): void {
    this.doc.holdWorld(this.#currentTag, mention);
    this.#deferred = mention;
  }

  /** The mention starting at the word text[start, end), if any (longest phrase that passes its checks). */
  #matchAt(text: string, start: number, end: number, hash: number, len: number, scripts: number): Mention | null {
    const count = this.#walker.walkFrom(text, start, end, hash, len, scripts);
    const found = this.#walker.found;
    for (let k = count - 1; k >= 0; k--) {
      this.#refusedByContext = false;
      const m = this.#accept(text, start, found[k]!);
      if (m) return m;
      // A longer name its context rule refused is someone else's name (« Conseil de sécurité
      // nationale américain »): the shorter names inside it are part of it, not ours.
      if (this.#refusedByContext && k > 0 && found[k]!.end > found[k - 1]!.end) return null;
    }
    return null;
  }

  /** Is a name of `entry` (not a description) right after text[from…], past an apposition gap? */
  #nameFollows(text: string, from: number, entries: readonly number[]): boolean {
    const b = this.#b;
    const reader = this.#reader;
    const walker = this.#walker;
    return afterAppositionGap(text, from, (q) => {
      reader.readAt(text, q);
      if (reader.len === 0 || wordId(b.words, b.firstIndex, text, q, reader.end, reader.hash) < 0) return false;
      walker.walkFrom(text, q, reader.end, reader.hash, reader.len, SCRIPT_LATIN, true);
      return entries.some((e) => walker.reaches(e, KIND_DESCRIPTION));
    });
  }

  /**
   * The entries a description may describe: its own, or, for a role phrase, every holder of the
   * office (« le président sud-coréen, Yoon Suk Yeol » in an article of 2024 read without its date).
   */
  #describedEntries(m: Mention): number[] {
    const own = this.parts.entryIndex.get(m.entry)!;
    const terms = this.#lastDescriptionTerms;
    if (!terms) return [own];
    return [own, ...terms.map((t) => this.parts.entryIndex.get(t.holder)!).filter((e) => e !== own)];
  }

  /** The hash and script of the candidate word text[start, end) (a Latin word with Cyrillic look-alikes reads as Latin). */
  #candidateScripts(text: string, end: number): number {
    const c = this.#candidate;
    if (c.codes <= 0x24f) return SCRIPT_LATIN;
    let scripts = 0;
    for (let k = c.start; k < end; k++) scripts |= SCRIPT_TABLE[text.charCodeAt(k)]!;
    if (scripts !== (SCRIPT_LATIN | SCRIPT_CYRILLIC)) return scripts;
    c.hash = hashString(latinizeLookalikes(foldWord(text.slice(c.start, end))));
    return SCRIPT_LATIN;
  }

  /** A Korean or Russian name without an entry at the capitalised word text[start, end), after `after` (rules/unknown-shapes.ts). */
  #unknownAt(text: string, start: number, end: number, after: number): Mention | null {
    const found = unknownNameAt(this.#b.shapes, text, start, end);
    if (!found || found.start < after) return null;
    const surface = text.slice(found.start, found.end);
    const guess = this.unknownNames ? this.unknownNames(surface.replace(/[\s\u00a0]+/g, ' '), found.origin, this.docLang === LANG_EN ? 'en' : 'fr') : { original: '' };
    if (!guess) return null;
    // A later bare surname may be this person, not an entry's (« Lee Jung-hoon… Lee said »).
    this.doc.noteUnknownName(found.surname);
    return { start: found.start, end: found.end, surface, entry: '', match: 'name', unknown: { origin: found.origin, ...guess } };
  }

  scanPart(text: string, tag: number, from: number, chars: number): { mentions: Mention[]; next: number } {
    const b = this.#b;
    const candidate = this.#candidate;
    const out: Mention[] = [];
    if (from === 0) {
      this.#descriptionsOffUntil = -1;
      this.#previous = undefined;
    }
    this.#currentTag = tag;
    const limit = from + chars;
    let i = from;
    for (;;) {
      if (i >= limit) return { mentions: out, next: i };
      i = nextCandidate(text, i, b.firstIndex.keys, b.firstIndex.values, b.firstIndex.mask, b.lowerFirst, b.skip, b.slipLengths, this.parts.notSlips, candidate, this.unknownNames !== undefined ? b.shapeIndex : null);
      if (i < 0) break;
      const scripts = this.#candidateScripts(text, i);
      this.#deferred = null;
      const m = this.#matchAt(text, candidate.start, i, candidate.hash, candidate.len, scripts);
      if (!m) {
        const u = this.unknownNames !== undefined && scripts === SCRIPT_LATIN && firstLetterIsUpper(text, candidate.start, i) ? this.#unknownAt(text, candidate.start, i, this.#previous?.end ?? from) : null;
        if (u) {
          out.push(u);
          this.#previous = u;
          i = u.end;
        }
        continue;
      }
      if (m.match === 'description') {
        // A description standing as a title beside the name it describes: the name is the
        // mention; read the span again without descriptions (see rules/apposition.ts).
        const described = this.#describedEntries(m);
        const prev = this.#previous;
        if ((prev !== undefined && described.includes(this.parts.entryIndex.get(prev.entry)!) && isAppositionGap(text, prev.end, m.start)) || this.#nameFollows(text, m.end, described)) {
          // A background entry's description held back for later goes too.
          if (m === this.#deferred) this.doc.unholdWorld(m);
          this.#descriptionsOffUntil = m.end;
          i = m.start;
          continue;
        }
      }
      if (m.match === 'description') this.doc.noteFull(this.parts.entryIndex.get(m.entry)!, m.start, false);
      if (m !== this.#deferred) {
        out.push(m);
        this.#previous = m;
      }
      i = m.end;
    }
    this.doc.docBase += text.length + 2;
    return { mentions: out, next: -1 };
  }
}
