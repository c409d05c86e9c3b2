/** A reader's entry that a built-in now covers (src/core/glossary/duplicates.ts). */
import { describe, expect, it } from 'vitest';
import { builtinTwin, mergeWithBuiltin } from '../../../src/core/glossary/duplicates.ts';
import type { GlossaryEntry } from '../../../src/core/glossary/types.ts';

const builtin: GlossaryEntry = { id: 'choe-son-hui', type: 'person', names: { fr: 'Choe Son-hui', en: 'Choe Son Hui' }, spellings: ['Choe Son Hui'], descriptions: { fr: 'Ministre.', en: 'Minister.' }, source: 'Glose' };
const mine: GlossaryEntry = { id: 'ma-choe', type: 'person', names: { fr: 'CHOE Son-hui', en: 'Choe Sonhui' }, spellings: ['Tchoe Son-hui'], short: ['Mme Choe'], descriptions: { fr: 'Ma note.', en: 'My note.' }, notes: 'vue à Moscou', source: 'moi', origin: 'user' };

describe('builtinTwin', () => {
  it('a built-in entry named the same way (folded), under another id', () => {
    expect(builtinTwin(mine, [builtin])).toBe('choe-son-hui');
    expect(builtinTwin({ ...mine, names: { fr: 'Ri Son-gwon', en: 'Ri Son Gwon' } }, [builtin])).toBeNull();
    expect(builtinTwin({ ...mine, id: 'choe-son-hui' }, [builtin])).toBeNull();
  });
});

describe('mergeWithBuiltin', () => {
  it('keeps the built-in’s id and facts, adds the reader’s spellings, short forms and notes', () => {
    const merged = mergeWithBuiltin(mine, builtin);
    expect(merged.id).toBe('choe-son-hui');
    expect(merged.descriptions).toEqual(builtin.descriptions);
    expect(merged.spellings).toEqual(['Choe Son Hui', 'Choe Sonhui', 'Tchoe Son-hui']);
    expect(merged.short).toEqual(['Mme Choe']);
    expect(merged.notes).toBe('vue à Moscou');
    expect(merged.origin).toBe('user');
  });
});
