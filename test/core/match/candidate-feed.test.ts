/**
 * A candidate feed (the CLI's worker runs collectCandidates while the session matches) changes
 * where the work is done, never what is found: on every kind of text the mentions with a feed
 * are exactly those without one, whatever the chunk size (a chunk boundary can fall anywhere,
 * and a description is read again from its start, which takes the cursor back).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import { CANDIDATE_FIELDS, collectCandidates, compileMatchTable, createMatcher, type CandidateFeed, type Matcher } from '../../../src/core/match/index.ts';
import { loadArticles } from './evaluation.ts';

const matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));

function feedOf(m: Matcher, text: string, perChunk: number): CandidateFeed & { calls: number } {
  const chunks = collectCandidates(m.candidateTables(), text, perChunk);
  const feed = {
    calls: 0,
    next(): Int32Array | null {
      feed.calls++;
      const r = chunks.next();
      return r.done ? null : r.value;
    },
  };
  return feed;
}

const sources = ['000_0f2cf2a9d1bc2be9.txt', '002_bb552e175208bf83.txt'].map((f) => readFileSync(new URL(`../../../src/data/sources/${f}`, import.meta.url), 'utf8'));

/** Texts that exercise the places where the scan resumes elsewhere than after a candidate word. */
const EDGES = [
  // Descriptions beside their name (read again without descriptions), quotes closing with a name, abbreviations.
  'Le porte-parole du Kremlin, Dmitri Peskov, a répondu. Kremlin spokesman Dmitry Peskov said the U.S. and the U.N. were told.',
  'La berline Aurus « Senat » attendait. Rodong Sinmun, the official newspaper of the Workers’ Party of Korea, wrote it.',
  // Names ending mid-word, glued to digits, possessives, hyphens, look-alike letters, scripts.
  "Kim Jong-un's visit; Poutine-Kim 2024; Kim Jong Un2 et Kim Jong-un-ja; Vladivostoks; Путин и Ким Чен Ын; 김정은 위원장; Pyongуang (with a Cyrillic у).",
  // Misspellings and capitalised words that are no slip, many times (the session learns them).
  'Anrus Senat, Vostotchny, Vostochny, Selon Dans Plusieurs Selon Dans Plusieurs Choe Son-hiu. '.repeat(40),
  // Unusual characters never seen before, ligatures, invisible marks.
  'Kim\u00adJong-un, Œuvre de Kim Yo-jong, ﬁn, \u{1F600} Poutine\u200b a vu Kim. Ǆemal Lavrov ꞁ Séoul.',
  // A text that ends inside a name, and one with no separator at all.
  'Vladimir Pou',
  'PoutinePoutineKimJongun',
];

describe('a candidate feed', () => {
  const texts: Array<[string, string, 'fr' | 'en']> = [
    ...sources.map((t, i) => [`default source ${i}`, t, 'fr'] as [string, string, 'fr']),
    ...loadArticles().map((a) => [a.file, a.text, a.lang] as [string, string, 'fr' | 'en']),
    ...EDGES.map((t, i) => [`edge ${i}`, t, 'fr'] as [string, string, 'fr']),
    ...EDGES.map((t, i) => [`edge ${i} (en)`, t, 'en'] as [string, string, 'en']),
  ];

  it('finds exactly the mentions found without it, on every text and chunk size', () => {
    let compared = 0;
    for (const [name, text, lang] of texts) {
      const alone = matcher.findMentions(text, { lang });
      for (const perChunk of [1, 3, 64, 16384]) {
        const fed = matcher.findMentions(text, { lang }, feedOf(matcher, text, perChunk));
        expect(fed, `${name}, ${perChunk} a chunk`).toEqual(alone);
        compared += alone.length;
      }
    }
    // The texts do have names in them (the comparison is not of empty lists).
    expect(compared).toBeGreaterThan(1000);
  });

  it('on one long document (articles end to end): the same mentions, with every chunk read once', () => {
    const text = [...sources, ...loadArticles().map((a) => a.text)].join('\n\n').repeat(3);
    const alone = matcher.findMentions(text, { lang: 'fr' });
    const feed = feedOf(matcher, text, 256);
    expect(matcher.findMentions(text, { lang: 'fr' }, feed)).toEqual(alone);
    // All chunks and the end were asked for, each once.
    let words = 0;
    for (const c of collectCandidates(matcher.candidateTables(), text, 256)) words += c.length / CANDIDATE_FIELDS;
    expect(feed.calls).toBe(Math.ceil(words / 256) + 1);
  });

  it('stops at a superset of the words the session itself stops at, in text order', () => {
    const text = sources.join('\n\n');
    let last = -1;
    let count = 0;
    for (const c of collectCandidates(matcher.candidateTables(), text)) {
      for (let k = 0; k < c.length; k += CANDIDATE_FIELDS) {
        expect(c[k]!).toBeGreaterThan(last);
        expect(c[k + 1]!).toBeGreaterThan(c[k]!);
        last = c[k + 1]! - 1;
        count++;
      }
    }
    const mentions = matcher.findMentions(text, { lang: 'fr' });
    expect(count).toBeGreaterThan(mentions.length / 2);
  });
});
