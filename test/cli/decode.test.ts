/** How `glose scan` reads a file's bytes: UTF-8 as is; a warning for empty, binary, UTF-16 and non-UTF-8 input. */
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/cli/decode.ts';

const TEXT = 'Vladimir Poutine a reçu Kim Jong-un à Vostotchny.';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]!));
  return bom ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes;
}

describe('decodeBytes', () => {
  it('reads UTF-8 as it is, with or without a byte-order mark, and warns of nothing', () => {
    expect(decodeBytes(Buffer.from(TEXT))).toEqual({ text: TEXT });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({ text: TEXT });
  });

  it('warns of an empty file and of one with only spaces', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', warning: 'is empty' });
    expect(decodeBytes(Buffer.from(' \n\t\n')).warning).toMatch(/has no text/);
  });

  it('reads UTF-16 in either byte order, with a mark or without, and says so', () => {
    for (const order of ['le', 'be'] as const) {
      for (const bom of [true, false]) {
        const decoded = decodeBytes(utf16(TEXT, order, bom));
        expect(decoded.text).toBe(TEXT);
        expect(decoded.warning).toMatch(new RegExp(`UTF-16.*read as UTF-16${order.toUpperCase()}`));
      }
    }
  });

  it('does not scan binary data', () => {
    const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0, 0x10, 0x6a, 0, 0, 0, 0, 0, 0]);
    expect(decodeBytes(binary)).toEqual({ text: '', warning: 'looks binary, not text: left out' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with a warning', () => {
    const latin1 = Buffer.from(TEXT, 'latin1');
    const decoded = decodeBytes(latin1);
    expect(decoded.text).toBe(TEXT);
    expect(decoded.warning).toMatch(/not valid UTF-8: read as Windows-1252/);
  });
});
