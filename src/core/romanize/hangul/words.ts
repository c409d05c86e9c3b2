/**
 * One Hangul word in one system: plain words, words ending in a generic term (BGN/PCGN and
 * DPRK gazetteer practice) and administrative units (RR ch.3 art.5, ALA-LC §4, DPRK 2002),
 * numbered ones included. Capitalisation is left to the caller (index.ts).
 */
import { DPRK_CONVENTIONAL } from './exceptions.ts';
import { decomposeWord } from './jamo.ts';
import { readSinoKorean } from './numbers.ts';
import type { Profile } from './profiles.ts';
import { pronounce, type Phone, type SoundChangeOptions } from './sound-changes.ts';
import { joinSpelled, spell, stripBreves, type Spelled } from './transcriber.ts';

/** A syllable with no consonant and the vowel ㅏ (U+C544), put before a suffix to spell it as after a vowel. */
const NEUTRAL_SYLLABLE = '\uc544';

export function syllablesOf(word: string): string[] {
  return [...word];
}

export function pronounceWord(written: readonly string[], sound: SoundChangeOptions, lexicalWord?: string): Phone[] {
  return pronounce(decomposeWord(written.join('')), written, sound, lexicalWord);
}

export function spellWord(written: readonly string[], profile: Profile, sound: SoundChangeOptions = profile.sound): Spelled {
  return spell(pronounceWord(written, sound), profile.transcriber);
}

export function finish(text: string, profile: Profile): string {
  return profile.stripBreves ? stripBreves(text) : text;
}

/**
 * A suffix in its own form, unaffected by the name before it (RR ch.3 art.5: "no assimilation
 * across the hyphen"; DPRK 2002: sound changes are not written in these suffixes): spelled as
 * after a vowel, so -gu, -dong, -gang keep their voiced letters.
 */
function spellSuffix(suffix: readonly string[], profile: Profile): { text: string; first: Phone | undefined } {
  const phones = pronounceWord([NEUTRAL_SYLLABLE, ...suffix], profile.sound);
  const spelled = spell(phones, profile.transcriber);
  const text = joinSpelled({ chunks: spelled.chunks.slice(1), seps: ['', ...spelled.seps.slice(2)] });
  return { text, first: phones[1] };
}

/** The longest listed suffix ending the word, if at least `minStem` syllables stay before it. */
export function splitSuffix(written: readonly string[], suffixes: readonly string[], minStem: number): number | undefined {
  const word = written.join('');
  let best: number | undefined;
  for (const suffix of suffixes) {
    const length = [...suffix].length;
    if (written.length - length >= minStem && word.endsWith(suffix) && (best === undefined || length > written.length - best)) {
      best = written.length - length;
    }
  }
  return best;
}

/** Stem and suffix, with a hyphen or solid, sound changes written across or not. */
function composeWithSuffix(written: readonly string[], at: number, profile: Profile, hyphen: boolean, across: boolean): string {
  if (across) {
    const spelled = spellWord(written, profile);
    return joinSpelled(spelled, hyphen ? new Set([at]) : new Set());
  }
  const stem = written.slice(0, at);
  const stemPhones = pronounceWord(stem, profile.sound, written.join('')); // 기대산: the lists see the whole name
  const stemText = joinSpelled(spell(stemPhones, profile.transcriber));
  const suffix = spellSuffix(written.slice(at), profile);
  const last = stemPhones[stemPhones.length - 1];
  const sep = hyphen ? '-' : last && suffix.first ? profile.transcriber.separator(last, suffix.first) : '';
  return stemText + sep + suffix.text;
}

export function romanizePlainWord(written: readonly string[], profile: Profile): string {
  return finish(joinSpelled(spellWord(written, profile)), profile);
}

/** Word mode: conventional spellings, then generic terms, then the word as pronounced. */
export function romanizeWord(word: string, profile: Profile): string {
  if (profile.conventional) {
    const conventional = DPRK_CONVENTIONAL.get(word);
    if (conventional !== undefined) return conventional;
  }
  const written = syllablesOf(word);
  const generics = profile.generics;
  if (generics) {
    const admin = splitSuffix(written, generics.hyphenated, 2);
    const feature = splitSuffix(written, generics.solid, 2);
    if (admin !== undefined && (feature === undefined || admin <= feature)) {
      return finish(composeWithSuffix(written, admin, profile, true, generics.across), profile);
    }
    if (feature !== undefined) return finish(composeWithSuffix(written, feature, profile, false, generics.across), profile);
  }
  return romanizePlainWord(written, profile);
}

/** Admin mode, one Hangul word: the unit's suffix after a hyphen (제주도 Jeju-do). */
export function romanizeAdminWord(word: string, profile: Profile): string {
  const written = syllablesOf(word);
  const at = splitSuffix(written, profile.admin.suffixes, 1);
  if (at === undefined) return romanizeWord(word, profile);
  return finish(composeWithSuffix(written, at, profile, true, profile.admin.across), profile);
}

/**
 * A numbered unit (RR ch.3 art.5 examples 봉천1동 Bongcheon 1(il)-dong, 종로 2가 Jongno 2(i)-ga):
 * the numeral stays, its Sino-Korean reading follows in brackets, then the suffix.
 * Undefined when `suffixText` is not a unit suffix of the system.
 */
export function romanizeNumberedUnit(digits: string, suffixText: string, profile: Profile): string | undefined {
  const suffix = syllablesOf(suffixText);
  if (splitSuffix(suffix, profile.admin.suffixes, 0) !== 0) return undefined;
  const reading = readSinoKorean(digits);
  if (reading === undefined) return undefined;
  const readingSyllables = syllablesOf(reading);
  let readingText: string;
  let suffixPart: string;
  if (profile.admin.across) {
    const spelled = spellWord([...readingSyllables, ...suffix], profile);
    const cut = readingSyllables.length;
    readingText = joinSpelled({ chunks: spelled.chunks.slice(0, cut), seps: spelled.seps.slice(0, cut) });
    suffixPart = joinSpelled({ chunks: spelled.chunks.slice(cut), seps: ['', ...spelled.seps.slice(cut + 1)] });
  } else {
    readingText = joinSpelled(spellWord(readingSyllables, profile));
    suffixPart = spellSuffix(suffix, profile).text;
  }
  return finish(`${digits}(${readingText})-${suffixPart}`, profile);
}
