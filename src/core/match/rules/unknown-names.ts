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
import { hashString } from '../hash-index.ts';

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

/**
 * Titles and honorifics that stand before a surname (« le ministre Belooussov », "President
 * Putin", « M. Poutine »): such a surname names a person even in a text too short to show what
 * it is about (folded).
 */
export const TITLES: ReadonlySet<string> = new Set(
  (
    'm mme mlle mm mr mrs ms dr pr monsieur madame president presidente general generale marechal camarade comrade marshal chairman ' +
    'ministre minister premier secretaire secretary chef chief dirigeant dirigeante leader senateur senator sen rep depute deputee ' +
    'ambassadeur ambassadrice ambassador gouverneur governor maire mayor patriarche patriarch colonel captain capitaine lieutenant amiral admiral ' +
    'commandant commander docteur doctor professeur professor prof tsar porte parole spokesman spokeswoman spokesperson opposant dissident journaliste'
  ).split(' '),
);

/** Is the word right before text[start…] a title (« ministre », « M. », "President")? */
export function titleBefore(text: string, start: number): boolean {
  let z = start;
  while (z > 0 && start - z < 3 && (classOf(text.charCodeAt(z - 1)) === SOFT || text.charCodeAt(z - 1) === 46) && text.charCodeAt(z - 1) !== 10) z--;
  if (z === start) return false;
  let a = z;
  while (a > 0 && z - a < 20 && isLetterLike(text.charCodeAt(a - 1))) a--;
  return a < z && TITLES.has(foldWord(text.slice(a, z)));
}

/** A lower-case word of four letters or more: the line is not a title-case headline. */
const TITLE_CASE_BREAKER = /(?:^|[\s\u00a0])\p{Ll}\p{L}{3}/u;
/** How far a headline's line is read on each side of the name. */
const LINE_REACH = 120;

/** Is text[a, z) written in capitals only (two letters at least)? A dateline, an acronym, a brand. */
export function isAllCapitals(text: string, a: number, z: number): boolean {
  let letters = 0;
  for (let i = a; i < z; i++) {
    const ch = text[i]!;
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    if (ch !== ch.toUpperCase()) return false;
    letters++;
  }
  return letters >= 2;
}

const isHyphen = (code: number): boolean => code === 45 || code === 0x2010 || code === 0x2011;

/**
 * A short form directly followed by another capitalised word is part of an unknown full name
 * (« Kim Min-jae »), and so is one followed by an initial (« Kim L. », a commenter's signature).
 * Not when that word is an article or a title (a headline glued to the next line: « …succéder à
 * Choïgou Le président russe… »), nor when a hyphen joins two names of ours (« le duo
 * Kim-Poutine »: `isKnownName` says whether text[start, end) is one).
 */
export function followedByName(text: string, end: number, reader: WordReader, isKnownName: (start: number, end: number) => boolean = () => false): boolean {
  if (!reader.readNext(text, end)) return false;
  if (!firstLetterIsUpper(text, reader.start, reader.end)) return false;
  // Joined by a hyphen: one compound name (« Nord-Est », « Kim-Minjae »), unless both halves are ours.
  if (reader.start === end + 1 && isHyphen(text.charCodeAt(end))) return !isKnownName(reader.start, reader.end);
  if (reader.len === 1) return text.charCodeAt(reader.end) === 46;
  return !NOT_GIVEN_NAMES.has(foldWord(text.slice(reader.start, reader.end)));
}

/**
 * The words that end a company's name after its group's name (the groups' own usage: Samsung
 * Electronics, Kakao Entertainment, SK Innovation, LG Energy Solution, Hyundai Heavy Industries,
 * Lotte Chemical, Naver Webtoon, Gazprom Neft, Rosneft Trading): a one-word name followed by one
 * of them names a company of the group, which is not the group itself when the glossary has no
 * entry for it (the longer name, when it is an entry, is found whole before this rule is asked).
 */
