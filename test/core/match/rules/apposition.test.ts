/** Rule: a description standing as a title beside its name gives way to the name (src/core/match/rules/apposition.ts). */
import { describe, expect, it } from 'vitest';
import { afterAppositionGap, isAppositionGap } from '../../../../src/core/match/rules/apposition.ts';

describe('isAppositionGap', () => {
  it('spaces, a comma, a colon, a dash and up to two articles or titles', () => {
    for (const gap of [' ', ', ', ' : ', ' – ', ', M. ', ' the ', ', le ', ' Dr. ']) expect(isAppositionGap(`A${gap}B`, 1, 1 + gap.length)).toBe(true);
  });
  it('not a verb, a clause or a long gap', () => {
    for (const gap of [' a dit que ', ' said ', ` ${'x'.repeat(20)} `]) expect(isAppositionGap(`A${gap}B`, 1, 1 + gap.length)).toBe(false);
  });
});

describe('afterAppositionGap', () => {
  it('offers the word starts past the gap, the first that fits ends the search', () => {
    const text = 'porte-parole du Kremlin, M. Dmitri Peskov, a dit';
    const from = text.indexOf(',');
    const asked: string[] = [];
    const found = afterAppositionGap(text, from, (q) => {
      asked.push(text.slice(q, q + 6));
      return text.startsWith('Dmitri', q);
    });
    expect(found).toBe(true);
    expect(asked).toEqual(['M. Dmi', 'Dmitri']);
  });
  it('no name within reach', () => {
    const text = 'porte-parole du Kremlin a déclaré hier que';
    expect(afterAppositionGap(text, text.indexOf(' a '), () => false)).toBe(false);
  });
});
