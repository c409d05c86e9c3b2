/**
 * Sends a corpus file to the background in parts of at most IMPORT_PART_CHARS characters, the
 * last one with the import itself: a 70 MB file never becomes one message over the browsers'
 * 64 MiB limit. The background holds the parts and imports the whole in one transaction.
 */
import { IMPORT_PART_CHARS } from '../messaging/corpus-protocol.ts';
import type { CorpusRequests } from '../messaging/corpus-protocol.ts';
import { sendToBackground } from '../messaging/client.ts';

type ImportResult = CorpusRequests['corpus/import']['res'];

/** Where to cut near `at` without splitting a surrogate pair (a lone half would not survive). */
function cutAt(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

export function splitForImport(text: string, size = IMPORT_PART_CHARS): string[] {
  const parts: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    const end = cutAt(text, start + size);
    parts.push(text.slice(start, end));
    start = end;
  }
  parts.push(text.slice(start));
  return parts;
}

export async function sendCorpusImport(text: string, onProgress: (percent: number) => void): Promise<ImportResult> {
  const parts = splitForImport(text);
  const last = parts.pop()!;
  if (parts.length === 0) return sendToBackground('corpus/import', { text: last });
  const importId = crypto.randomUUID();
  for (let index = 0; index < parts.length; index++) {
    await sendToBackground('corpus/import-part', { importId, index, text: parts[index]! });
    onProgress(Math.round(((index + 1) / (parts.length + 1)) * 100));
  }
  return sendToBackground('corpus/import', { text: last, importId, parts: parts.length });
}
