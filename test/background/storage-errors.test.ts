import { describe, expect, it } from 'vitest';
import { classifyStorageError, storageErrorText } from '../../src/background/storage-errors.ts';
import { IngestError } from '../../src/core/corpus/ingest.ts';
import type { Translate } from '../../src/core/i18n.ts';

const dom = (name: string, message: string) => Object.assign(new Error(message), { name });
const t: Translate = (key, ...subs) => [key, ...subs].join(':');

describe('storage errors as the reader reads them', () => {
  it.each([
    ['a quota', dom('QuotaExceededError', 'The quota has been exceeded.'), 'quota'],
    ['Chromium’s full disk', dom('UnknownError', 'Failed to write blobs (IOError)'), 'disk'],
    ['a failing backing store', dom('UnknownError', 'Internal error opening backing store for indexedDB.open.'), 'disk'],
    ['a closing connection', dom('InvalidStateError', 'The database connection is closing.'), 'closed'],
    ['an abort without a cause', dom('AbortError', 'The transaction was aborted, so the request cannot be fulfilled.'), 'aborted'],
    ['an abort caused by the quota', Object.assign(dom('AbortError', 'aborted'), { cause: dom('QuotaExceededError', 'x') }), 'quota'],
    ['anything else', new Error('odd'), 'other'],
  ])('names %s', (_, error, problem) => {
    expect(classifyStorageError(error)).toBe(problem);
  });

  it('gives the translated sentence, never the raw DOMException text', () => {
    expect(storageErrorText(dom('UnknownError', 'Failed to write blobs (IOError)'), t)).toBe('problem_storageDisk');
    expect(storageErrorText(dom('AbortError', 'The transaction was aborted'), t)).toBe('problem_storageAborted');
    expect(storageErrorText(new Error('odd'), t)).toBe('problem_storageOther:odd');
    // Ingestion's own refusals are worded from their code like the rest.
    expect(storageErrorText(new IngestError({ code: 'noText' }), t)).toBe('problem_noText');
  });
});
