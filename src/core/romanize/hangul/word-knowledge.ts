/**
 * Looks a written word up in the lexical lists of exceptions.ts and in the shape of its
 * syllables: where ㄴ is inserted, where a compound tenses, whether it is a Western loanword
 * or has syllables no Chinese character is read as (then it is not Sino-Korean).
 */
import {
  CITATION_ENDING, COMPOUND_TENSING, HADA_ENDINGS, HADA_FINAL_FORMS, HADA_SYLLABLES, LB_READ_AS_B, LG_NOUNS,
  NN_SUFFIXES, N_INSERTION, OWN_FINAL_S, PARTICLES, UNWRITTEN_SAI_SIOT, VERBAL_H_SYLLABLES, WESTERN_INITIAL_L,
} from './exceptions.ts';
import type { Syllable } from './jamo.ts';

export interface WordKnowledge {
  /** Syllable indexes that get an inserted ㄴ (art. 29). */
  nInsertion: ReadonlySet<number>;
  /** Syllable indexes whose initial is tensed by compounding (사잇소리). */
  tensing: ReadonlySet<number>;
  /** Syllable indexes before which a compound has a sai-siot its spelling does not show (뒤문). */
  unwrittenSai: ReadonlySet<number>;
  /** A Western loanword starting with ㄹ, and how its ㄹ is written (ALA-LC rule 10). */
  western: 'r' | 'l' | undefined;
}

export const NO_KNOWLEDGE: WordKnowledge = { nInsertion: new Set(), tensing: new Set(), unwrittenSai: new Set(), western: undefined };

/** Boundary indexes of every entry (`a+b`) the word starts with. */
function boundariesAt(word: string, entries: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const entry of entries) {
    const plain = entry.replace('+', '');
    if (word.startsWith(plain)) out.add([...entry.slice(0, entry.indexOf('+'))].length);
  }
  return out;
}

export function knowledgeOf(word: string): WordKnowledge {
  const nInsertion = boundariesAt(word, N_INSERTION);
  const tensing = boundariesAt(word, COMPOUND_TENSING);
  const unwrittenSai = boundariesAt(word, UNWRITTEN_SAI_SIOT);
  const western = WESTERN_INITIAL_L.get(word);
  if (nInsertion.size === 0 && tensing.size === 0 && unwrittenSai.size === 0 && western === undefined) return NO_KNOWLEDGE;
  return { nInsertion, tensing, unwrittenSai, western };
}

/** The final ㅅ of this syllable is part of its morpheme, not a sai-siot. */
export function hasOwnFinalS(syllable: string): boolean {
  return OWN_FINAL_S.has(syllable);
}

/**
 * ㄴ+ㄹ read [ㄴㄴ] before this syllable (art. 20 proviso): a listed suffix after 2+ syllables,
 * ending the word or followed by a particle.
 */
export function isNnSuffix(syllables: readonly string[], index: number): boolean {
  if (index < 2 || !NN_SUFFIXES.has(syllables[index] ?? '')) return false;
  const after = syllables.length - 1 - index;
  return after === 0 || (after === 1 && PARTICLES.has(syllables[index + 1] ?? ''));
}

/** The ㅎ-initial syllable at `index` belongs to a verb or adverb ending (RR ch.3 art.1(4)). */
export function isVerbalH(syllables: readonly string[], index: number): boolean {
  const here = syllables[index] ?? '';
  if (VERBAL_H_SYLLABLES.has(here)) return true;
  if (!HADA_SYLLABLES.has(here)) return false;
  const next = syllables[index + 1];
  if (next === undefined) return HADA_FINAL_FORMS.has(here);
  return HADA_ENDINGS.has(next);
}

export function isLgNoun(syllable: string): boolean {
  return LG_NOUNS.has(syllable);
}

/** ㄼ of `syllable` read [ㅂ] before the syllable `after` (art. 10 proviso). */
export function isLbReadAsB(syllable: string, after: string): boolean {
  const rule = LB_READ_AS_B.get(syllable);
  return rule === 'always' || (rule !== undefined && rule.includes(after));
}

/** A word-final verb citation ending (알다): art. 26 tensing does not apply before it. */
export function isCitationEnding(syllables: readonly string[], index: number): boolean {
  return index === syllables.length - 1 && syllables[index] === CITATION_ENDING;
}

/**
 * A syllable no Chinese character is read as: a tense initial (except 씨 氏 and 끽 喫), ㅋ
 * (except 쾌 快), ㅒ, or a final other than ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ. Such a syllable marks a native
 * Korean or foreign word (used for DPRK and ALA-LC given names and the initial-sound law).
 */
export function isNonSinoSyllable(s: Syllable): boolean {
  const tense = s.initial === 'GG' || s.initial === 'DD' || s.initial === 'BB' || s.initial === 'JJ' || s.initial === 'SS';
  if (tense) {
    const ssi = s.initial === 'SS' && s.vowel === 'I' && s.final === null;
    const kkik = s.initial === 'GG' && s.vowel === 'I' && s.final === 'G';
    if (!ssi && !kkik) return true;
  }
  if (s.initial === 'K' && !(s.vowel === 'WAE' && s.final === null)) return true;
  if (s.vowel === 'YAE') return true;
  return s.final !== null && !['G', 'N', 'L', 'M', 'B', 'NG'].includes(s.final);
}

export function hasNonSinoSyllable(word: readonly Syllable[]): boolean {
  return word.some(isNonSinoSyllable);
}
