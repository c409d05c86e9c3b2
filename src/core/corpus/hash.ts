/**
 * Content hashes for the corpus: FNV-1a 64-bit over the UTF-8 bytes, computed with two 32-bit
 * halves so it is synchronous, pure and the same in Node, the service worker and the CLI
 * (crypto.subtle is async and absent from core's environment). Not cryptographic: it only
 * has to tell texts and URLs apart, and 64 bits make an accidental collision negligible for a
 * personal corpus.
 */

/** FNV-1a 64 prime is 2^40 + 0x1b3. */
const PRIME_LOW = 0x1b3;

/** The FNV-1a 64-bit hash of a string's UTF-8 encoding, as 16 hex digits. */
export function hashText(text: string): string {
  // Offset basis 0xcbf29ce484222325.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const mix = (byte: number): void => {
    lo = (lo ^ byte) >>> 0;
    // (hi·2^32 + lo) × (2^40 + 0x1b3) mod 2^64; every partial product stays below 2^53.
    const low = lo * PRIME_LOW;
    const carry = Math.floor(low / 0x100000000);
    const nextHi = (hi * PRIME_LOW + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = low >>> 0;
    hi = nextHi;
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    // A lone surrogate is encoded as U+FFFD, as TextEncoder does.
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) mix(code);
    else if (code < 0x800) {
      mix(0xc0 | (code >> 6));
      mix(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      mix(0xe0 | (code >> 12));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    } else {
      mix(0xf0 | (code >> 18));
      mix(0x80 | ((code >> 12) & 0x3f));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    }
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/**
 * The text as compared for identity: Unicode NFC (a pasted text and a page may compose accents
 * differently) and every run of white space, line breaks included, as one space.
 */
export function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The hash identifying an article's text, whatever its line breaks and spacing. */
export function contentHash(textOrParagraphs: string | readonly string[]): string {
  const text = typeof textOrParagraphs === 'string' ? textOrParagraphs : textOrParagraphs.join('\n');
  return hashText(normalizeForHash(text));
}