const COMPANY_WORDS = ['entertainment', 'electronics', 'motor', 'motors', 'group', 'holdings', 'bank', 'pay', 'games', 'mobility', 'energy', 'chemical', 'chemicals', 'heavy', 'engineering', 'life', 'securities', 'capital', 'insurance', 'card', 'telecom', 'biologics', 'bioepis', 'display', 'innovation', 'aerospace', 'ocean', 'solutions', 'systems', 'corp', 'corporation', 'inc', 'ltd', 'co', 'webtoon', 'music', 'studios', 'pictures', 'media', 'steel', 'construction', 'logistics', 'shipbuilding', 'airlines', 'air', 'neft', 'trading', 'invest', 'tech', 'technologies'];
/** The same words by the hash and length the word reader gives (folded letters): no string per name. */
const COMPANY_WORD_LENGTHS = new Map(COMPANY_WORDS.map((w) => [hashString(w), w.length] as const));

/** Is the one-word name ending at `end` followed by a company word (« Kakao Entertainment »)? */
export function followedByCompanyWord(text: string, end: number, reader: WordReader): boolean {
  if (!reader.readNext(text, end) || reader.start !== end + 1 || !firstLetterIsUpper(text, reader.start, reader.end)) return false;
  return COMPANY_WORD_LENGTHS.get(reader.hash) === reader.len;
}

const isLetterLike = (code: number): boolean => {
  const c = classOf(code);
  return c >= LETTER_MIN || c === EXPAND || c === IGNORE;
};

/**
 * Is the one-word name at text[start, end) preceded by a capitalised word that makes it part of
 * someone else's name? `isOwnGivenName(folded)` says whether that word is a given name of the
 * entries the name may stand for; `isKnownName(a, z)` whether it is a name of ours itself.
 * Not someone else's name: a place or a title in capitals after a word that is not (a dateline:
 * « …Josh Smith SEOUL, 27 juillet »), a name after a word in capitals (an outlet, an acronym: « BFMTV
 * Choïgou »), a name after a name of ours (« la ligne Séoul-Tokyo », « l'agence de K-pop Hybe »). A hyphenated given
 * name is read whole (« Ju-min Park »).
 */
export function precededByName(text: string, start: number, isOwnGivenName: (folded: string) => boolean, end = start, isKnownName: (start: number, end: number) => boolean = () => false, shortForm = false): boolean {
  let z = start;
  while (z > 0 && start - z < 2 && classOf(text.charCodeAt(z - 1)) === SOFT && text.charCodeAt(z - 1) !== 10) z--;
  if (z === start || z === 0 || classOf(text.charCodeAt(z - 1)) < LETTER_MIN) return false;
  let a = z;
  while (a > 0 && z - a < 40 && isLetterLike(text.charCodeAt(a - 1))) a--;
  // A hyphenated given name (Ju-min, Jean-Pierre): read back to its first part.
  if (a > 1 && isHyphen(text.charCodeAt(a - 1)) && isLetterLike(text.charCodeAt(a - 2))) {
    let b = a - 1;
    while (b > 0 && a - b < 40 && isLetterLike(text.charCodeAt(b - 1))) b--;
    a = b;
  }
  if (!isUpperCode(text.charCodeAt(a)) || z - a < 2) return false;
  // Capitals on one side only. (A surname in capitals after a given name is the French way of
  // writing someone's name, « Marcus LEE »: only a place or a title in capitals is a dateline.)
  const capitalName = end > start && isAllCapitals(text, start, end);
  const capitalBefore = isAllCapitals(text, a, z);
  if (capitalBefore && !capitalName) return false;
  if (capitalName && !capitalBefore && !shortForm) return false;
  // A name of ours right before is a name of its own (« l'agence de K-pop Hybe », « la ligne
  // Séoul-Tokyo »), not the first half of someone else's.
  if (isKnownName(a, z)) return false;
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
  const line = text.slice(lineStart, lineEnd);
  // A byline (« Par Jean Dupont et… », "By Mikhail Orlov and…") names the writers: not a headline.
  if (BYLINE.test(line)) return false;
  return !TITLE_CASE_BREAKER.test(line);
}

/** A line that starts like a byline. */
const BYLINE = /^\s*(?:by|par|de notre correspondant(?:e)?|avec)\s+\p{Lu}/iu;
