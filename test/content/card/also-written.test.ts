/**
 * The card never shows the same spelling twice: the name in the other language is not repeated
 * among the spellings it is « also written » (« En anglais : Dmitry Bakanov » then « Aussi
 * écrit : Dmitry Bakanov » was the bug).
 */
import { describe, expect, it } from 'vitest';
import { alsoWritten } from '../../../src/content/card/Card.tsx';
import { BUILTIN_ENTRIES } from '../../../src/data/glossary/index.ts';
import type { EntryDetails } from '../../../src/messaging/shapes.ts';

describe('alsoWritten', () => {
  it('leaves out the spellings the card already shows: its name and the other language’s', () => {
    const entry = BUILTIN_ENTRIES.find((e) => e.id === 'sergei-lavrov')!;
    const details: EntryDetails = { entry, display: entry.names.fr };
    const before = alsoWritten(details, entry.names.fr);
    // Without being told, the English name is among them (as it was on the card, twice).
    expect(before).toContain(entry.names.en);
    const after = alsoWritten(details, entry.names.fr, 6, [entry.names.en]);
    expect(after).not.toContain(entry.names.en);
    expect(after).not.toContain(details.display);
    expect(new Set(after.map((s) => s.toLowerCase())).size).toBe(after.length);
  });

  it('compares spellings folded (accents, case, hyphens)', () => {
    const entry = { ...BUILTIN_ENTRIES.find((e) => e.id === 'sergei-lavrov')!, spellings: ['SERGUEÏ LAVROV', 'Sergei-Lavrov', 'S. Lavrov'] };
    const out = alsoWritten({ entry, display: 'Sergueï Lavrov' }, 'S. Lavrov', 6, ['Sergei Lavrov']);
    expect(out).toEqual(['S. Lavrov']);
  });
});

describe('alsoWritten and the page’s own spelling', () => {
  it('keeps the page’s spelling (to mark it) even when it differs from the other language’s name only by a hyphen', () => {
    const entry = BUILTIN_ENTRIES.find((e) => e.id === 'kim-jong-un')!;
    const out = alsoWritten({ entry, display: 'Kim Chŏngŭn' }, 'Kim Jong-un', 6, [entry.names.en]);
    expect(out).toContain('Kim Jong-un');
    expect(out).not.toContain(entry.names.en);
  });
});
