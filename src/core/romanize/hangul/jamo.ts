/**
 * Hangul syllables as letters (jamo): decomposition of precomposed syllables (Unicode
 * chapter 3.12, "Conjoining Jamo Behavior") into an initial consonant, a vowel and an
 * optional final consonant, named by ASCII ids so that no Hangul appears in code.
 *
 * Guarantees: every precomposed syllable U+AC00–U+D7A3 decomposes; the ids are stable and
 * are the only vocabulary the sound-change and transcription modules use.
 */

/** A consonant as it can stand at the start of a syllable (after sound changes, too). */
export type Consonant =
  | 'G' | 'GG' | 'N' | 'D' | 'DD' | 'L' | 'M' | 'B' | 'BB' | 'S' | 'SS'
  | 'J' | 'JJ' | 'CH' | 'K' | 'T' | 'P' | 'H';

/** A final consonant as written, including the eleven two-letter clusters. */
export type Final =
  | 'G' | 'GG' | 'GS' | 'N' | 'NJ' | 'NH' | 'D' | 'L' | 'LG' | 'LM' | 'LB' | 'LS' | 'LT'
  | 'LP' | 'LH' | 'M' | 'B' | 'BS' | 'S' | 'SS' | 'NG' | 'J' | 'CH' | 'K' | 'T' | 'P' | 'H';

export type Vowel =
  | 'A' | 'AE' | 'YA' | 'YAE' | 'EO' | 'E' | 'YEO' | 'YE' | 'O' | 'WA' | 'WAE' | 'OE' | 'YO'
  | 'U' | 'WO' | 'WE' | 'WI' | 'YU' | 'EU' | 'UI' | 'I';

/** One written syllable: `initial` is null for the silent ㅇ, `final` null when there is none. */
export interface Syllable {
  initial: Consonant | null;
  vowel: Vowel;
  final: Final | null;
}

// Unicode order of the 19 initials (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ).
const INITIALS: readonly (Consonant | null)[] = [
  'G', 'GG', 'N', 'D', 'DD', 'L', 'M', 'B', 'BB', 'S', 'SS', null, 'J', 'JJ', 'CH', 'K', 'T', 'P', 'H',
];

// Unicode order of the 21 vowels (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ).
const VOWELS: readonly Vowel[] = [
  'A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO',
  'U', 'WO', 'WE', 'WI', 'YU', 'EU', 'UI', 'I',
];

// Unicode order of the 27 finals (ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ).
const FINALS: readonly Final[] = [
  'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH',
  'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'CH', 'K', 'T', 'P', 'H',
];

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const VOWEL_COUNT = 21;
const FINAL_COUNT = 28; // 27 finals + "none"

export function isHangulSyllable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return ch.length === 1 && c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
}

/** Any code point of the Hangul blocks (syllables, conjoining jamo, compatibility jamo, extensions). */
export function isHangulCodePoint(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x3130 && c <= 0x318f) ||
    (c >= 0xa960 && c <= 0xa97f) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xd7b0 && c <= 0xd7ff) ||
    (c >= 0xffa0 && c <= 0xffdc)
  );
}

/** Splits one precomposed syllable (Unicode 3.12 arithmetic); undefined for anything else. */
export function decomposeSyllable(ch: string): Syllable | undefined {
  if (!isHangulSyllable(ch)) return undefined;
  const index = ch.charCodeAt(0) - SYLLABLE_FIRST;
  const initial = INITIALS[Math.floor(index / (VOWEL_COUNT * FINAL_COUNT))];
  const vowel = VOWELS[Math.floor((index % (VOWEL_COUNT * FINAL_COUNT)) / FINAL_COUNT)];
  const finalIndex = index % FINAL_COUNT;
  if (initial === undefined || vowel === undefined) return undefined;
  return { initial, vowel, final: finalIndex === 0 ? null : (FINALS[finalIndex - 1] ?? null) };
}

/** The inverse of decomposeSyllable, used by tests and by the number reader. */
export function composeSyllable(s: Syllable): string {
  const l = INITIALS.indexOf(s.initial);
  const v = VOWELS.indexOf(s.vowel);
  const t = s.final === null ? 0 : FINALS.indexOf(s.final) + 1;
  return String.fromCharCode(SYLLABLE_FIRST + (l * VOWEL_COUNT + v) * FINAL_COUNT + t);
}

/** Decomposes a run of precomposed syllables (other characters are skipped). */
export function decomposeWord(word: string): Syllable[] {
  const out: Syllable[] = [];
  for (const ch of word) {
    const s = decomposeSyllable(ch);
    if (s) out.push(s);
  }
  return out;
}

