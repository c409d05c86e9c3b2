/**
 * Sends a corpus file to the background in parts of at most IMPORT_PART_CHARS characters, the
 * last one with the import itself: a 70 MB file never becomes one message over the browsers'
 * 64 MiB limit. The background holds the parts and imports the whole in one transaction.
 */
import { IMPORT_PART_CHARS } from '../messaging/shapes.ts';
import type { ToBackground } from '../messaging/to-background.ts';
import { sendToBackground } from '../messaging/client.ts';
import { splitText } from '../core/files/split-text.ts';

type ImportResult = ToBackground['corpus/import']['res'];

export async function sendCorpusImport(text: string, onProgress: (percent: number) => void): Promise<ImportResult> {
  const parts = splitText(text, IMPORT_PART_CHARS);
  const last = parts.pop()!;
  if (parts.length === 0) return sendToBackground('corpus/import', { text: last });
  const importId = crypto.randomUUID();
  for (let index = 0; index < parts.length; index++) {
    await sendToBackground('corpus/import-part', { importId, index, text: parts[index]! });
    onProgress(Math.round(((index + 1) / (parts.length + 1)) * 100));
  }
  return sendToBackground('corpus/import', { text: last, importId, parts: parts.length });
}

/** The corpus file, fetched part by part when it is too large for one message. */
export async function fetchCorpusExport(): Promise<{ parts: string[]; filename: string }> {
  const first = await sendToBackground('corpus/export', {});
  const parts = [first.text];
  for (let part = 1; part < first.parts; part++) parts.push((await sendToBackground('corpus/export', { exportId: first.exportId, part })).text);
  return { parts, filename: first.filename };
}
