import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, isTooLarge } from '../../../src/core/files/limits.ts';
import { createFormatter } from '../../../src/core/format.ts';

describe('file size limits', () => {
  it('refuses a 6 MB or 50 MB glossary file and takes a 4 MB one', () => {
    expect(isTooLarge('glossary', 6 * 1024 * 1024)).toBe(true);
    expect(isTooLarge('glossary', 50 * 1024 * 1024)).toBe(true);
    expect(isTooLarge('glossary', 4 * 1024 * 1024)).toBe(false);
    expect(isTooLarge('glossary', FILE_LIMITS.glossary)).toBe(false);
  });

  it('takes a 70 MB corpus file (sent in parts) and refuses one past the limit', () => {
    expect(isTooLarge('corpus', 70 * 1024 * 1024)).toBe(false);
    expect(isTooLarge('corpus', FILE_LIMITS.corpus + 1)).toBe(true);
  });

  it('limits read as round sizes in both languages', () => {
    const [fr, en] = [createFormatter('fr'), createFormatter('en')];
    expect([fr.bytes(FILE_LIMITS.glossary), fr.bytes(FILE_LIMITS.corpus)].map((s) => s.replace(/\s/gu, ' '))).toEqual(['5 Mo', '256 Mo']);
    expect([en.bytes(FILE_LIMITS.glossary), en.bytes(FILE_LIMITS.corpus)]).toEqual(['5 MB', '256 MB']);
  });
});
