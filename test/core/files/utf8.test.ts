import { describe, expect, it } from 'vitest';
import { decodeUtf8Strict, firstInvalidUtf8 } from '../../../src/core/files/utf8.ts';

const bytes = (...xs: number[]) => Uint8Array.from(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('strict UTF-8', () => {
  it('decodes well-formed text of every length of sequence, dropping a byte-order mark', () => {
    const text = 'Kim Jong-un · 김정은 · Путин · 𝔸';
    expect(decodeUtf8Strict(utf8(text))).toEqual({ ok: true, text });
    expect(decodeUtf8Strict(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ ok: true, text: 'A' });
    expect(firstInvalidUtf8(utf8(text))).toBe(-1);
  });

  it.each([
    ['a stray continuation byte', bytes(0x41, 0x42, 0x80, 0x43), 2],
    ['a Latin-1 é', bytes(...utf8('Séoul').slice(0, 1), 0xe9, 0x6f), 1],
    ['an overlong slash (C0 AF)', bytes(0x41, 0xc0, 0xaf), 1],
    ['an overlong three-byte form (E0 80 AF)', bytes(0xe0, 0x80, 0xaf), 0],
    ['a UTF-16 surrogate (ED A0 80)', bytes(0x41, 0x41, 0xed, 0xa0, 0x80), 2],
    ['a code point above U+10FFFF (F4 90 80 80)', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['F5, never valid', bytes(0x41, 0xf5, 0x80, 0x80, 0x80), 1],
    ['a sequence cut by the end of the file', bytes(0x41, 0xea, 0xb9), 1],
    ['a lead byte followed by ASCII', bytes(0xea, 0x41, 0x41), 0],
  ])('refuses %s with the offset of its first byte', (_, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
    expect(decodeUtf8Strict(input)).toEqual({ ok: false, offset });
  });

  it('finds a bad byte deep in a large file', () => {
    const big = utf8('Pyongyang '.repeat(100_000));
    big[654_321] = 0xff;
    expect(decodeUtf8Strict(big)).toEqual({ ok: false, offset: 654_321 });
  });
});
