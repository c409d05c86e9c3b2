/**
 * Rules: names without an entry, found by their shape (issue 27). At a capitalised word the
 * phrase walk found no name for, a careful reader of this beat still knows:
 *
 * - a Korean name: a common Korean surname in any of its spellings (Kim, Ri, Pak, Choe, Jung,
 *   Seo…) followed by a given name of two syllables that read as Hangul, hyphenated, spaced or
 *   joined (Ri Son-gwon, Jo Yong Won, Lee Sedol); or such a hyphenated given name first and the
 *   surname after it, as the press writes some South Koreans (Min-jae Kim);
 * - a Russian name: a Russian given name (Sergueï, Dmitry…), a patronymic maybe, and a surname of
 *   Russian shape (-ov, -eva, -ski, -skaïa, -ine, -enko…); or such a surname after a title
 *   (« le général Ivanov », "Mr. Petrov").
 *
 * Not: look-alikes of other languages. Chinese and Vietnamese names fail the Hangul syllables
 * (Xi, Zheng, Minh) or start with surnames left out of the shapes (Wang, Ma, Ho); Polish, Czech,
 * Serbian, Slovenian and Hungarian surnames carry letters Russian transcriptions never write (w,
 * ł, ś, č, ć, š, ž, ř, cz, sz); a given name other languages share (Anna, Roman, Ivan, Piotr)
 * wants a surname with an unmistakably Russian ending (Roman Polanski is not one). Names the
 * glossary knows never reach these rules: the phrase walk found them first.
 *
 * Each rule reads a bounded slice around the word (at most 64 characters ahead, 24 behind): the
 * matcher stays linear in the text.
 */
import * as fold from '../../text/fold.ts';
import type { ShapeTables } from '../structures.ts';
import { NOT_GIVEN_NAMES, titleBefore } from './unknown-names.ts';

const foldWord = fold.foldWord;

export interface ShapeFind {
  start: number;
  end: number;
  origin: 'ko' | 'ru';
  /** The surname, folded (noted by the document: a later bare « Kim » may be this person). */
  surname: string;
}

/** How far the rules read after and before the word. */
const AHEAD = 64;
const BEHIND = 24;

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}ʼ'’]*`;
/** After a surname: a hyphenated given name (Son-gwon, Son-Gwon), two single words (Yong Won) or one (Sedol). */
const KOREAN_GIVEN = new RegExp(String.raw`^[ \u00a0](\p{Lu}\p{Ll}+)(?:[-‐‑](\p{L}\p{Ll}+)|[ \u00a0](\p{Lu}\p{Ll}+))?(?![\p{L}\-‐‑])`, 'u');
/** Before a surname: a hyphenated given name (Min-jae, Heung-Min) or a joined one (Hyunsu, Inbee). */
const KOREAN_GIVEN_BEFORE = /(?:^|[^\p{L}\-‐‑])(\p{Lu}\p{Ll}+)(?:[-‐‑](\p{L}\p{Ll}+))?[ \u00a0]$/u;
/** English given names that happen to read as two Korean syllables (Ja-son, Su-san). */
const NOT_KOREAN_GIVEN: ReadonlySet<string> = new Set(['jason', 'susan', 'gina', 'dana', 'mina', 'nora', 'hana', 'dora', 'sonia', 'tina']);
/** After a given name: a patronymic maybe, then a surname (a hyphenated one too: Kara-Mourza, Rimski-Korsakov). */
const RUSSIAN_REST = new RegExp(String.raw`^[ \u00a0](?:(${WORD}(?:vitch|vich|itch|ich|ovna|evna|ïevna|ievna))[ \u00a0])?(${WORD}(?:[-‐‑]${WORD})?)(?![\p{L}\-‐‑])`, 'u');

/**
 * Surname endings no other language in the news shares with Russian (and Ukrainian -enko); the
 * French -ine of -ин only after the consonants Russian names put there (Pouchkine, Sorokine,
 * Prigojine, Lénine), not French names' (Racine, Sabine, Martine, Pauline).
 */
const STRONG_ENDING = /(?:ov|ev|ëv|ova|eva|ëva|sky|skiy|skii|skaya|skaïa|skaia|enko|vich|vitch|[kgjrvznh]ine|yne)$/;
/** Endings of Russian surnames that other languages' names share too (Martin, Polanski, Chaika): after a distinctly Russian given name only. */
const WEAK_ENDING = /(?:in|ina|yn|yna|ski|kaïa|kaya|oï|oy|oi|ykh|ikh|ko|ka|ia|ya|ine)$/;
/** Letters and pairs Russian transcriptions never write: Polish, Czech, Serbian, Croatian, Slovenian, Hungarian, German. */
const NOT_RUSSIAN = /[wqłśżźńćęąčšžđřěůőűøåäöüßñç]|cz|sz|rz(?!h)|th|ph|ck/i;

