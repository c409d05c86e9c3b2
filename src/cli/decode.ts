/**
 * A file's bytes as text for `glose scan`, with a warning when they are not what the command
 * expects (UTF-8 text): an empty file, a binary one, UTF-16 (what some Windows editors save),
 * or bytes that are not valid UTF-8 (a Latin-1 file). Without the warning such a file printed
 * `lang: other` and no names, as if it had been read and found empty of them.
 */
import { isUtf8 } from 'node:buffer';

export interface Decoded {
  text: string;
  /** Why the file may not have been read as meant (printed on standard error), if it may not. */
  warning?: string;
}

/** How much of the start of a file is looked at to tell binary from UTF-16. */
const SNIFF_BYTES = 8192;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a byte-order mark: most characters of Latin text have a zero high byte. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Control characters other than tab, newlines and form feed: text has almost none. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > n * 0.1;
}

function withEmptyCheck(decoded: Decoded): Decoded {
  if (decoded.warning === undefined && decoded.text.trim() === '') return { text: decoded.text, warning: 'has no text (only spaces or line breaks)' };
  return decoded;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { text: '', warning: 'is empty' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return withEmptyCheck({ text: Buffer.from(bytes.subarray(3)).toString('utf8') });
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const order = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(order).decode(bytes.subarray(2)), warning: `is UTF-16 text, not UTF-8: read as ${order.toUpperCase()}` };
  }
  const order = utf16Order(bytes);
  if (order) return { text: new TextDecoder(order).decode(bytes), warning: `looks like UTF-16 text without a byte-order mark, not UTF-8: read as ${order.toUpperCase()}` };
  if (looksBinary(bytes)) return { text: '', warning: 'looks binary, not text: left out' };
  // Decoded whole, at once (a StringDecoder fed chunk by chunk is several times slower on a large file).
  if (isUtf8(bytes)) return withEmptyCheck({ text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') });
  return { text: new TextDecoder('windows-1252').decode(bytes), warning: 'is not valid UTF-8: read as Windows-1252 (Latin-1); offsets are in that text' };
}
