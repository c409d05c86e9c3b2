/** Rule: two names of ours joined by a hyphen are a pair (src/core/match/rules/pairs.ts). */
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../../../src/data/glossary/index.ts';
import { compileMatchTable } from '../../../../src/core/match/index.ts';
import { buildStructures } from '../../../../src/core/match/structures.ts';
import { NameProbe } from '../../../../src/core/match/rules/pairs.ts';

const probe = new NameProbe(buildStructures(compileMatchTable(BUILTIN_ENTRIES)));
const at = (text: string, word: string): [number, number] => {
  const start = text.indexOf(word);
  return [start, start + word.length];
};

describe('NameProbe', () => {
  it('knows a one-word name of ours', () => {
    expect(probe.isOneWordName('Poutine', 0, 7)).toBe(true);
    expect(probe.isOneWordName('Dupont', 0, 6)).toBe(false);
  });
  it('a hyphen joining two of our names makes a pair, on either side', () => {
    const text = 'le duo Kim-Poutine inquiète';
    expect(probe.inHyphenPair(text, ...at(text, 'Kim'))).toBe(true);
    expect(probe.inHyphenPair(text, ...at(text, 'Poutine'))).toBe(true);
    const other = 'le joueur Kim-Dupont';
    expect(probe.inHyphenPair(other, ...at(other, 'Kim'))).toBe(false);
  });
});