/** The syllables of a Korean given name's parts, if each reads as a common name syllable (two in all). */
function koreanGiven(t: ShapeTables, parts: ReadonlyArray<string | undefined>): boolean {
  const syllables: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    const p = foldWord(part);
    if (t.syllables.isNameSyllable(p)) syllables.push(p);
    else {
      const cut = t.syllables.split(p);
      if (!cut) return false;
      syllables.push(...cut);
    }
  }
  return syllables.length === 2 && syllables.every((x) => t.syllables.isNameSyllable(x));
}

/** A Korean name at the surname text[start, end): in Korean order, or with its given name before. */
function koreanAt(t: ShapeTables, text: string, start: number, end: number, surname: string): ShapeFind | null {
  const after = KOREAN_GIVEN.exec(text.slice(end, end + AHEAD));
  if (after && !NOT_GIVEN_NAMES.has(foldWord(after[1]!)) && koreanGiven(t, [after[1], after[2], after[3]])) return { start, end: end + after[0].length, origin: 'ko', surname };
  const before = KOREAN_GIVEN_BEFORE.exec(text.slice(Math.max(0, start - BEHIND), start));
  if (!before || !koreanGiven(t, [before[1], before[2]])) return null;
  // A given name written in one word before the surname: its second syllable begins with a
  // consonant (Hyun-su, In-bee, Yun-chan), which English given names read as Korean rarely do.
  if (!before[2] && (NOT_KOREAN_GIVEN.has(foldWord(before[1]!)) || /^[aeiouwy]/.test(t.syllables.split(foldWord(before[1]!))?.[1] ?? 'a'))) return null;
  return { start: start - before[1]!.length - (before[2] ? before[2].length + 1 : 0) - 1, end, origin: 'ko', surname };
}

/** A Russian name from the given name text[start, end). */
function russianAt(t: ShapeTables, text: string, start: number, end: number, given: string): ShapeFind | null {
  const rest = RUSSIAN_REST.exec(text.slice(end, end + AHEAD));
  if (!rest) return null;
  const surname = rest[2]!;
  const folded = foldWord(surname);
  if (NOT_RUSSIAN.test(surname) || NOT_GIVEN_NAMES.has(folded) || folded.length < 3) return null;
  // With a patronymic, or after a given name no other language has, any surname of Latin letters
  // will do but a weak ending is asked; a shared given name (Anna, Roman) wants a strong ending.
  const lower = surname.toLowerCase();
  const ok = STRONG_ENDING.test(lower) || (t.given.isDistinct(given) && (rest[1] !== undefined || WEAK_ENDING.test(lower)));
  return ok ? { start, end: end + rest[0].length, origin: 'ru', surname: folded } : null;
}

/**
 * The unknown Korean or Russian name that begins (or, for a Korean given name written first,
 * ends) at the capitalised word text[start, end), if its shape says so; null otherwise.
 */
export function unknownNameAt(t: ShapeTables, text: string, start: number, end: number): ShapeFind | null {
  const word = foldWord(text.slice(start, end));
  if (t.surnames.isShapeSurname(word)) {
    const found = koreanAt(t, text, start, end, word);
    if (found) return found;
  }
  if (t.given.cyrillicOf(word) !== undefined) {
    const found = russianAt(t, text, start, end, word);
    if (found) return found;
  }
  // A surname of Russian shape after a title, standing alone (not the first of two names).
  const lower = text.slice(start, end).toLowerCase();
  if (STRONG_ENDING.test(lower) && !NOT_RUSSIAN.test(lower) && !/^[ \u00a0]\p{Lu}/u.test(text.slice(end, end + 2)) && titleBefore(text, start)) return { start, end, origin: 'ru', surname: word };
  return null;
}

/** Could the capitalised word end a Russian surname (its last two letters, folded)? For the hot loop. */
export function mayEndRussianSurname(last: number, beforeLast: number): boolean {
  switch (last) {
    case 118: // -ov, -ev
      return beforeLast === 111 || beforeLast === 101;
    case 97: // -ova, -eva, -skaya, -skaïa
      return beforeLast === 118 || beforeLast === 121 || beforeLast === 105;
    case 121: // -sky
    case 105: // -ski
      return beforeLast === 107;
    case 111: // -enko
      return beforeLast === 107;
    case 104: // -vich, -vitch
      return beforeLast === 99;
    case 101: // -ine, -yne
      return beforeLast === 110;
    default:
      return false;
  }
}