/** The two consonants of a two-letter final (ㄳ → ㄱ + ㅅ…), or the final alone (ㅇ stays NG). */
export function splitFinal(final: Final | Consonant): [Consonant | 'NG', Consonant | null] {
  switch (final) {
    case 'GS': return ['G', 'S'];
    case 'NJ': return ['N', 'J'];
    case 'NH': return ['N', 'H'];
    case 'LG': return ['L', 'G'];
    case 'LM': return ['L', 'M'];
    case 'LB': return ['L', 'B'];
    case 'LS': return ['L', 'S'];
    case 'LT': return ['L', 'T'];
    case 'LP': return ['L', 'P'];
    case 'LH': return ['L', 'H'];
    case 'BS': return ['B', 'S'];
    default: return [final, null];
  }
}

export function isClusterFinal(final: Final): boolean {
  return ['GS', 'NJ', 'NH', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'BS'].includes(final);
}

/** Vowels that begin with the glide y or are ㅣ: the contexts of ㄴ insertion and the initial-sound law. */
export function isIOrYVowel(v: Vowel): boolean {
  return v === 'I' || v === 'YA' || v === 'YAE' || v === 'YEO' || v === 'YE' || v === 'YO' || v === 'YU';
}

/**
 * Compatibility jamo (U+3131–U+318E, the letters typed alone: ㄱ, ㅏ…) and conjoining jamo
 * left over after NFC (U+1100–U+11FF), as ids: consonants as the letter they are, vowels as vowels.
 * Archaic letters map to their nearest modern letter or to null (they are then dropped).
 */
export type LooseJamo = { consonant: Consonant | 'NG'; final?: boolean } | { vowel: Vowel } | { archaic: string };

const COMPAT_CONSONANTS: Record<number, Final | 'DD' | 'BB' | 'JJ'> = {
  0x3131: 'G', 0x3132: 'GG', 0x3133: 'GS', 0x3134: 'N', 0x3135: 'NJ', 0x3136: 'NH', 0x3137: 'D',
  0x3138: 'DD', 0x3139: 'L', 0x313a: 'LG', 0x313b: 'LM', 0x313c: 'LB', 0x313d: 'LS', 0x313e: 'LT',
  0x313f: 'LP', 0x3140: 'LH', 0x3141: 'M', 0x3142: 'B', 0x3143: 'BB', 0x3144: 'BS', 0x3145: 'S',
  0x3146: 'SS', 0x3147: 'NG', 0x3148: 'J', 0x3149: 'JJ', 0x314a: 'CH', 0x314b: 'K', 0x314c: 'T',
  0x314d: 'P', 0x314e: 'H',
};

/**
 * Archaic letters (compatibility block U+3165–U+318E and their conjoining forms), romanised as
 * ALA-LC does for Middle Korean where it has a value (ㆍ ă, ㅿ z, ㆆ ', ㆁ ng, ㅸ f/v → v);
 * other archaic clusters keep the letters they are made of, approximately.
 */
const ARCHAIC: Record<number, string> = {
  0x317f: 'z', 0x1140: 'z', // ㅿ
  0x3186: '\u2019', 0x1159: '\u2019', // ㆆ
  0x3181: 'ng', 0x114c: 'ng', 0x11f0: 'ng', // ㆁ
  0x318d: '\u0103', 0x119e: '\u0103', // ㆍ arae-a
  0x318e: '\u0103i', 0x11a1: '\u0103i', // ㆎ
  0x3178: 'v', 0x112b: 'v', // ㅸ
  0x3184: 'f', 0x1157: 'f', // ㆄ
};

export function looseJamo(ch: string): LooseJamo | undefined {
  const c = ch.codePointAt(0) ?? 0;
  const archaic = ARCHAIC[c];
  if (archaic !== undefined) return { archaic };
  const compat = COMPAT_CONSONANTS[c];
  if (compat !== undefined) {
    return { consonant: splitFinal(compat)[0] };
  }
  if (c >= 0x314f && c <= 0x3163) {
    const v = VOWELS[c - 0x314f];
    return v ? { vowel: v } : undefined;
  }
  // Conjoining jamo: modern initials U+1100–U+1112, vowels U+1161–U+1175, finals U+11A8–U+11C2.
  if (c >= 0x1100 && c <= 0x1112) {
    const l = INITIALS[c - 0x1100];
    return l === null ? { consonant: 'NG' } : l ? { consonant: l } : undefined;
  }
  if (c >= 0x1161 && c <= 0x1175) {
    const v = VOWELS[c - 0x1161];
    return v ? { vowel: v } : undefined;
  }
  if (c >= 0x11a8 && c <= 0x11c2) {
    const t = FINALS[c - 0x11a8];
    if (!t) return undefined;
    return { consonant: splitFinal(t)[0], final: true };
  }
  return undefined;
}
