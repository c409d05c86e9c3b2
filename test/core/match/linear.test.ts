/**
 * The matcher on text without punctuation (issue 18): a line of names and short words with no
 * full stop finds the same names as the same text cut into sentences, a block read in parts
 * finds what it finds whole, and spans end at the name (no full stop, comma or quote).
 * Time itself is measured by `npm run bench` (matcher.bench.ts: per MB, flat over sizes).
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher, type Mention } from '../../../src/core/match/index.ts';
import { punctuationFreeLine } from './long-lines.ts';

const matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
const names = (ms: Mention[]): string[] => ms.map((m) => `${m.entry} «${m.surface}»`);

describe('a line without punctuation', () => {
  it('yields the same names as the same text with full stops added', () => {
    for (const size of [2_000, 50_000, 400_000]) {
      const { line, sentences } = punctuationFreeLine(size);
      const plain = matcher.findMentions(line, { lang: 'fr' });
      const punctuated = matcher.findMentions(sentences, { lang: 'fr' });
      expect(plain.length).toBeGreaterThan(size / 100);
      expect(names(plain)).toEqual(names(punctuated));
    }
  });
});

describe('a block read in parts', () => {
  it('finds exactly what it finds whole, wherever the parts end', () => {
    const { line } = punctuationFreeLine(60_000);
    const whole = matcher.findMentions(line, { lang: 'fr' });
    for (const chars of [1, 97, 4096]) {
      const session = matcher.createSession({ lang: 'fr' });
      const parts: Mention[] = [];
      let next = 0;
      let calls = 0;
      do {
        const r = session.scanPart(line, 0, next, chars);
        parts.push(...r.mentions);
        next = r.next;
        calls++;
      } while (next >= 0);
      const late = session.finish().map((s) => s.mention);
      expect(calls).toBeGreaterThan(chars < 4096 ? 100 : 5);
      expect(names([...parts, ...late].sort((a, b) => a.start - b.start))).toEqual(names(whole));
    }
  });
});

describe('spans end at the name', () => {
  const surfaces = (text: string, lang: 'fr' | 'en' = 'fr'): string[] => matcher.findMentions(text, { lang }).map((m) => m.surface);
  it('no full stop, comma or quote after a name', () => {
    expect(surfaces('Le satellite Malligyong-1. Puis Kim Jong-un, et Poutine.')).toEqual(['Malligyong-1', 'Kim Jong-un', 'Poutine']);
    expect(surfaces('Lancement du Hwasong-17. La Corée du Nord.')).toEqual(['Hwasong-17', 'Corée du Nord']);
    expect(surfaces('« Poutine », “Kim Jong Un” et (Séoul) puis Pyongyang…')).toEqual(['Poutine', 'Kim Jong Un', 'Séoul', 'Pyongyang']);
  });
  it('an abbreviation written with full stops keeps its last one; a quote opened inside a name closes with it', () => {
    expect(surfaces('The U.S. and N. Korea; the U.N. said.', 'en')).toEqual(['U.S.', 'N. Korea', 'U.N.']);
    expect(surfaces('puis une Aurus « Senat » noire')).toEqual(['Aurus « Senat »']);
  });
});

describe('unknown names on a line without punctuation (issue 27)', () => {
  const unknownLine = (n: number): string => Array.from({ length: n }, (_, k) => (k % 3 === 0 ? 'le général Sobolev et Kim Do-yun' : k % 3 === 1 ? 'Sergueï Ivanovitch Petrov puis Ri Thae Song' : 'avec Hyunsu Yim')).join(' ');
  it('finds every one, read whole or in parts, with a bounded look around each', () => {
    const line = unknownLine(3_000);
    const whole = matcher.findMentions(line, { lang: 'fr', unknownNames: true }).filter((m) => m.unknown);
    expect(whole).toHaveLength(5_000);
    const session = matcher.createSession({ lang: 'fr', unknownNames: true });
    const parts: Mention[] = [];
    for (let next = 0; next >= 0; ) {
      const r = session.scanPart(line, 0, next, 97);
      parts.push(...r.mentions.filter((m) => m.unknown));
      next = r.next;
    }
    expect(parts.map((m) => m.surface)).toEqual(whole.map((m) => m.surface));
  });
  it('costs about the same per character on a line 4 times as long', () => {
    const time = (text: string): number => {
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const t0 = performance.now();
        matcher.findMentions(text, { lang: 'fr', unknownNames: true });
        best = Math.min(best, performance.now() - t0);
      }
      return best / text.length;
    };
    const small = time(unknownLine(2_000));
    const large = time(unknownLine(8_000));
    // Generous: a shared machine; a quadratic rule would be 4× here.
    expect(large / small).toBeLessThan(2.5);
  });
});
