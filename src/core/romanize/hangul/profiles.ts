/**
 * Each Korean system id as a set of choices: which letters (transcriber), which sound changes,
 * how names, administrative units and generic terms are written. The aliases rr-name, rr-admin,
 * rr-translit fix the mode of rr; rr-hyphen adds the optional hyphen of RR ch.3 art.2.
 */
import type { KoreanMode, KoreanSystem } from '../systems.ts';
import { dprkTranscriber } from './dprk.ts';
import { mrTranscriber } from './mr.ts';
import { rrHyphenTranscriber, rrTranscriber } from './rr.ts';
import type { SoundChangeOptions } from './sound-changes.ts';
import type { Transcriber } from './transcriber.ts';
import { BGN_FEATURES, DPRK_ADMIN_UNITS, DPRK_FEATURES, MR_ADMIN_UNITS, RR_ADMIN_UNITS } from './units.ts';

/** How a given name is written after the surname. */
export type GivenNameStyle =
  | 'letters' // RR ch.3 art.4: one word, no sound change inside (Han Boknam)
  | 'letters-hyphen' // RR ch.3 art.4, hyphen allowed between syllables (Han Bok-nam)
  | 'one-word' // MR 1939: one word, sound changes written (Kim Chŏngŭn)
  | 'lc-hyphen' // ALA-LC 2009 rule 9: two Sino-Korean syllables hyphenated, sound change across
  | 'separate' // DPRK: each Sino-Korean syllable a word (Pak Tong Gu); native names one word
  | 'fr-hyphen'; // French press: KCNA letters, syllables hyphenated (Kim Jong-un)

export type SurnameStyle = 'rr' | 'mr' | 'dprk' | 'popular';

export interface Profile {
  transcriber: Transcriber;
  sound: SoundChangeOptions;
  /** The mode an alias stands for, used when the caller asks for none or for 'word'. */
  fixedMode?: KoreanMode;
  /** KCNA and press usage: no breves. */
  stripBreves: boolean;
  /** Word mode: every word capitalised (gazetteers) rather than the first of the text. */
  capitalizeEveryWord: boolean;
  /** DPRK 2012 p.5–6: a double consonant starting a place name is capitalised whole (KKonmaŭl). */
  doubleCapitals: boolean;
  /** Administrative suffixes, longest first, and whether sound changes are written across the hyphen. */
  admin: { suffixes: readonly string[]; across: boolean };
  /**
   * Generic terms split off in word mode: `hyphenated` (administrative units) and `solid`
   * (natural features), after a name of two syllables or more.
   */
  generics?: { hyphenated: readonly string[]; solid: readonly string[]; across: boolean };
  /** DPRK conventional spellings (평양 Pyongyang). */
  conventional: boolean;
  surname: SurnameStyle;
  givenName: GivenNameStyle;
  /** Press usage: people's own spellings (people.ts), in French or English style. */
  established?: 'fr' | 'en';
}

const RR_SOUND: SoundChangeOptions = {
  assimilation: true, linking: true, obstruentH: 'verbs', liquidToNasal: true, initialSoundLaw: false, lexicon: true,
};
const MR_SOUND: SoundChangeOptions = { ...RR_SOUND, obstruentH: 'coronals', initialSoundLaw: true };
/** BGN/PCGN romanise North Korean names, whose spelling keeps initial ㄹ (룡천 Ryongch’ŏn). */
const BGN_SOUND: SoundChangeOptions = { ...MR_SOUND, initialSoundLaw: false };
/** DPRK 2012 rules p.6: the sai-siot read as a sound (sound-changes.ts readSaiSiot). */
const DPRK_SOUND: SoundChangeOptions = { ...MR_SOUND, initialSoundLaw: false, liquidToNasal: false, saiSiot: true };

const rr: Profile = {
  transcriber: rrTranscriber, sound: RR_SOUND, stripBreves: false, capitalizeEveryWord: false, doubleCapitals: false,
  admin: { suffixes: RR_ADMIN_UNITS, across: false }, conventional: false, surname: 'rr', givenName: 'letters',
};

const mr: Profile = {
  transcriber: mrTranscriber, sound: MR_SOUND, stripBreves: false, capitalizeEveryWord: false, doubleCapitals: false,
  admin: { suffixes: MR_ADMIN_UNITS, across: true }, conventional: false, surname: 'mr', givenName: 'one-word',
};

const dprk: Profile = {
  transcriber: dprkTranscriber, sound: DPRK_SOUND, stripBreves: false, capitalizeEveryWord: true, doubleCapitals: true,
  admin: { suffixes: DPRK_ADMIN_UNITS, across: false },
  generics: { hyphenated: DPRK_ADMIN_UNITS, solid: DPRK_FEATURES, across: false },
  conventional: true, surname: 'dprk', givenName: 'separate',
};

const kcna: Profile = { ...dprk, stripBreves: true, doubleCapitals: false };

export const PROFILES: Readonly<Record<KoreanSystem, Profile>> = {
  rr,
  'rr-name': { ...rr, fixedMode: 'name' },
  'rr-admin': { ...rr, fixedMode: 'admin' },
  'rr-hyphen': { ...rr, transcriber: rrHyphenTranscriber, givenName: 'letters-hyphen' },
  'rr-translit': { ...rr, fixedMode: 'translit' },
  mr,
  'ala-lc': { ...mr, givenName: 'lc-hyphen' },
  'bgn-pcgn-mr': {
    ...mr, sound: BGN_SOUND, capitalizeEveryWord: true, givenName: 'lc-hyphen',
    // BGN/PCGN 1945 note 3: generic terms hyphenated, sound change written across (Amnok-kang).
    generics: { hyphenated: [...MR_ADMIN_UNITS, ...BGN_FEATURES], solid: [], across: true },
  },
  dprk,
  kcna,
  // Press usage is per person (README "Press usage"; the glossary holds it). Without an entry,
  // South Korean public figures keep their own spelling (people.ts, RR ch.3 art.7) and other
  // names take the KCNA letters the press uses for North Koreans: Kim Jong-un, Kim Yo Jong.
  'press-fr': { ...kcna, givenName: 'fr-hyphen', established: 'fr' },
  'press-en': { ...kcna, established: 'en' },
  'surname-popular': { ...rr, surname: 'popular', givenName: 'letters-hyphen' },
};
