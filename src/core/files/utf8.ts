/**
 * Strict UTF-8 for imported files: a file that is not valid UTF-8 is refused with the byte
 * offset of the first bad sequence, instead of being read with U+FFFD in place of the bad
 * bytes (which would store garbled names without a word). Validity follows the Unicode
 * Standard, ch. 3, table 3-7 ("Well-Formed UTF-8 Byte Sequences"): no overlong forms, no
 * surrogates (ED A0–BF), nothing above U+10FFFF (F4 90+), no stray continuation bytes.
 */

/** Offset of the first byte that starts an ill-formed sequence, or -1 when all is well formed. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong below U+0800
      if (b === 0xed) hi = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong below U+10000
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    if (i + need >= n) return i; // truncated at the end of the file
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

// TextDecoder is there in every runtime core runs in (Node, workers, pages); core's own type
// library has no DOM, so its shape is declared here.
declare const TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };

export type DecodeResult = { ok: true; text: string } | { ok: false; offset: number };

/**
 * Decodes a whole file as UTF-8, dropping a leading byte-order mark. The browser's fatal
 * decoder does the work; only when it refuses is the file scanned for the offset to report.
 */
export function decodeUtf8Strict(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, offset: offset < 0 ? 0 : offset };
  }
}
