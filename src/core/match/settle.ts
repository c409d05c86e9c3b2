/**
 * Pass 5 — settling a document. What a reader remembers while reading a page, block after block:
 * who was named in full, where and how often; which short forms (« Poutine », « Kim ») are
 * still waiting for a full name; which background entries (the United States, the UN) wait for
 * the page to show it is about Glose's own subjects; and which surnames were last seen in the
 * full name of someone the glossary does not know. The session (session.ts) asks it who a
 * short form is, tells it each full name, and `finish` settles what was held back.
 */
import type { Mention, SettledMention } from './mention.ts';

/** Past this many characters (about a paragraph of wire copy) from the last full name, a short form goes to the most named candidate. */
const SALIENCE_REACH = 500;
/** A short form shared by several people needs the page to name at least this many of our own entries in full. */
const MIN_ENTRIES_ON_TOPIC = 2;
/** Short forms held back per document, at most (a page of thousands of bare « Kim »). */
const MAX_PENDING = 5000;

/** A short form held back until a full name settles it. */
interface Pending {
  tag: number;
  mention: Mention;
  settled: boolean;
}

export class DocumentState {
  readonly #recency: Int32Array;
  #seq = 0;
  /** A surname last seen in the full name of someone the glossary does not know (« Lee Jung-hoon »). */
  readonly #unknownNamed = new Map<string, number>();
  #pending: Pending[] = [];
  /** The same, by candidate entry: a full name settles its own without looking at the others. */
  #pendingByEntry = new Map<number, Pending[]>();
  #settled: SettledMention[] = [];
  /** Mentions of background entries met before any entry of our own subjects. */
  #pendingWorld: SettledMention[] = [];
  /** Entries of our own subjects named other than by a short form or a slip. */
  readonly #seenFull: Uint8Array;
  /** Where each entry was last named in full (offset in the document, blocks end to end), and how often. */
  readonly #lastPos: Float64Array;
  readonly #fullCount: Int32Array;
  #fullEntries = 0;
  /** Offset of the current block in the document (blocks end to end, two characters apart). */
  docBase = 0;
  // The last choice of `chooseShort` (fields, not an object: it runs for every short form).
  /** The entry chosen. */
  choiceEntry = 0;
  /** The recency of its last full mention, or -1 when none of the candidates was named in full. */
  choiceBest = -1;
  /** Several candidates and none named in full yet. */
  choiceAmbiguous = false;

  constructor(
    private readonly ids: readonly string[],
    private readonly worldEntry: Uint8Array,
    /** Entries holding an office today (the leader, the minister of the day): a bare short form with nothing before it is likelier them. */
    private readonly inOffice: Uint8Array,
    /** Entry id → index (the session's own map, built once per matcher). */
    private readonly entryIndex: ReadonlyMap<string, number>,
  ) {
    this.#recency = new Int32Array(ids.length).fill(-1);
    this.#seenFull = new Uint8Array(ids.length);
    this.#lastPos = new Float64Array(ids.length);
    this.#fullCount = new Int32Array(ids.length);
  }

