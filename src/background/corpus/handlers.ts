/**
 * The background's answers about the corpus. First version, before the IndexedDB corpus
 * layer lands: nothing has been ingested, so counts and cross-references are empty and
 * ingestion says it is not available yet.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Handlers } from '../../messaging/protocol.ts';
import type { CorpusRequests } from '../../messaging/corpus-protocol.ts';

export const corpusHandlers: Handlers<CorpusRequests, Runtime.MessageSender> = {
  'corpus/count': () => ({ sources: 0 }),
  'corpus/xref': ({ entryId }) => ({ entryId, sources: [], cooccurring: [], spellings: [] }),
  'corpus/ingest-tab': () => ({ ok: false, error: 'Ingestion is not available in this version.' }),
};
