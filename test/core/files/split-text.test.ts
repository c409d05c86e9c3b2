import { describe, expect, it } from 'vitest';
import { splitText } from '../../../src/core/files/split-text.ts';

describe('splitText', () => {
  it('cuts into parts that join back to the text', () => {
    const text = 'Kim Jong-un, Pyongyang. '.repeat(1000);
    const parts = splitText(text, 1000);
    expect(parts.every((p) => p.length <= 1000)).toBe(true);
    expect(parts.join('')).toBe(text);
    expect(splitText('short', 1000)).toEqual(['short']);
    expect(splitText('', 10)).toEqual(['']);
  });

  it('never separates the halves of a surrogate pair', () => {
    const text = 'a𝔸'.repeat(10); // each 𝔸 is two UTF-16 units
    const parts = splitText(text, 2);
    expect(parts.join('')).toBe(text);
    for (const p of parts) {
      expect(p.charCodeAt(0) >= 0xdc00 && p.charCodeAt(0) <= 0xdfff).toBe(false);
      const last = p.charCodeAt(p.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
  });
});
