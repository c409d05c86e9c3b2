/**
 * Romanised Korean syllables read back into Hangul: which Hangul syllables a romanised syllable
 * may stand for, whatever system wrote it. The readings of each letter (jamo) are the union of:
 *
 * - the Revised Romanization of Korean (Ministry of Culture and Tourism, notice 2000-8, ch. 2:
 *   g/k, d/t, b/p, j, ch, eo, eu, ui…);
 * - McCune–Reischauer (1939) without its breve and apostrophe, as the press writes it (ŏ → o,
 *   ŭ → u, ch' → ch, k' → k: Choe Son Hui, Pak Jong Chon);
 * - the DPRK's 1992 romanisation (Kim Il Sung University, as used by KCNA: th, ph, kh for the
 *   aspirates, initial r kept: Ri, Ryong, Thae);
 * - the common press and passport spellings of names (oo for u, ee for i, ea/u/uh for eo, you
 *   for yeo as in Young, Kyung, Hyun, Sung; wh for hw as in Whan).
 *
 * Syllables are composed by the Unicode formula (The Unicode Standard, ch. 3.12, "Conjoining Jamo
 * Behavior"): 0xAC00 + (initial × 21 + vowel) × 28 + final.
 */

/** Initial consonants (index 0–18: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ) and their spellings, likeliest first. */
const INITIALS: ReadonlyArray<readonly [string, number, number?]> = [
  ['g', 0], ['k', 0], ['kk', 1], ['gg', 1], ['n', 2], ['d', 3], ['t', 3], ['tt', 4], ['dd', 4], ['r', 5], ['l', 5],
  ['m', 6], ['b', 7], ['p', 7], ['pp', 8], ['bb', 8], ['s', 9], ['sh', 9, 1], ['ss', 10], ['', 11], ['j', 12], ['ch', 12, 1],
  ['jj', 13], ['tch', 13], ['ch', 14], ['chh', 14], ['k', 15], ['kh', 15], ['t', 16], ['th', 16], ['p', 17], ['ph', 17], ['f', 17, 2], ['h', 18],
];

/**
 * Vowels (index 0–20: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ) and their spellings. The third
 * field, here and above, marks a press spelling no system gives (1), or a rare one (2): it weighs
 * against that reading (Sun reads 순 before 선, though 선 is the commoner syllable; ch reads ㅊ
 * before ㅈ, as RR and the DPRK write ㅈ j). MR's ŏ written o is half a press spelling.
 */
const VOWELS: ReadonlyArray<readonly [string, number, number?]> = [
  ['a', 0], ['ah', 0, 1], ['ae', 1], ['ai', 1, 1], ['ya', 2], ['yae', 3], ['eo', 4], ['o', 4, 1], ['u', 4, 1], ['uh', 4, 1], ['ea', 4, 1], ['e', 5],
  ['yeo', 6], ['yo', 6, 0.5], ['yu', 6, 1], ['you', 6, 1], ['yuh', 6, 1], ['ye', 7], ['o', 8], ['oh', 8, 1], ['wa', 9], ['wae', 10], ['oe', 11], ['oi', 11, 1],
  ['we', 11, 1], ['yo', 12, 0.5], ['u', 13], ['oo', 13, 1], ['ou', 13, 1], ['woo', 13, 1], ['wu', 13, 1], ['wo', 14], ['weo', 14], ['we', 15],
  ['wi', 16], ['wee', 16, 1], ['yu', 17], ['yoo', 17, 1], ['you', 17, 1], ['eu', 18], ['u', 18, 0.5], ['ui', 19], ['eui', 19, 1], ['ee', 19, 1],
  ['i', 20], ['ee', 20, 1],
];

/** Final consonants (index into the 28 finals) and their spellings. */
const FINALS: ReadonlyArray<readonly [string, number]> = [
  ['', 0], ['k', 1], ['g', 1], ['ck', 1], ['n', 4], ['t', 7], ['d', 7], ['l', 8], ['r', 8], ['m', 16], ['p', 17], ['b', 17], ['s', 19], ['ng', 21],
];


/**
 * Press spellings of name syllables whose likeliest reading is not the one their letters rank
 * first: suk is 석 far more often than 숙, which the press writes sook (Yoon Suk-yeol, Hwang
 * Woo-suk; Kim Suk-soo 김석수).
 */
