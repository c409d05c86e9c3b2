/**
 * Rules: a one-word name that is part of someone else's name is not ours.
 *
 * - A short form followed by another capitalised word begins an unknown full name (« Kim
 *   Min-jae », « Park Ji-sung »): no mention of Kim Jong-un there.
 * - A one-word name directly after a capitalised word that is neither a title nor the first word
 *   of a sentence ends someone else's name (« Tomáš Lada », « Selhurst Park », « Marcus Lee »),
 *   unless that word is the person's own given name, however spelt (« Dimitri Peskov »), or the
 *   line is a title-case headline, where every word is capitalised.
 *
 * Each looks at most a short, fixed distance around the name (a word, a line of 120
 * characters), never at the whole text: the matcher stays linear on lines of any length.
 */
import * as fold from '../../text/fold.ts';

// Plain module-level copies of the folding table's exports: hot loops read local bindings (some
// module loaders turn imported bindings into property getters, a call per read).
const EXPAND = fold.EXPAND;
const IGNORE = fold.IGNORE;
const LETTER_MIN = fold.LETTER_MIN;
const SOFT = fold.SOFT;
const classOf = fold.classOf;
const foldWord = fold.foldWord;
const isUpperCode = fold.isUpperCode;
import type { WordReader } from '../words.ts';
import * as m_words from '../words.ts';
// The other imports the same way.
const firstLetterIsUpper = m_words.firstLetterIsUpper;

/**
 * Capitalised words that may stand before a name without being part of it: titles, honorifics,
 * articles and prepositions of title-case headlines, geographic generics (folded).
 */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(
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

/** A lower-case word of four letters or more: the line is not a title-case headline. */
const TITLE_CASE_BREAKER = /(?:^|[\s\u00a0])\p{Ll}\p{L}{3}/u;
/** How far a headline's line is read on each side of the name. */
const LINE_REACH = 120;

/** A short form directly followed by another capitalised word is part of an unknown full name. */
export function followedByName(text: string, end: number, reader: WordReader): boolean {
  if (!reader.readNext(text, end)) return false;
  return reader.len > 1 && firstLetterIsUpper(text, reader.start, reader.end);
}

const isLetterLike = (code: number): boolean => {
  const c = classOf(code);
  return c >= LETTER_MIN || c === EXPAND || c === IGNORE;
};

/**
 * Is the one-word name at text[start…] preceded by a capitalised word that makes it part of
 * someone else's name? `isOwnGivenName(folded)` says whether that word is a given name of the
 * entries the name may stand for.
 */
export function precededByName(text: string, start: number, isOwnGivenName: (folded: string) => boolean): boolean {
  let z = start;
  while (z > 0 && start - z < 2 && classOf(text.charCodeAt(z - 1)) === SOFT && text.charCodeAt(z - 1) !== 10) z--;
  if (z === start || z === 0 || classOf(text.charCodeAt(z - 1)) < LETTER_MIN) return false;
  let a = z;
  while (a > 0 && z - a < 40 && isLetterLike(text.charCodeAt(a - 1))) a--;
  if (!isUpperCode(text.charCodeAt(a)) || z - a < 2) return false;
  const word = foldWord(text.slice(a, z));
  if (NOT_GIVEN_NAMES.has(word) || isOwnGivenName(word)) return false;
  // The first word of a sentence, a line or a quotation is capitalised anyway.
  let p = a;
  while (p > 0 && a - p < LINE_REACH && classOf(text.charCodeAt(p - 1)) === SOFT && text.charCodeAt(p - 1) !== 10 && !'«“"‘\''.includes(text[p - 1]!)) p--;
  if (p === 0) return false;
  if (text[p - 1] === '.') {
    // « Rep. Dale Lee », « M. Jean Lee »: a title's full stop does not end a sentence.
    let t = p - 1;
    while (t > 0 && p - t < 40 && classOf(text.charCodeAt(t - 1)) >= LETTER_MIN) t--;
    if (!NOT_GIVEN_NAMES.has(foldWord(text.slice(t, p - 1)))) return false;
  } else if (/[!?:;\n«“"‘'(\[—–]/u.test(text[p - 1]!)) return false;
  return !isTitleCaseLine(text, a, start);
}

/** Is the line around [a, start) a headline in title case (no lower-case word of four letters)? */
export function isTitleCaseLine(text: string, a: number, start: number): boolean {
  // The line's start and end, looked for LINE_REACH characters at most (lastIndexOf and indexOf
  // would read a line of megabytes for every name on it).
  let lineStart = a;
  while (lineStart > 0 && a - lineStart < LINE_REACH && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  let lineEnd = start;
  while (lineEnd < text.length && lineEnd - start < LINE_REACH && text.charCodeAt(lineEnd) !== 10) lineEnd++;
  return !TITLE_CASE_BREAKER.test(text.slice(lineStart, lineEnd));
}
