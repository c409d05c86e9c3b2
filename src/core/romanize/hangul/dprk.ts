/**
 * The North Korean official system ("Rules of the Latin alphabetical transcription of the
 * Korean language", 1992, revised 2002 and 2012): McCune–Reischauer letters without
 * apostrophes — aspirates kh th ph, ㅈ j, doubled kk tt pp ss jj — ㅚ oe as in 2002, initial
 * ㄹ kept as r. KCNA English drops the breves (stripBreves in transcriber.ts).
 */
import type { Consonant, Vowel } from './jamo.ts';
import { MR_VOWELS, isVoicedContext } from './mr.ts';
import type { Transcriber } from './transcriber.ts';

/** DPRK 2002 vowel table: as MR (ŏ ŭ wŏ ŭi), ㅚ oe (the 2012 text has oi). */
const DPRK_VOWELS: Readonly<Record<Vowel, string>> = MR_VOWELS;

const DPRK_FIXED: Readonly<Partial<Record<Consonant, string>>> = {
  GG: 'kk', DD: 'tt', BB: 'pp', SS: 'ss', JJ: 'jj', K: 'kh', T: 'th', P: 'ph', CH: 'ch', J: 'j',
  S: 's', H: 'h', N: 'n', M: 'm',
};

const VOICING: Readonly<Partial<Record<Consonant, [string, string]>>> = {
  G: ['k', 'g'], D: ['t', 'd'], B: ['p', 'b'],
};

/** DPRK 2012 p.6: a tense consonant in a compound after a vowel is written double (기대산 Kittaesan). */
const TENSE_AFTER_VOWEL: Readonly<Partial<Record<Consonant, string>>> = {
  G: 'kk', D: 'tt', B: 'pp', S: 'ss', J: 'jj',
};

export const dprkTranscriber: Transcriber = {
  vowel: (v) => DPRK_VOWELS[v],
  onset(p, prev) {
    const c = p.onset!;
    if (p.tense && prev && prev.coda === null && TENSE_AFTER_VOWEL[c]) return TENSE_AFTER_VOWEL[c]!;
    const pair = VOICING[c];
    if (pair) return isVoicedContext(p, prev) ? pair[1] : pair[0];
    // ㄹ is r, also after a consonant (압록강 Amrokgang, 찔레골 JJilregol); ll only where ㄴ+ㄹ
    // or ㄹ+ㄴ is read [ㄹㄹ] (천리마 Chŏllima, 한라산 Hallasan): DPRK 2012 pp.6, 8.
    if (c === 'L') return p.liquid ? 'l' : 'r';
    return DPRK_FIXED[c]!;
  },
  coda(p) {
    switch (p.coda!) {
      case 'G': return 'k';
      case 'D': return 't';
      case 'B': return 'p';
      case 'N': return 'n';
      case 'M': return 'm';
      case 'NG': return 'ng';
      case 'L': return 'l';
    }
  },
  // DPRK 2002: a hyphen where n g would be read ng (판교 Phan-gyo).
  separator: (prev, next) => (prev.coda === 'N' && next.onset === 'G' ? '-' : ''),
};
