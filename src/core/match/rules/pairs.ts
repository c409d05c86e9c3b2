/**
 * Rule: two names of ours joined by a hyphen are a pair (« le duo Kim-Poutine », « la ligne
 * Séoul-Tokyo »), not one name: each says what the other is about. `NameProbe` tells whether a
 * word is a one-word name of ours, with a word reader of its own (the phrase walk's is in use).
 */
import type { Structures } from '../structures.ts';
import { WordReader, isWordCode, wordId } from '../words.ts';

export class NameProbe {
  readonly #reader = new WordReader();
  constructor(private readonly b: Structures) {}

  /** Is text[start, end) a one-word name of ours (Poutine, Séoul)? */
  isOneWordName(text: string, start: number, end: number): boolean {
    const r = this.#reader;
    r.readAt(text, start);
    if (r.end !== end || r.len === 0) return false;
    const first = wordId(this.b.words, this.b.firstIndex, text, start, end, r.hash);
    const node = first >= 0 ? this.b.children.get(first) : -1;
    return node >= 0 && this.b.hasTargets[node] === 1;
  }

  /**
   * Is text[start, end) exactly a name of ours, of one word or several (« K-pop », « Corée du
   * Sud »)? At most four words are read: the span is a few words before a name.
   */
  isName(text: string, start: number, end: number): boolean {
    const b = this.b;
    const r = this.#reader;
    r.readAt(text, start);
    if (r.len === 0 || r.end > end) return false;
    const first = wordId(b.words, b.firstIndex, text, start, r.end, r.hash);
    let node = first >= 0 ? b.children.get(first) : -1;
    const W = Math.max(1, b.words.length);
    for (let words = 1; node >= 0 && r.end < end && words < 4; words++) {
      if (!r.readNext(text, r.end, r.len) || r.end > end) return false;
      const id = wordId(b.words, b.wordIndex, text, r.start, r.end, r.hash);
      node = id >= 0 ? b.children.get(node * W + id) : -1;
    }
    return node >= 0 && r.end === end && b.hasTargets[node] === 1;
  }

  /** Is text[start, end) joined by a hyphen to another name of ours? */
  inHyphenPair(text: string, start: number, end: number): boolean {
    if (end < text.length && isHyphen(text.charCodeAt(end))) {
      let z = end + 1;
      while (z < text.length && isWordCode(text.charCodeAt(z))) z++;
      if (z > end + 1 && this.isOneWordName(text, end + 1, z)) return true;
    }
    if (start > 1 && isHyphen(text.charCodeAt(start - 1))) {
      let a = start - 1;
      while (a > 0 && isWordCode(text.charCodeAt(a - 1))) a--;
      if (a < start - 1 && this.isOneWordName(text, a, start - 1)) return true;
    }
    return false;
  }
}

function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}
