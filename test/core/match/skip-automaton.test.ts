/**
 * The skip automaton must make exactly the decisions of the prefix test it stands for: a
 * lower-case word is passed over when no lower-case phrase begins with its first letters (up to
 * four), and looked at when another character (digit, ligature, look-alike) comes before that is
 * decided. Checked here against a direct implementation of that test, on hand-picked words and
 * on random ones.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATEGORY_TABLE, CAT_SEP, EXIT, EXIT_UNKNOWN, STATE_BETWEEN, buildSkipAutomaton, categoryOf, isMatcherCapital } from '../../../src/core/match/skip-automaton.ts';
import { HARD, SOFT, classOf } from '../../../src/core/text/fold.ts';

/** Prefix sets as the matcher builds them, from lower-case first words. */
function prefixSets(firstWords: string[]): { three: Uint8Array; four: Uint32Array } {
  const three = new Uint8Array(27 * 27 * 27);
  const four = new Uint32Array(Math.ceil(27 ** 4 / 32));
  const at = (w: string, i: number): number => (i < w.length ? w.charCodeAt(i) - 96 : 0);
  for (const w of firstWords) {
    const [a, b, c, d] = [at(w, 0), at(w, 1), at(w, 2), at(w, 3)];
    three[a * 729 + b * 27 + c] = 1;
    const bit = ((a * 27 + b) * 27 + c) * 27 + (c > 0 ? d : 0);
    four[bit >>> 5]! |= 1 << (bit & 31);
  }
  return { three, four };
}

/** The reference: does the word starting at text[0] need a closer look? */
function referenceNeedsLook(word: string, three: Uint8Array, four: Uint32Array): boolean {
  const first = word.charCodeAt(0);
  const c = classOf(first);
  if (isMatcherCapital(first) || c < 97 || c > 122) return true;
  const letter = (i: number): number => {
    if (i >= word.length) return 0;
    const k = classOf(word.charCodeAt(i));
    return k >= 97 && k <= 122 ? k - 96 : k === SOFT || k === HARD ? 0 : -1;
  };
  const a = c - 96;
  const anyLive = (b?: number): boolean => {
    for (let x = b ?? 0; x <= (b ?? 26); x++) for (let y = 0; y <= 26; y++) if (three[a * 729 + x * 27 + y]) return true;
    return false;
  };
  // No phrase begins with the letters read so far: passed over, whatever follows.
  if (!anyLive()) return false;
  const second = letter(1);
  if (second < 0) return true;
  if (second > 0 && !anyLive(second)) return false;
  const third = second > 0 ? letter(2) : 0;
  if (third < 0) return true;
  if (three[a * 729 + second * 27 + third] === 0) return false;
  if (second === 0 || third === 0) return true;
  const fourth = letter(3);
  if (fourth < 0) return true;
  const bit = (((c - 96) * 27 + second) * 27 + third) * 27 + fourth;
  return (four[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** Runs the automaton over `word` followed by a space: true when it stops at the word. */
function automatonNeedsLook(word: string, next: Int32Array): boolean {
  let state = STATE_BETWEEN;
  const text = `${word} `;
  for (let i = 0; i < text.length; i++) {
    let exit = next[state + CATEGORY_TABLE[text.charCodeAt(i)]!]!;
    if (exit === EXIT_UNKNOWN) {
      categoryOf(text.charCodeAt(i));
      exit = next[state + CATEGORY_TABLE[text.charCodeAt(i)]!]!;
    }
    if (exit >= EXIT) {
      expect(i - (exit - EXIT), `start of ${word}`).toBe(0);
      return true;
    }
    state = exit;
  }
  expect(state).toBe(STATE_BETWEEN);
  return false;
}

const FIRST_WORDS = ['dirigeant', 'agence', 'cosmodrome', 'sœur', 'porte', 'la', 'a', 'chef', 'cheffe', 'premiere', 'dm'];
const { three, four } = prefixSets(FIRST_WORDS.filter((w) => /^[a-z]+$/.test(w)));
const next = buildSkipAutomaton(three, four);

describe('the skip automaton', () => {
  it('stops at words that may begin a phrase and passes over the others', () => {
    const stops = ['dirigeant', 'dirigeants', 'diri', 'agence', 'agences', 'la', 'a', 'chef', 'cheffe', 'Kim', 'Poutine', 'ÉTATS', '2018', 'œuvre', 'dœuvre', 'dеnat', 'dm', 'd\u00adyz', 'Путин', '김정은'];
    const passes = ['dans', 'le', 'les', 'de', 'visite', 'dire', 'agir', 'ch', 'chat', 'pres', 'ab', 'conseil', 'dmz', 'sеnat', 'x\u00adyz', 'x2'];
    for (const w of stops) expect(automatonNeedsLook(w, next), w).toBe(true);
    for (const w of passes) expect(automatonNeedsLook(w, next), w).toBe(false);
  });

  it('agrees with the prefix test on random words', () => {
    const alphabet = [...'abcdefghijklmnopqrstuvwxyzdirgeantcosmhéèêàçœÉAZ0-’\u00adСс한'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 7 }), (letters) => {
        const word = letters.join('');
        const first = classOf(word.charCodeAt(0));
        fc.pre(first !== SOFT && first !== HARD);
        // The word as the loop sees it: up to its first separator.
        const cut = [...word].findIndex((ch) => [SOFT, HARD].includes(classOf(ch.charCodeAt(0))));
        const w = cut < 0 ? word : word.slice(0, cut);
        expect(automatonNeedsLook(w, next)).toBe(referenceNeedsLook(w, three, four));
      }),
      { numRuns: 3000 },
    );
  });

  it('treats the end of a word and a separator alike', () => {
    expect(next[STATE_BETWEEN + CAT_SEP]).toBe(STATE_BETWEEN);
  });
});
