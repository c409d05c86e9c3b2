/**
 * Stage one of every transcribing system: from the written syllables of one word to the
 * syllables as pronounced, by the Standard Pronunciation rules (표준 발음법, 1988; numbered
 * "art." below) that RR 2000 ch.3 art.1, McCune–Reischauer and the DPRK rules write.
 * Stage two (rr.ts, mr.ts, dprk.ts) only chooses letters.
 *
 * Guarantees: the output has one Phone per written syllable, in order; a Phone's coda is
 * one of the seven codas Korean pronounces (art. 8); tensing is recorded, never applied to
 * the consonant, so a system that does not write it (RR) can ignore it.
 */
import { isClusterFinal, isIOrYVowel, splitFinal, type Consonant, type Final, type Syllable, type Vowel } from './jamo.ts';
import {
  NO_KNOWLEDGE, hasNonSinoSyllable, hasOwnFinalS, isCitationEnding, isLbReadAsB, isLgNoun, isNnSuffix, isVerbalH, knowledgeOf,
  type WordKnowledge,
} from './word-knowledge.ts';

/** The seven codas of standard pronunciation (art. 8). */
export type Coda = 'G' | 'N' | 'D' | 'L' | 'M' | 'B' | 'NG';

export interface Phone {
  onset: Consonant | null;
  vowel: Vowel;
  coda: Coda | null;
  /** A plain onset (ㄱ ㄷ ㅂ ㅅ ㅈ) pronounced tense (arts. 23–28): MR and DPRK write it voiceless. */
  tense: boolean;
  /** The onset is the previous syllable's final, carried over (arts. 13–14). */
  linked: boolean;
  /** The onset (and the coda before it) became ㄹ by liquidisation (art. 20). */
  liquid: boolean;
  /** An onset ㄹ to write l (a Western word spelled with l, ALA-LC rule 10). */
  lateral: boolean;
}

export interface SoundChangeOptions {
  /** Assimilation, aspiration with ㅎ, palatalisation, ㄴ insertion (false: letter values only, as RR writes given names, art. 4). */
  assimilation: boolean;
  /** A final carried over to a following vowel (false: syllables written apart, DPRK given names). */
  linking: boolean;
  /**
   * ㄱ ㄷ ㅂ ㅈ + ㅎ. `verbs`: merged into an aspirate in verb forms only (RR ch.3 art.1(4) and its
   * noun proviso). `coronals`: ㄷ-type finals merge (못하다 mot'ada), ㄱ and ㅂ stay kh, ph (MR 속히 sokhi).
   */
  obstruentH: 'verbs' | 'coronals';
  /** ㄹ after a consonant other than ㄴ ㄹ read [ㄴ] (art. 19). The DPRK rules write it r (압록강 Amrokgang). */
  liquidToNasal: boolean;
  /** The initial-sound law on North Korean spellings (력사 → 역사): ALA-LC 2009 rule 3(a), MR. */
  initialSoundLaw: boolean;
  /** Use the lexical lists of exceptions.ts. */
  lexicon: boolean;
  /**
   * Read a ㅅ final after a vowel as the sai-siot, a sound rather than a letter (DPRK 2012 rules
   * p.6; North Korean spelling does not write it): see readSaiSiot.
   */
  saiSiot?: boolean;
}

interface Work {
  initial: Consonant | null;
  vowel: Vowel;
  final: Final | null;
  tense: boolean;
  linked: boolean;
  lateral: boolean;
}

const PLAIN_TENSABLE: ReadonlySet<Consonant> = new Set(['G', 'D', 'B', 'S', 'J']);

/** Finals pronounced as a stop ([ㄱ] [ㄷ] [ㅂ]), after which plain consonants are tense (art. 23). */
const OBSTRUENT_FINALS: ReadonlySet<Final> = new Set([
  'G', 'GG', 'K', 'GS', 'LG', 'D', 'S', 'SS', 'J', 'CH', 'T', 'B', 'P', 'LP', 'BS',
]);

function aspirateOf(c: Consonant): Consonant {
  switch (c) {
    case 'G': case 'GG': case 'K': return 'K';
    case 'B': case 'BB': case 'P': return 'P';
    case 'J': case 'CH': return 'CH';
    default: return 'T';
  }
}

