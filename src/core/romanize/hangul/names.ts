/**
 * Personal names (RR ch.3 art.4; MR 1939; ALA-LC 2009 rule 9; DPRK 2002 personal names; press
 * usage): surname and given name are romanised apart, each by its own rule, and joined by a space.
 */
import { decomposeWord } from './jamo.ts';
import { ESTABLISHED_NAMES, type EstablishedName } from './people.ts';
import type { Profile } from './profiles.ts';
import type { SoundChangeOptions } from './sound-changes.ts';
import { POPULAR_SURNAMES, RI_SURNAMES, YI_SURNAMES, surnameLength } from './surnames.ts';
import { capitalize, joinSpelled, spell } from './transcriber.ts';
import { finish, pronounceWord, spellWord } from './words.ts';
import { hasNonSinoSyllable } from './word-knowledge.ts';
import { rrTranscriber } from './rr.ts';

/** Sound changes inside a name: no lexical lists, and no initial-sound law (ALA-LC rule 9: ㄹ in names is said). */
function nameSound(profile: Profile): SoundChangeOptions {
  return { ...profile.sound, initialSoundLaw: false, lexicon: false };
}

/** RR ch.3 art.4: letter values, no assimilation inside the name (Han Boknam). */
function letterSound(profile: Profile): SoundChangeOptions {
  return { ...nameSound(profile), assimilation: false };
}

export function romanizeSurname(written: readonly string[], profile: Profile): string {
  const surname = written.join('');
  switch (profile.surname) {
    case 'popular': {
      const popular = POPULAR_SURNAMES.get(surname)?.[0];
      if (popular !== undefined) return popular;
      return capitalize(joinSpelled(spell(pronounceWord(written, letterSound(profile)), rrTranscriber)));
    }
    case 'mr':
      if (YI_SURNAMES.has(surname)) return 'Yi';
      // Surnames are Sino-Korean: the initial-sound law applies (류 Yu, 림 Im, 라 Na).
      return capitalize(finish(joinSpelled(spellWord(written, profile, { ...nameSound(profile), initialSoundLaw: true })), profile));
    case 'dprk':
      if (RI_SURNAMES.has(surname)) return 'Ri';
      return capitalize(finish(joinSpelled(spellWord(written, profile, nameSound(profile))), profile));
    case 'rr':
      return capitalize(joinSpelled(spellWord(written, profile, letterSound(profile))));
  }
}

/**
 * Every known spelling of a surname: its popular spellings (surnames.ts, most usual first),
 * then the RR and McCune–Reischauer forms, without repeats (서: Suh, Su, Sur, So, Seu, Seo, Sŏ).
 * The convention accepts more than one form for many surnames; none is wrong.
 */
export function knownSurnameSpellings(written: readonly string[], profiles: { rr: Profile; mr: Profile }): string[] {
  const forms = [
    ...(POPULAR_SURNAMES.get(written.join('')) ?? []),
    romanizeSurname(written, profiles.rr),
    romanizeSurname(written, profiles.mr),
  ];
  return [...new Set(forms.map((f) => f.normalize('NFC')))];
}

/** French press style: the given name's syllables joined by hyphens, only the first capitalised. */
function frenchHyphenated(given: string): string {
  const parts = given.split(/[\s-]+/u).filter((p) => p !== '');
  return capitalize(parts.map((p) => p.toLowerCase()).join('-'));
}

function formatEstablished(name: EstablishedName, style: 'fr' | 'en'): string {
  return `${name.surname} ${style === 'fr' ? frenchHyphenated(name.given) : name.given}`;
}

export function romanizeGivenName(written: readonly string[], profile: Profile): string {
  const native = hasNonSinoSyllable(decomposeWord(written.join('')));
  const all = new Set(written.map((_, i) => i).slice(1));
  switch (profile.givenName) {
    case 'letters':
      return capitalize(joinSpelled(spellWord(written, profile, letterSound(profile))));
    case 'letters-hyphen':
      return capitalize(joinSpelled(spellWord(written, profile, letterSound(profile)), all));
    case 'one-word':
      return capitalize(finish(joinSpelled(spellWord(written, profile, nameSound(profile))), profile));
    case 'lc-hyphen': {
      // ALA-LC 2009 rule 9: two-syllable Sino-Korean given names hyphenated, sound change shown
      // across the hyphen (Ch’ŏr-wŏn, Ŭng-nyŏl); native names and names of 3+ syllables solid.
      const spelled = spellWord(written, profile, nameSound(profile));
      const hyphen = written.length === 2 && !native ? new Set([1]) : new Set<number>();
      return capitalize(finish(joinSpelled(spelled, hyphen), profile));
    }
    case 'separate':
    case 'fr-hyphen': {
      // DPRK 2002: each syllable of a Sino-Korean given name is written apart, its first
      // initial voiceless (Pak Tong Gu); a native name is one word (Kim Kkotpuni).
      if (native) return capitalize(finish(joinSpelled(spellWord(written, profile, nameSound(profile))), profile));
      const apart = { ...nameSound(profile), assimilation: false, linking: false };
      const chunks = spellWord(written, profile, apart).chunks.map((c) => finish(c, profile));
      return profile.givenName === 'separate' ? chunks.map((c) => capitalize(c)).join(' ') : capitalize(chunks.join('-'));
    }
  }
}

/**
 * A full name. `surnameSyllables` is given when the text already separates the surname
 * (ALA-LC writes 이 석민); otherwise two-syllable surnames are recognised from the list.
 */
export function romanizeName(written: readonly string[], profile: Profile, surnameSyllables?: number): string {
  if (profile.established) {
    const known = ESTABLISHED_NAMES.get(written.join(''));
    if (known) return formatEstablished(known, profile.established);
  }
  const cut = surnameSyllables ?? surnameLength(written);
  const surname = romanizeSurname(written.slice(0, cut), profile);
  if (cut >= written.length) return surname;
  return `${surname} ${romanizeGivenName(written.slice(cut), profile)}`;
}
