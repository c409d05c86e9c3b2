/**
 * Rule: a description standing as a title beside its name gives way to the name. In « le
 * porte-parole du Kremlin, Dmitri Peskov » or "Rodong Sinmun, the official newspaper of the
 * Workers' Party", the name is the mention; the names inside the description (Kremlin, Workers'
 * Party) are found as themselves. What may separate the two: spaces, a comma, a colon, a dash,
 * and up to two articles or titles (the, le, M., Dr…), within MAX_APPOSITION_GAP characters.
 */
import * as fold from '../../text/fold.ts';

// Plain module-level copies of the folding table's exports: hot loops read local bindings (some
// module loaders turn imported bindings into property getters, a call per read).
const classOf = fold.classOf;
const EXPAND = fold.EXPAND;
const LETTER_MIN = fold.LETTER_MIN;

export const APPOSITION_GAP = /^[\s\u00a0\u202f,:\u2013\u2014-]*(?:(?:the|le|la|les|l['’]|of|de|du|d['’]|M|Mme|MM|Mr|Mrs|Ms|Dr)\.?[\s\u00a0\u202f]*){0,2}$/u;
export const MAX_APPOSITION_GAP = 16;

/** Is text[from, to) a gap that joins a description to the name beside it? */
export function isAppositionGap(text: string, from: number, to: number): boolean {
  return to - from <= MAX_APPOSITION_GAP && APPOSITION_GAP.test(text.slice(from, to));
}

const isWordChar = (code: number): boolean => {
  const c = classOf(code);
  return c >= LETTER_MIN || c === EXPAND;
};

/**
 * The offsets, after `from`, where a name may begin past an apposition gap: up to three word
 * starts within MAX_APPOSITION_GAP characters (past « le », « of », « M. » in between).
 * `tryAt(q)` is asked at each; the first true ends the search.
 */
export function afterAppositionGap(text: string, from: number, tryAt: (q: number) => boolean): boolean {
  let q = from;
  while (q < text.length && q - from <= MAX_APPOSITION_GAP && !isWordChar(text.charCodeAt(q))) q++;
  for (let tries = 0; tries < 3 && q < text.length && q - from <= MAX_APPOSITION_GAP; tries++) {
    if (classOf(text.charCodeAt(q)) >= LETTER_MIN && APPOSITION_GAP.test(text.slice(from, q)) && tryAt(q)) return true;
    // Past one more word of the gap.
    while (q < text.length && q - from <= MAX_APPOSITION_GAP + 64 && isWordChar(text.charCodeAt(q))) q++;
    while (q < text.length && q - from <= MAX_APPOSITION_GAP && !isWordChar(text.charCodeAt(q))) q++;
  }
  return false;
}