/** The initial-sound law (Hangul orthography arts. 10–12) on the first syllable, and 렬/률 → 열/율 after a vowel or ㄴ. */
function applyInitialSoundLaw(w: Work[]): void {
  const first = w[0];
  if (first) {
    if (first.initial === 'L') first.initial = isIOrYVowel(first.vowel) ? null : 'N';
    else if (first.initial === 'N' && isIOrYVowel(first.vowel)) first.initial = null;
  }
  // ALA-LC 2009 rule 3(b) exception 2 (orthography art. 11 붙임 1 다만): 나렬 → 나열, 분렬 → 분열.
  for (let i = 1; i < w.length; i++) {
    const s = w[i]!;
    const prevFinal = w[i - 1]!.final;
    if (s.initial === 'L' && (s.vowel === 'YEO' || s.vowel === 'YU') && s.final === 'L' && (prevFinal === null || prevFinal === 'N')) {
      s.initial = null;
    }
  }
}

/**
 * The sai-siot as the DPRK rules write it (2012 rules p.6: "when lax consonants become tense in
 * a compound they are written tense after a vowel; before a resonant, n is added"; 기대산
 * Kittaesan, 새별읍 Saeppyŏl-ŭp, 뒤문 Twinmun): the ㅅ between the parts of a compound is no
 * letter of its own. Before ㄱ ㄷ ㅂ ㅅ ㅈ it is dropped and the consonant tensed (Standard
 * Pronunciation art. 30-1: 냇가 [내까], 샛별 [새뼐]); before ㄴ ㅁ it is read [ㄴ] (art. 30-2,
 * which assimilation already does: 뒷문 [뒨문]); before a word starting with 이 or a y-vowel it is [ㄴㄴ] (art. 30-3:
 * 나뭇잎 [나문닙], 뒷일 [뒨닐]). `unwritten` lists where the spelling leaves it out (뒤문).
 */
function readSaiSiot(w: Work[], written: readonly string[], unwritten: ReadonlySet<number>): void {
  for (const i of unwritten) {
    const before = w[i - 1];
    if (before && before.final === null && w[i]) before.final = 'S';
  }
  for (let i = 0; i + 1 < w.length; i++) {
    const s = w[i]!;
    const next = w[i + 1]!;
    if (s.final !== 'S' || hasOwnFinalS(written[i] ?? '')) continue;
    if (next.initial !== null && PLAIN_TENSABLE.has(next.initial)) {
      s.final = null;
      next.tense = true;
    } else if (next.initial === null && isIOrYVowel(next.vowel) && next.final !== null) {
      // Art. 30-3 names words (잎, 일, 잇, 윷, 열), all closed syllables: a bare 이 after a
      // ㅅ is the subject particle, which takes the ㅅ over as any final (그릇이 [그르시]).
      s.final = 'N';
      next.initial = 'N';
    }
  }
}

/** Arts. 23–26: which onsets are tense, read from the finals as written. */
function markTensing(w: Work[], written: readonly string[]): void {
  for (let i = 0; i + 1 < w.length; i++) {
    const f = w[i]!.final;
    const next = w[i + 1]!;
    if (f === null || next.initial === null || !PLAIN_TENSABLE.has(next.initial)) continue;
    const afterStop = OBSTRUENT_FINALS.has(f); // art. 23
    const afterStemCluster = f === 'NJ' || f === 'LM' || f === 'LB' || f === 'LT'; // arts. 24–25
    // Art. 26: Sino-Korean ㄹ + ㄷ ㅅ ㅈ (열도 [열또], 결단 [결딴]); a final 다 is a verb ending (알다).
    const sinoL = f === 'L' && (next.initial === 'D' || next.initial === 'S' || next.initial === 'J') &&
      !isCitationEnding(written, i + 1);
    if (afterStop || afterStemCluster || sinoL) next.tense = true;
  }
}