const PRESS_SYLLABLES: ReadonlyMap<string, string> = new Map([['suk', '석']]);

/** How many places of the name-syllable ranking a press spelling costs. */
const PRESS_WEIGHT = 40;

/**
 * Romanised syllables read as Hangul, ranked by a list of given-name syllables, likeliest first
 * (data.ts, NAME_SYLLABLES: Yong is 영 before 용, Jong 정 before 종, Song 성 before 송).
 */
export class HangulSyllables {
  /** Romanised syllable → its readings, likeliest first (filled on first use). */
  readonly #readings = new Map<string, string[]>();

  constructor(private readonly nameSyllables: string) {}

  #rankOf(syllable: string): number {
    const i = this.nameSyllables.indexOf(syllable);
    return i < 0 ? 1000 : i;
  }

  /** Every Hangul syllable `roman` (lower-case ASCII, one syllable) may spell, likeliest first. */
  readings(roman: string): readonly string[] {
    const cached = this.#readings.get(roman);
    if (cached) return cached;
    const s = roman.startsWith('wh') ? 'hw' + roman.slice(2) : roman;
    const found: Array<[string, number]> = [];
    for (const [ri, i, ti = 0] of INITIALS) {
      if (!s.startsWith(ri)) continue;
      for (const [rv, v, tv = 0] of VOWELS) {
        if (!s.startsWith(rv, ri.length)) continue;
        // woo is an ㅇ + ㅜ spelling (Woo-jin); wu also follows h (Myung-whun, read hwun).
        if (rv === 'woo' && i !== 11) continue;
        const rest = s.slice(ri.length + rv.length);
        for (const [rf, f] of FINALS) {
          if (rest !== rf) continue;
          const ch = String.fromCharCode(0xac00 + (i * 21 + v) * 28 + f);
          const cost = this.#rankOf(ch) + PRESS_WEIGHT * (ti + tv);
          const seen = found.find((x) => x[0] === ch);
          if (!seen) found.push([ch, cost]);
          else if (cost < seen[1]) seen[1] = cost;
        }
      }
    }
    // Stable sort: likeliest first, then the order of the spellings above.
    const ranked = found.sort((a, b) => a[1] - b[1]).map((x) => x[0]);
    const press = PRESS_SYLLABLES.get(s);
    if (press && ranked.includes(press)) {
      ranked.splice(ranked.indexOf(press), 1);
      ranked.unshift(press);
    }
    if (this.#readings.size < 4096) this.#readings.set(roman, ranked);
    return ranked;
  }

  /** Can `roman` (lower-case ASCII) be read as one Korean syllable? */
  isSyllable(roman: string): boolean {
    return roman.length > 0 && roman.length <= 6 && this.readings(roman).length > 0;
  }

  /** Is `roman` a syllable common in given names (its likeliest reading is one of the list)? */
  isNameSyllable(roman: string): boolean {
    const first = this.readings(roman)[0];
    return first !== undefined && this.nameSyllables.includes(first);
  }

  /**
   * A given name written in one word (Sedol, Hyori, Sungjae) or one part of it, cut into
   * syllables: the cut whose syllables are likeliest. Null when no cut reads as Korean.
   */
  split(word: string): string[] | null {
    const n = word.length;
    // best[k]: [cost, cut] for word[0, k).
    const best: Array<[number, string[]] | undefined> = [[0, []]];
    for (let k = 1; k <= n; k++) {
      for (let j = Math.max(0, k - 6); j < k; j++) {
        const prev = best[j];
        if (!prev) continue;
        const part = word.slice(j, k);
        const readings = this.readings(part);
        if (readings.length === 0) continue;
        // Each syllable costs its rank; a vowel-initial syllable after a consonant is unlikely (Se-dol, not Sed-ol).
        const vowelStart = /^[aeiouy]/.test(part) && j > 0 && !/[aeiouy]$/.test(word.slice(0, j));
        const cost = prev[0] + 200 + this.#rankOf(readings[0]!) + (vowelStart ? 400 : 0);
        const cur = best[k];
        if (!cur || cost < cur[0]) best[k] = [cost, [...prev[1], part]];
      }
    }
    return best[n]?.[1] ?? null;
  }
}
