/**
 * The largest files Glose imports, checked on the file's size before a byte is read, so that a
 * wrong file (a video, a database dump) is refused at once with the limit named rather than
 * freezing the page. The figures leave room for real use: a reader's own entries are a few
 * hundred kilobytes even for thousands of entries; a corpus export of 10,000 articles is about
 * 60 MB.
 */
export const FILE_LIMITS = {
  /** The reader's own entries (JSON or CSV). */
  glossary: 5 * 1024 * 1024,
  /** A corpus file (JSON Lines). */
  corpus: 256 * 1024 * 1024,
} as const;

export type FileKind = keyof typeof FILE_LIMITS;

export function isTooLarge(kind: FileKind, bytes: number): boolean {
  return bytes > FILE_LIMITS[kind];
}
