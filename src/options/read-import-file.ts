/**
 * Reading a file the reader picked for import, before anything is sent anywhere: its size is
 * checked first (from `file.size`, without reading it), then its bytes are decoded as strict
 * UTF-8 (a file in another encoding is refused with the offset of the first bad byte, never
 * stored with replacement characters), then a JSON file's nesting is checked (with the line).
 */
import { FILE_LIMITS, isTooLarge, megabytes, type FileKind } from '../core/files/limits.ts';
import { decodeUtf8Strict } from '../core/files/utf8.ts';
import { findTooDeep, MAX_JSON_DEPTH } from '../core/files/nesting.ts';
import type { Translate } from '../core/i18n.ts';

export type ReadImport = { ok: true; text: string } | { ok: false; message: string; line: number };

export async function readImportFile(file: File, kind: FileKind, json: boolean, t: Translate): Promise<ReadImport> {
  const refuse = (message: string, line = 0): ReadImport => ({ ok: false, message: `${message} ${t('importNothingKept')}`, line });
  if (isTooLarge(kind, file.size)) return refuse(t('importTooLarge', file.name, megabytes(file.size), megabytes(FILE_LIMITS[kind])));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return refuse(t('importUnreadable', error instanceof Error ? error.message : String(error)));
  }
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) return refuse(t('importBadUtf8', decoded.offset));
  if (json) {
    const deep = findTooDeep(decoded.text);
    if (deep) return refuse(t('importTooDeep', MAX_JSON_DEPTH, deep.line, deep.column), deep.line);
  }
  return { ok: true, text: decoded.text };
}