  /**
   * The entry a short form (or a spelling several entries share) at block offset `start` stands
   * for: the one last named in full while they are fresh in the reader's mind; far from that
   * mention, the one the document names most.
   */
  chooseShort(chosen: Int32Array, count: number, start: number): void {
    let entry = chosen[0]!;
    // With nobody named yet, « Kim » is likelier the leader of the day than his grandfather.
    for (let k = 0; k < count; k++) {
      if (this.inOffice[chosen[k]!] === 1) {
        entry = chosen[k]!;
        break;
      }
    }
    let best = -1;
    for (let k = 0; k < count; k++) {
      const e = chosen[k]!;
      const r = this.#recency[e]!;
      if (r > best) {
        best = r;
        entry = e;
      }
    }
    if (best >= 0 && count > 1 && this.docBase + start - this.#lastPos[entry]! > SALIENCE_REACH) {
      for (let k = 0; k < count; k++) {
        const e = chosen[k]!;
        if (this.#fullCount[e]! > this.#fullCount[entry]! || (this.#fullCount[e] === this.#fullCount[entry] && this.#recency[e]! > this.#recency[entry]!)) entry = e;
      }
    }
    this.choiceEntry = entry;
    this.choiceBest = best;
    this.choiceAmbiguous = count > 1 && best < 0;
  }

  recencyOf(entry: number): number {
    return this.#recency[entry]!;
  }

  /** A surname was just read as part of an unknown person's full name. */
  noteUnknownName(key: string): void {
    this.#unknownNamed.set(key, this.#seq++);
  }

  /** Was someone unknown named with this word more recently than `than`? */
  unknownNamedSince(key: string, than: number): boolean {
    return this.#unknownNamed.size > 0 && (this.#unknownNamed.get(key) ?? -1) > than;
  }

  /** Is a background entry's mention to be held back (nothing of our own named yet)? */
  holdsWorld(entry: number): boolean {
    return this.worldEntry[entry] === 1 && this.#fullEntries === 0;
  }

  /** Holds a background entry's mention back until the page shows it is about our subjects. */
  holdWorld(tag: number, mention: Mention): void {
    if (this.#pendingWorld.length < MAX_PENDING) this.#pendingWorld.push({ tag, mention });
  }

  /** Drops a background mention just held back (it turned out to be a description beside its name). */
  unholdWorld(mention: Mention): void {
    if (this.#pendingWorld[this.#pendingWorld.length - 1]?.mention === mention) this.#pendingWorld.pop();
  }

  /** Holds a short form with no full name before it until one follows, or `finish`. */
  holdShort(tag: number, mention: Mention, chosen: Int32Array, count: number): void {
    if (this.#pending.length >= MAX_PENDING) return;
    const p: Pending = { tag, mention, settled: false };
    this.#pending.push(p);
    for (let k = 0; k < count; k++) {
      const e = chosen[k]!;
      const list = this.#pendingByEntry.get(e);
      if (list) list.push(p);
      else this.#pendingByEntry.set(e, [p]);
    }
  }

  /** A full name (or a misspelling of one) was read at block offset `start`. */
  noteFull(entry: number, start: number, misspelt: boolean): void {
    this.#recency[entry] = this.#seq++;
    this.#lastPos[entry] = this.docBase + start;
    this.#fullCount[entry]!++;
    if (this.worldEntry[entry] !== 1 && !misspelt && !this.#seenFull[entry]) {
      this.#seenFull[entry] = 1;
      this.#fullEntries++;
    }
    if (this.#pendingByEntry.size > 0) this.#resolvePending(entry);
  }

  #worldOf(id: string): number {
    return this.worldEntry[this.entryIndex.get(id)!]!;
  }

  /** The entry is again the last one a reader has in mind (rules/genitive.ts). */
  renew(entry: number): void {
    this.#recency[entry] = this.#seq++;
  }

  /**
   * A short form that names one person with confidence (after a title, in a pair of our names)
   * shows what the page is about, like a full name, without settling other short forms.
   */
  noteOnTopic(entry: number): void {
    if (this.worldEntry[entry] !== 1 && !this.#seenFull[entry]) {
      this.#seenFull[entry] = 1;
      this.#fullEntries++;
    }
  }

  /** A full name has just been read: short forms waiting for it go to that person. */
  #resolvePending(entry: number): void {
    const list = this.#pendingByEntry.get(entry);
    if (!list) return;
    this.#pendingByEntry.delete(entry);
    const id = this.ids[entry]!;
    for (const p of list) {
      if (p.settled) continue;
      p.settled = true;
      p.mention.entry = id;
      const others = (p.mention.candidates ?? []).filter((c) => c !== id);
      if (others.length) p.mention.alternatives = others;
      delete p.mention.candidates;
      this.#settled.push({ tag: p.tag, mention: p.mention });
    }
  }

  /**
   * Settles what was held back: background entries count only on a page that names one of our
   * own subjects; a short form a full name resolved goes to that person; the others stay only
   * on a page clearly about our subjects (one other entry named in full for a short form of one
   * person, two for one shared by several: on a page about something else a lone « Kim » is
   * nobody we know).
   */
  finish(): SettledMention[] {
    const onTopic = this.#fullEntries > 0;
    const out = onTopic ? [...this.#pendingWorld, ...this.#settled] : this.#settled.filter((s) => this.#worldOf(s.mention.entry) !== 1);
    this.#pendingWorld = [];
    for (const p of this.#pending) {
      const needed = p.mention.candidates ? MIN_ENTRIES_ON_TOPIC : 1;
      if (!p.settled && this.#fullEntries >= needed) out.push({ tag: p.tag, mention: p.mention });
    }
    this.#pending = [];
    this.#pendingByEntry = new Map();
    this.#settled = [];
    return out;
  }
}
