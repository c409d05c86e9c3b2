/**
 * McCune–Reischauer (1939, TKBRAS XXIX) letters, shared by its Library of Congress variant
 * (ALA-LC 2009) and by BGN/PCGN 1945: breves ŏ ŭ, an apostrophe on aspirates, plain stops
 * voiced between voiced sounds, n’g where ng would be misread.
 */
import type { Consonant, Vowel } from './jamo.ts';
import type { Phone } from './sound-changes.ts';
import type { Transcriber } from './transcriber.ts';

export const APOSTROPHE = '\u2019';

/** MR vowel table (ㅓ ŏ, ㅡ ŭ, ㅝ wŏ, ㅢ ŭi). */
export const MR_VOWELS: Readonly<Record<Vowel, string>> = {
  A: 'a', AE: 'ae', YA: 'ya', YAE: 'yae', EO: '\u014f', E: 'e', YEO: 'y\u014f', YE: 'ye', O: 'o',
  WA: 'wa', WAE: 'wae', OE: 'oe', YO: 'yo', U: 'u', WO: 'w\u014f', WE: 'we', WI: 'wi', YU: 'yu',
  EU: '\u016d', UI: '\u016di', I: 'i',
};

/**
 * MR voicing rule: ㄱ ㄷ ㅂ ㅈ are voiced (g d b j) after a vowel or after ㄴ ㅁ ㅇ ㄹ, unless
 * tensed; voiceless (k t p ch) at the start of a word and after a stop. DPRK uses the same
 * rule ("soft voiceless consonants between vowels and between resonants and vowels").
 */
export function isVoicedContext(p: Phone, prev: Phone | undefined): boolean {
  if (prev === undefined || p.tense) return false;
  return prev.coda === null || prev.coda === 'N' || prev.coda === 'M' || prev.coda === 'NG' || prev.coda === 'L';
}

const MR_FIXED: Readonly<Partial<Record<Consonant, string>>> = {
  GG: 'kk', DD: 'tt', BB: 'pp', JJ: 'tch', SS: 'ss', N: 'n', M: 'm', H: 'h',
  K: `k${APOSTROPHE}`, T: `t${APOSTROPHE}`, P: `p${APOSTROPHE}`, CH: `ch${APOSTROPHE}`,
};

const VOICING: Readonly<Partial<Record<Consonant, [string, string]>>> = {
  G: ['k', 'g'], D: ['t', 'd'], B: ['p', 'b'], J: ['ch', 'j'],
};

export const mrTranscriber: Transcriber = {
  vowel: (v) => MR_VOWELS[v],
  onset(p, prev) {
    const c = p.onset!;
    const pair = VOICING[c];
    if (pair) return isVoicedContext(p, prev) ? pair[1] : pair[0];
    if (c === 'S') return p.vowel === 'WI' ? 'sh' : 's'; // MR: 쉬 shwi
    // ㄹ: l after l (ll) and in Western words spelled with l (ALA-LC rule 10); r elsewhere.
    if (c === 'L') return prev?.coda === 'L' || p.lateral ? 'l' : 'r';
    return MR_FIXED[c]!;
  },
  coda(p, next) {
    switch (p.coda!) {
      case 'G': return 'k';
      case 'D': return 't';
      case 'B': return 'p';
      case 'N': return 'n';
      case 'M': return 'm';
      case 'NG': return 'ng';
      case 'L': return next?.onset === 'H' ? 'r' : 'l'; // MR: 발해 Parhae
    }
  },
  // MR (and ALA-LC 2009 p.15): n’g for ㄴ+ㄱ, not to be read ng (잔금 chan’gŭm, 전기 chŏn’gi).
  separator: (prev, next) => (prev.coda === 'N' && next.onset === 'G' ? APOSTROPHE : ''),
};
