/**
 * Properties of every engine on arbitrary input (fast-check): any Hangul or Cyrillic string,
 * mixed with Latin, digits, spaces and punctuation, romanises without throwing, and the output
 * holds no Hangul or Cyrillic code point and is NFC.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KOREAN_MODES, KOREAN_SYSTEMS, RUSSIAN_SYSTEMS, romanize } from '../../../src/core/romanize/index.ts';

const HANGUL_OR_CYRILLIC = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u0400-\u052f]/u;
const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
const compatJamo = fc.integer({ min: 0x3131, max: 0x318e }).map((c) => String.fromCharCode(c));
const cyrillic = fc.integer({ min: 0x0400, max: 0x04ff }).map((c) => String.fromCharCode(c));
const other = fc.constantFrom(' ', '-', "'", ',', '.', '«', '»', 'a', 'Z', '7', '\u00a0', '—');

const koreanText = fc.array(fc.oneof({ weight: 6, arbitrary: syllable }, { weight: 1, arbitrary: compatJamo }, { weight: 2, arbitrary: other }), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
const russianText = fc.array(fc.oneof({ weight: 6, arbitrary: cyrillic }, { weight: 2, arbitrary: other }), { minLength: 1, maxLength: 16 }).map((a) => a.join(''));

function check(out: string): void {
  expect(HANGUL_OR_CYRILLIC.test(out)).toBe(false);
  expect(out.normalize('NFC')).toBe(out);
}

describe('romanisation properties', () => {
  it.each(KOREAN_SYSTEMS.flatMap((system) => KOREAN_MODES.map((mode) => [system, mode] as const)))('Korean %s, mode %s', (system, mode) => {
    fc.assert(fc.property(koreanText, (text) => check(romanize(text, system, mode))), { numRuns: 150 });
  });
  it.each(RUSSIAN_SYSTEMS.map((s) => [s] as const))('Russian %s', (system) => {
    fc.assert(fc.property(russianText, (text) => check(romanize(text, system))), { numRuns: 300 });
  });
});
