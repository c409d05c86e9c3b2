import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, isTooLarge, megabytes } from '../../../src/core/files/limits.ts';

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

  it('names sizes as a reader reads them', () => {
    expect(megabytes(FILE_LIMITS.glossary)).toBe('5 MB');
    expect(megabytes(FILE_LIMITS.corpus)).toBe('256 MB');
    expect(megabytes(6.3 * 1024 * 1024)).toBe('6.3 MB');
  });
});
