/**
 * How deep a JSON text nests, checked before JSON.parse: a file of 200,000 nested arrays makes
 * the parser fail with a stack overflow and no position, or worse, take the worker down. No
 * Glose file nests beyond a handful of levels (a corpus line: source → paragraphs, mentions →
 * one object), so anything past the limit is refused with the line and column where it went
 * too deep. Brackets inside strings do not count (escapes are followed).
 */
export interface TooDeep {
  /** 1-based line and column of the bracket that went past the limit. */
  line: number;
  column: number;
  depth: number;
}

export const MAX_JSON_DEPTH = 64;

export function findTooDeep(text: string, max = MAX_JSON_DEPTH): TooDeep | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      else if (c === 0x0a) {
        line++;
        lineStart = i + 1;
      }
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return { line, column: i - lineStart + 1, depth };
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
    else if (c === 0x0a) {
      line++;
      lineStart = i + 1;
      // JSON Lines: every line is its own document.
    }
  }
  return null;
}
