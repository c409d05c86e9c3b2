/**
 * Revised Romanization of Korean (MCT notice 2000-8): the letters of chapter 2, the optional
 * hyphen of ch.3 art.2 and the letter-for-letter transliteration of ch.3 art.8.
 * Sound changes (ch.3 art.1) come from sound-changes.ts; tensing is never written (art.1 note).
 */
import { decomposeWord, type Consonant, type Final, type Syllable, type Vowel } from './jamo.ts';
import type { Phone } from './sound-changes.ts';
import type { Transcriber } from './transcriber.ts';

/** RR ch.2 art.1: vowels (ㅢ is ui even where it is said [i], note 1). */
export const RR_VOWELS: Readonly<Record<Vowel, string>> = {
  A: 'a', AE: 'ae', YA: 'ya', YAE: 'yae', EO: 'eo', E: 'e', YEO: 'yeo', YE: 'ye', O: 'o', WA: 'wa',
  WAE: 'wae', OE: 'oe', YO: 'yo', U: 'u', WO: 'wo', WE: 'we', WI: 'wi', YU: 'yu', EU: 'eu', UI: 'ui', I: 'i',
};

/** RR ch.2 art.2: consonants before a vowel (ㄱ ㄷ ㅂ are g d b, ㄹ is r). */
const RR_ONSETS: Readonly<Record<Consonant, string>> = {
  G: 'g', GG: 'kk', N: 'n', D: 'd', DD: 'tt', L: 'r', M: 'm', B: 'b', BB: 'pp', S: 's', SS: 'ss',
  J: 'j', JJ: 'jj', CH: 'ch', K: 'k', T: 't', P: 'p', H: 'h',
};

/** RR ch.2 art.2 note 1: ㄱ ㄷ ㅂ before a consonant or at the end are k t p; ㄹ there is l. */
const RR_CODAS = { G: 'k', N: 'n', D: 't', L: 'l', M: 'm', B: 'p', NG: 'ng' } as const;

export const rrTranscriber: Transcriber = {
  vowel: (v) => RR_VOWELS[v],
  // RR ch.2 art.2 note 2: ㄹ before a vowel is r, but ㄹㄹ is ll (울릉 Ulleung).
  onset: (p, prev) => (p.onset === 'L' && prev?.coda === 'L' ? 'l' : RR_ONSETS[p.onset!]),
  coda: (p) => RR_CODAS[p.coda!],
  separator: () => '',
};

/**
 * RR ch.3 art.2: the optional hyphen where a syllable boundary could be misread — a vowel-initial
 * syllable after a vowel or ng (중앙 Jung-ang, 세운 Se-un, 해운대 Hae-undae), n before g (반구대 Ban-gudae).
 */
export const rrHyphenTranscriber: Transcriber = {
  ...rrTranscriber,
  separator(prev: Phone, next: Phone): string {
    const vowelInitial = next.onset === null && /^[aeiou]/.test(RR_VOWELS[next.vowel]);
    if (vowelInitial && (prev.coda === null || prev.coda === 'NG')) return '-';
    if (prev.coda === 'N' && next.onset === 'G' && !next.linked) return '-';
    return '';
  },
};

// RR ch.3 art.8: letter values for transliteration (ㄱ ㄷ ㅂ ㄹ always g d b l).
const TRANSLIT_CONSONANTS: Readonly<Record<Consonant, string>> = { ...RR_ONSETS, L: 'l' };

const TRANSLIT_FINALS: Readonly<Record<Final, string>> = {
  G: 'g', GG: 'kk', GS: 'gs', N: 'n', NJ: 'nj', NH: 'nh', D: 'd', L: 'l', LG: 'lg', LM: 'lm',
  LB: 'lb', LS: 'ls', LT: 'lt', LP: 'lp', LH: 'lh', M: 'm', B: 'b', BS: 'bs', S: 's', SS: 'ss',
  NG: 'ng', J: 'j', CH: 'ch', K: 'k', T: 't', P: 'p', H: 'h',
};

const FINAL_LETTERS: ReadonlySet<string> = new Set(Object.values(TRANSLIT_FINALS));
const INITIAL_LETTERS: ReadonlySet<string> = new Set(Object.values(TRANSLIT_CONSONANTS));

/**
 * RR ch.3 art.8, last sentence ("기타 분절의 필요가 있을 때에도 붙임표(-)를 쓴다": a hyphen
 * also wherever the letters must be segmented): the letters of a final and of the next initial
 * that another final and initial could also spell are kept apart by a hyphen, so that the
 * Hangul can be restored. The standard's example is a double final before ㅅ: 없었습니다
 * eobs-eoss-seubnida (ㅆ+ㅅ "sss" could be ㅅ+ㅆ); likewise 있습니다 iss-seubnida, 옷소매
 * os-somae (s+s could be ㅆ after an open syllable), but 붓꽃 buskkoch (s+kk reads one way only).
 */
function needsSegmenting(finalLetters: string, initialLetters: string): boolean {
  const joined = finalLetters + initialLetters;
  for (let cut = 0; cut < joined.length; cut++) {
    if (cut === finalLetters.length) continue;
    const final = joined.slice(0, cut);
    const initial = joined.slice(cut);
    if ((final === '' || FINAL_LETTERS.has(final)) && INITIAL_LETTERS.has(initial)) return true;
  }
  return false;
}

/**
 * RR ch.3 art.8: letter-for-letter transliteration for special uses (books, computers): the
 * spelling, not the pronunciation (독립 doglib, 좋다 johda); a silent ㅇ inside a word is a
 * hyphen (물엿 mul-yeos, 굳이 gud-i), and nothing at the start of a word; a hyphen also between
 * letters that could be segmented another way (needsSegmenting).
 */
export function transliterateRr(word: string): string {
  const syllables: Syllable[] = decomposeWord(word);
  return syllables
    .map((s, i) => {
      const before = syllables[i - 1];
      let initial: string;
      if (s.initial === null) initial = i === 0 ? '' : '-';
      else {
        initial = TRANSLIT_CONSONANTS[s.initial];
        if (before?.final) {
          if (needsSegmenting(TRANSLIT_FINALS[before.final], initial)) initial = `-${initial}`;
        }
      }
      return initial + RR_VOWELS[s.vowel] + (s.final === null ? '' : TRANSLIT_FINALS[s.final]);
    })
    .join('');
}
