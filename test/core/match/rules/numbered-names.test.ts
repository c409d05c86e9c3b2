/** Rule: a one-word name followed by a hyphen and a number is something named after it (src/core/match/rules/numbered-names.ts). */
import { describe, expect, it } from 'vitest';
import { isNumberedName } from '../../../../src/core/match/rules/numbered-names.ts';

describe('numbered names', () => {
  it('a hyphen (or a Unicode hyphen) and a digit right after the name', () => {
    expect(isNumberedName('Rossia-24 diffuse', 'Rossia'.length)).toBe(true);
    expect(isNumberedName('Russia\u20111 said', 'Russia'.length)).toBe(true);
  });
  it('not a hyphen and a word, nor a space and a number', () => {
    expect(isNumberedName('Russie-Ukraine', 'Russie'.length)).toBe(false);
    expect(isNumberedName('Russie 24 heures', 'Russie'.length)).toBe(false);
    expect(isNumberedName('Russie', 'Russie'.length)).toBe(false);
  });
});
