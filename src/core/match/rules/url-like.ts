/**
 * Rule: no name inside a URL or an e-mail address. « www.kremlin.ru » and « kim@example.com »
 * hold names a reader does not read as mentions. Only the run of non-space characters around the
 * name is looked at, and at most URL_REACH characters of it each way, so that a page-long token
 * costs each name a bounded look (the matcher stays linear).
 */
import * as fold from '../../text/fold.ts';

// Plain module-level copies of the folding table's exports: hot loops read local bindings (some
// module loaders turn imported bindings into property getters, a call per read).
const SOFT = fold.SOFT;
const classOf = fold.classOf;

const URL_LIKE = /@|:\/\/|^www\.|\.(com|org|net|info|gov|edu|io|fr|ru|kr|kp|uk|de|html?|php|aspx?)(\/|$)/i;
/** How far around a name the address it may sit in is read. */
const URL_REACH = 256;

/** A character that cannot belong to a URL or an address next to a name: a space or ordinary punctuation. */
function isPlainBoundary(c: number): boolean {
  return classOf(c) === SOFT || c === 44 || c === 59 || c === 41 || c === 33 || c === 63;
}

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x1680 || code === 0x205f || code === 0xfeff;

/** Is the name text[start, end) part of a URL or an address? */
export function isUrlLike(text: string, start: number, end: number): boolean {
  // Fast path: a name followed by a space or ordinary punctuation and preceded by a space.
  let after = text.charCodeAt(end);
  // A full stop or colon that ends a sentence (followed by a space or nothing) is ordinary too.
  if ((after === 46 || after === 58) && (end + 1 >= text.length || classOf(text.charCodeAt(end + 1)) === SOFT)) after = 32;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  if ((Number.isNaN(after) || isPlainBoundary(after)) && isPlainBoundary(before)) return false;
  let a = start;
  while (a > 0 && start - a < URL_REACH && !isSpace(text.charCodeAt(a - 1))) a--;
  let z = end;
  while (z < text.length && z - end < URL_REACH && !isSpace(text.charCodeAt(z))) z++;
  if (a === start && z === end) return false;
  return URL_LIKE.test(text.slice(a, z).replace(/[.,;:!?)\]»”'"]+$/u, ''));
}
