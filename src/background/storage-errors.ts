/**
 * Storage failures as sentences a reader can act on, in the reader's language. IndexedDB
 * reports a full disk, a failing one, a quota and a closed connection under various names, and
 * an aborted transaction hides its cause behind "The transaction was aborted…": the cause is
 * looked for first, the raw text is kept only for what has no better name.
 */
import { IngestError } from '../core/corpus/ingest.ts';
import type { Translate } from '../core/i18n.ts';
import { problem, problemText, type Problem } from '../core/problems.ts';

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

/** The failure as a problem code for the page to word (the raw text only for what has no better name). */
export function storageProblem(error: unknown): Problem {
  if (error instanceof IngestError) return error.problem;
  switch (classifyStorageError(error)) {
    case 'quota':
      return problem('storageQuota');
    case 'disk':
      return problem('storageDisk');
    case 'closed':
      return problem('storageClosed');
    case 'aborted':
      return problem('storageAborted');
    default:
      return problem('storageOther', [error instanceof Error ? error.message : String(error)]);
  }
}

export function storageErrorText(error: unknown, t: Translate): string {
  return problemText(storageProblem(error), t);
}
