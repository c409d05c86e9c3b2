/**
 * Reading a file the reader picked for import, before anything is sent anywhere: its size is
 * checked first (from `file.size`, without reading it), then its bytes are decoded as strict
 * UTF-8 (a file in another encoding is refused with the offset of the first bad byte, never
 * stored with replacement characters), then a JSON file's nesting is checked (with the line).
 */
import { FILE_LIMITS, isTooLarge, type FileKind } from '../core/files/limits.ts';
import { decodeUtf8Strict } from '../core/files/utf8.ts';
import { findTooDeep, MAX_JSON_DEPTH } from '../core/files/nesting.ts';
import { problem, type Problem } from '../core/problems.ts';

export type ReadImport = { ok: true; text: string } | { ok: false; problem: Problem };

export async function readImportFile(file: File, kind: FileKind, json: boolean): Promise<ReadImport> {
  const refuse = (p: Problem): ReadImport => ({ ok: false, problem: p });
  if (isTooLarge(kind, file.size)) return refuse(problem('fileTooLarge', [{ bytes: file.size }, { bytes: FILE_LIMITS[kind] }]));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return refuse(problem('unreadable', [error instanceof Error ? error.message : String(error)]));
  }
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) return refuse(problem('badUtf8', [decoded.offset]));
  if (json) {
    const deep = findTooDeep(decoded.text);
    if (deep) return refuse(problem('tooDeep', [MAX_JSON_DEPTH], { line: deep.line, column: deep.column }));
  }
  return { ok: true, text: decoded.text };
}
