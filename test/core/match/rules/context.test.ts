/** Rule: a name that is also a common word needs its context (src/core/match/rules/context.ts). */
import { describe, expect, it } from 'vitest';
import { hashString } from '../../../../src/core/match/hash-index.ts';
import type { CompiledRule } from '../../../../src/core/match/kinds.ts';
import { LANG_EN, LANG_FR } from '../../../../src/core/match/kinds.ts';
import { ParagraphWords, contextAllows } from '../../../../src/core/match/rules/context.ts';

const rule = (r: Partial<CompiledRule>): CompiledRule => ({ entry: 0, keys: ['amour'], forms: ['Amour'], caseSensitive: false, near: [], notNear: [], ...r });
const hashes = (...phrases: string[]): Map<string, number[]> => new Map(phrases.map((p) => [p, p.split(' ').map(hashString)]));
const allows = (r: CompiledRule, text: string, name: string, lang = LANG_FR): boolean => {
  const start = text.indexOf(name);
  return contextAllows([r], new ParagraphWords(), hashes(...r.near, ...r.notNear), lang, text, start, start + name.length, 'amour');
};

describe('contextAllows', () => {
  it('near: a context word in the paragraph', () => {
    const r = rule({ near: ['fleuve', 'rive gauche'] });
    expect(allows(r, "Sur la rive gauche de l'Amour, la Chine.", 'Amour')).toBe(true);
    expect(allows(r, "L'Amour est aveugle.", 'Amour')).toBe(false);
  });
  it('the paragraph ends at a blank line', () => {
    const r = rule({ near: ['fleuve'] });
    expect(allows(r, "Le fleuve gèle.\n\nL'Amour est aveugle.", 'Amour')).toBe(false);
    expect(allows(r, "Le fleuve gèle.\nL'Amour aussi.", 'Amour')).toBe(true);
  });
  it('notNear: a word that rules the name out', () => {
    const r = rule({ keys: ['sputnik'], notNear: ['satellite'] });
    expect(allows(r, 'Le satellite Sputnik fut lancé.', 'Sputnik')).toBe(false);
    expect(allows(r, "L'agence Sputnik a écrit.", 'Sputnik')).toBe(true);
  });
  it('caseSensitive: the spelling with its capitals only', () => {
    const r = rule({ keys: ['us'], forms: ['US'], caseSensitive: true });
    expect(allows(r, 'the US said', 'US')).toBe(true);
    expect(allows(r, 'let us go', 'us')).toBe(false);
  });
  it('a rule for one language holds on pages in that language only', () => {
    const r = rule({ near: ['fleuve'], lang: LANG_EN });
    expect(allows(r, "L'Amour est aveugle.", 'Amour', LANG_FR)).toBe(true);
    expect(allows(r, 'Amour is blind.', 'Amour', LANG_EN)).toBe(false);
  });
  it('once the document named the entry in full, its short name needs no context word nearby', () => {
    const r = rule({ keys: ['jcs'], forms: ['JCS'], near: ['south korea'] });
    const text = 'The launch came after a week of drills, the JCS said.';
    const start = text.indexOf('JCS');
    expect(contextAllows([r], new ParagraphWords(), hashes('south korea'), LANG_EN, text, start, start + 3, 'jcs')).toBe(false);
    expect(contextAllows([r], new ParagraphWords(), hashes('south korea'), LANG_EN, text, start, start + 3, 'jcs', true)).toBe(true);
  });
  it('reads at most 1,000 characters on each side in a paragraph of megabytes (linear time)', () => {
    const r = rule({ near: ['fleuve'] });
    const near = `${'mot '.repeat(500_000)}fleuve Amour ${'mot '.repeat(500_000)}`;
    expect(allows(r, near, 'Amour')).toBe(true);
    const far = `fleuve ${'mot '.repeat(500)}Amour`;
    expect(allows(r, far, 'Amour')).toBe(false);
  });
});
