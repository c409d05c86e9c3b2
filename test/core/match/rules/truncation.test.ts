/** Rule: a name the writer cut short is a short form, not a misspelling (src/core/match/rules/truncation.ts). */
import { describe, expect, it } from 'vitest';
import { isTruncation } from '../../../../src/core/match/rules/truncation.ts';

describe('isTruncation', () => {
  it('the first words of the name, spelt right', () => {
    expect(isTruncation('Moon Jae', ['Moon Jae-in', 'Moon Jae-in'])).toBe(true);
    expect(isTruncation('KIM JONG', ['Kim Jong-un', 'Kim Jong Un'])).toBe(true);
  });
  it('not a slip inside the name, a whole name, a single word or a cut inside a word', () => {
    expect(isTruncation('Anrus Senat', ['Aurus Senat'])).toBe(false);
    expect(isTruncation('Moon Jae-in', ['Moon Jae-in'])).toBe(false);
    expect(isTruncation('Moon', ['Moon Jae-in'])).toBe(false);
    expect(isTruncation('Choe So', ['Choe Son-hui'])).toBe(false);
  });
});
