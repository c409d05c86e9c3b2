/**
 * The scripts Glose tells apart in a text: Hangul and Cyrillic, by their Unicode blocks (The
 * Unicode Standard, "Blocks.txt": Hangul Jamo U+1100–11FF, Hangul Compatibility Jamo
 * U+3130–318F, Hangul Syllables U+AC00–D7A3; Cyrillic U+0400–04FF). Written once here, as
 * literals so that a bundle keeps only the ones it uses; the romanisation engines keep their own
 * wider letter tables (supplements, extended blocks).
 */

/** A Hangul letter or syllable anywhere in the text. */
export const HANGUL_RE = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;
/** A Cyrillic letter anywhere in the text. */
export const CYRILLIC_RE = /[\u0400-\u04ff]/u;
/** Either: text in an original script rather than a Latin transcription. */
export const HANGUL_OR_CYRILLIC_RE = /[\u0400-\u04ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;
