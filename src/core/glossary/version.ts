/**
 * The version of a glossary: a hash of its entries, the same in the extension and the CLI, so
 * that a corpus built on the command line and imported into the extension (or the reverse)
 * is known to be indexed with the same glossary and is not re-indexed for nothing.
 */
import type { GlossaryEntry } from './types.ts';

export function glossaryVersion(entries: readonly GlossaryEntry[]): string {
  // FNV-1a over the serialised entries: cheap, and any edit changes it.
  let h = 0x811c9dc5;
  const text = JSON.stringify(entries);
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${entries.length}-${h.toString(36)}`;
}