/** Art. 12: ㅎ with a neighbouring consonant. */
function applyH(w: Work[], written: readonly string[], o: SoundChangeOptions): void {
  for (let i = 0; i + 1 < w.length; i++) {
    const s = w[i]!;
    const next = w[i + 1]!;
    const f = s.final;
    if (f === null) continue;
    if (f === 'H' || f === 'NH' || f === 'LH') {
      const rest: Final | null = f === 'H' ? null : f === 'NH' ? 'N' : 'L';
      if (next.initial === 'G' || next.initial === 'D' || next.initial === 'J') {
        next.initial = aspirateOf(next.initial); // art. 12-1: 좋고 [조코], 낳지 [나치]
        s.final = rest;
      } else if (next.initial === 'S') {
        next.initial = 'SS'; // art. 12-2: 닿소 [다쏘]
        s.final = rest;
      } else if (next.initial === 'N') {
        s.final = f === 'H' ? 'N' : rest; // art. 12-3: 놓는 [논는], 않네 [안네], 뚫네 [뚤레]
      }
      continue;
    }
    if (next.initial !== 'H' || !(OBSTRUENT_FINALS.has(f) || f === 'NJ' || f === 'LB')) continue;
    // Art. 12-1 붙임 1–2: ㄱ ㄷ ㅂ ㅈ (and ㄺ ㄵ ㄼ) + ㅎ → ㅋ ㅌ ㅍ ㅊ.
    const [first, second] = splitFinal(f);
    const cluster = isClusterFinal(f) && (first === 'L' || first === 'N');
    const core: Consonant = cluster ? second! : (first as Consonant);
    const merged = aspirateOf(core);
    const coronal = merged === 'T' || merged === 'CH';
    const merge = o.obstruentH === 'verbs' ? isVerbalH(written, i + 1) : coronal || cluster;
    if (!merge) continue;
    // Art. 17 붙임: ㄷ + 히 → [치] (굳히다 [구치다]).
    next.initial = merged === 'T' && next.vowel === 'I' ? 'CH' : merged;
    s.final = cluster ? (first as Final) : null;
  }
}

/** Art. 17: ㄷ ㅌ ㄾ before the suffix vowel ㅣ become ㅈ ㅊ (같이 [가치], 해돋이 [해도지]). */
function palatalise(w: Work[]): void {
  for (let i = 0; i + 1 < w.length; i++) {
    const s = w[i]!;
    const next = w[i + 1]!;
    if (next.initial !== null || next.vowel !== 'I') continue;
    if (s.final === 'D') { s.final = null; next.initial = 'J'; next.linked = true; }
    else if (s.final === 'T') { s.final = null; next.initial = 'CH'; next.linked = true; }
    else if (s.final === 'LT') { s.final = 'L'; next.initial = 'CH'; next.linked = true; }
  }
}

/** Arts. 13–14 (and 12-4 for ㅎ): a final before a vowel is carried over; of a cluster, the second letter. */
function link(w: Work[]): void {
  for (let i = 0; i + 1 < w.length; i++) {
    const s = w[i]!;
    const next = w[i + 1]!;
    const f = s.final;
    if (f === null || f === 'NG' || next.initial !== null) continue;
    if (f === 'H') { s.final = null; continue; } // art. 12-4: 좋아 [조아]
    if (f === 'NH' || f === 'LH') { s.final = null; next.initial = f === 'NH' ? 'N' : 'L'; next.linked = true; continue; }
    const [first, second] = splitFinal(f);
    if (second !== null) {
      s.final = first as Final;
      next.initial = second;
      if (second === 'S') next.tense = true; // art. 14: 넋이 [넉씨], 없어 [업써]
    } else {
      s.final = null;
      next.initial = first as Consonant;
    }
    next.linked = true;
  }
}

/** Arts. 9–11: a final before a consonant or at the end is one of seven codas. */
function codaOf(w: Work[], written: readonly string[], i: number): Coda | null {
  const f = w[i]!.final;
  const next = w[i + 1];
  switch (f) {
    case null: return null;
    case 'G': case 'GG': case 'K': case 'GS': return 'G';
    case 'N': case 'NJ': case 'NH': return 'N';
    case 'D': case 'S': case 'SS': case 'J': case 'CH': case 'T': case 'H': return 'D';
    case 'L': case 'LS': case 'LT': case 'LH': return 'L';
    case 'M': case 'LM': return 'M';
    case 'B': case 'P': case 'BS': case 'LP': return 'B';
    case 'NG': return 'NG';
    case 'LG': // art. 11 proviso: verb stems read ㄺ as [ㄹ] before ㄱ (맑게 [말께]); nouns keep [ㄱ]
      return next?.initial === 'G' && !isLgNoun(written[i] ?? '') ? 'L' : 'G';
    case 'LB': // art. 10 proviso: 밟- is [밥], 넓- is [넙] in 넓죽하다, 넓둥글다
      return isLbReadAsB(written[i] ?? '', written[i + 1] ?? '') ? 'B' : 'L';
  }
}

