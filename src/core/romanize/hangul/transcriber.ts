/**
 * Stage two, shared by every system: letters for pronounced syllables. A system is a
 * Transcriber (its tables and context rules); `spell` walks the syllables and keeps the
 * letters of each written syllable together, so a hyphen can later be put between two
 * written syllables (ALA-LC given names, administrative units) without splitting a letter.
 */
import type { Vowel } from './jamo.ts';
import type { Phone } from './sound-changes.ts';

export interface Transcriber {
  vowel(v: Vowel): string;
  /** The onset's letters; `prev` is undefined at the start of a word. */
  onset(p: Phone, prev: Phone | undefined): string;
  /** The coda's letters; `next` is undefined at the end of a word. */
  coda(p: Phone, next: Phone | undefined): string;
  /** What keeps two syllables' letters from being misread (MR n’g, DPRK n-g), usually ''. */
  separator(prev: Phone, next: Phone): string;
}

/** The letters of a word, by written syllable: `seps[i]` goes between `chunks[i - 1]` and `chunks[i]`. */
export interface Spelled {
  chunks: string[];
  seps: string[];
}

export function spell(phones: readonly Phone[], t: Transcriber): Spelled {
  const chunks: string[] = [];
  const seps: string[] = [];
  phones.forEach((p, i) => {
    const prev = phones[i - 1];
    const onset = p.onset === null ? '' : t.onset(p, prev);
    const body = t.vowel(p.vowel) + (p.coda === null ? '' : t.coda(p, phones[i + 1]));
    if (p.linked && i > 0) {
      // A carried-over final stays with the syllable it is written in (Ch’ŏr-wŏn, Mog-wŏl).
      chunks[i - 1] += onset;
      chunks.push(body);
    } else {
      chunks.push(onset + body);
    }
    seps.push(prev ? t.separator(prev, p) : '');
  });
  return { chunks, seps };
}

/** Joins a spelled word; `hyphenBefore` lists syllable indexes that get a hyphen instead of their separator. */
export function joinSpelled(s: Spelled, hyphenBefore: ReadonlySet<number> = new Set()): string {
  let out = '';
  s.chunks.forEach((chunk, i) => {
    out += (hyphenBefore.has(i) && i > 0 ? '-' : (s.seps[i] ?? '')) + chunk;
  });
  return out;
}

/** Upper-cases the first letter; with `unit`, a leading double consonant is capitalised whole (DPRK 2012: KK). */
export function capitalize(word: string, unit = false): string {
  const m = /\p{L}/u.exec(word);
  if (!m) return word;
  const at = m.index;
  const pair = word.slice(at, at + 2);
  if (unit && /^(kk|tt|pp|ss|jj)$/i.test(pair)) return word.slice(0, at) + pair.toUpperCase() + word.slice(at + 2);
  return word.slice(0, at) + word.charAt(at).toUpperCase() + word.slice(at + 1);
}

/** McCune–Reischauer letters without breves (KCNA and press usage: Jong, Un). */
export function stripBreves(s: string): string {
  return s.normalize('NFD').replace(/\u0306/gu, '').normalize('NFC');
}
