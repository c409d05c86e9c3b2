/**
 * Storage failures as sentences a reader can act on, in the reader's language. IndexedDB
 * reports a full disk, a failing one, a quota and a closed connection under various names, and
 * an aborted transaction hides its cause behind "The transaction was aborted…": the cause is
 * looked for first, the raw text is kept only for what has no better name.
 */
import { IngestError } from '../core/corpus/ingest.ts';
import type { Translate } from '../core/i18n.ts';

export type StorageProblem = 'quota' | 'disk' | 'aborted' | 'closed' | 'other';

export function classifyStorageError(error: unknown): StorageProblem {
  const e = error as { name?: string; message?: string; cause?: unknown } | null;
  const name = e?.name ?? '';
  const message = String(e?.message ?? '');
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return 'quota';
  if (/IOError|disk|No space|ENOSPC|write blobs|backing store/i.test(message) || name === 'UnknownError') return 'disk';
  if (name === 'InvalidStateError' || /connection is clos/i.test(message)) return 'closed';
  if (name === 'AbortError' || /aborted/i.test(message)) return e?.cause ? classifyStorageError(e.cause) : 'aborted';
  return 'other';
}

export function storageErrorText(error: unknown, t: Translate): string {
  if (error instanceof IngestError) return error.message;
  switch (classifyStorageError(error)) {
    case 'quota':
      return t('storageQuota');
    case 'disk':
      return t('storageDisk');
    case 'closed':
      return t('storageClosed');
    case 'aborted':
      return t('storageAborted');
    default:
      return t('storageOther', error instanceof Error ? error.message : String(error));
  }
}