/** Arts. 18–20 on the pronounced codas and onsets. */
function assimilate(p: Phone[], written: readonly string[], o: SoundChangeOptions): void {
  for (let i = 0; i + 1 < p.length; i++) {
    const here = p[i]!;
    const next = p[i + 1]!;
    if (here.coda === 'N' && next.onset === 'L') {
      // Art. 20 proviso: 생산량 [생산냥], 신문로 [신문노]; otherwise ㄴ+ㄹ → [ㄹㄹ] (신라 [실라]).
      if (isNnSuffix(written, i + 1)) next.onset = 'N';
      else { here.coda = 'L'; next.liquid = true; }
    } else if (here.coda === 'L' && next.onset === 'N') {
      next.onset = 'L'; // art. 20: 별내 [별래], 칼날 [칼랄]
      next.liquid = true;
    } else if (next.onset === 'L' && here.coda !== null && here.coda !== 'L') {
      // Art. 19: ㄹ after ㅁ ㅇ is [ㄴ] (종로 [종노]); after ㄱ ㅂ too, which then nasalise (백리 [뱅니]).
      if (o.liquidToNasal) next.onset = 'N';
      if (here.coda === 'G') here.coda = 'NG';
      else if (here.coda === 'B') here.coda = 'M';
      else if (here.coda === 'D') here.coda = 'N';
    }
    // Art. 18: ㄱ ㄷ ㅂ before ㄴ ㅁ are [ㅇ ㄴ ㅁ] (백마 [뱅마], 꽃마을 [꼰마을]).
    if (next.onset === 'N' || next.onset === 'M') {
      if (here.coda === 'G') here.coda = 'NG';
      else if (here.coda === 'D') here.coda = 'N';
      else if (here.coda === 'B') here.coda = 'M';
    }
  }
}

/**
 * Pronounces one word. `written` holds the word's syllables as text (for the lexical lists),
 * `syllables` the same syllables decomposed. `lexicalWord` is the whole word the lists are
 * matched on when `written` is only its first part (a name before its generic term).
 */
export function pronounce(
  syllables: readonly Syllable[],
  written: readonly string[],
  o: SoundChangeOptions,
  lexicalWord: string = written.join(''),
): Phone[] {
  const w: Work[] = syllables.map((s) => ({ ...s, tense: false, linked: false, lateral: false }));
  const knowledge: WordKnowledge = o.lexicon ? knowledgeOf(lexicalWord) : NO_KNOWLEDGE;

  if (o.initialSoundLaw && knowledge.western === undefined && !hasNonSinoSyllable(syllables)) applyInitialSoundLaw(w);
  if (knowledge.western === 'l' && w[0]) w[0].lateral = true;
  if (o.assimilation) {
    for (const i of knowledge.nInsertion) {
      const s = w[i];
      if (s && s.initial === null && isIOrYVowel(s.vowel) && w[i - 1]?.final) s.initial = 'N'; // art. 29
    }
  }
  if (o.saiSiot && o.assimilation) readSaiSiot(w, written, knowledge.unwrittenSai);
  markTensing(w, written);
  for (const i of knowledge.tensing) if (w[i]) w[i]!.tense = true;
  if (o.assimilation) {
    applyH(w, written, o);
    palatalise(w);
  }
  if (o.linking) link(w);

  const phones: Phone[] = w.map((s, i) => ({
    onset: s.initial,
    vowel: s.vowel,
    coda: codaOf(w, written, i),
    tense: s.tense,
    linked: s.linked,
    liquid: false,
    lateral: s.lateral,
  }));
  if (o.assimilation) assimilate(phones, written, o);
  return phones;
}
