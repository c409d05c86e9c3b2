import type { PayloadValidators } from './router.ts';
import { isObject, isString, isTabId } from './router.ts';
import type { CorpusContentRequests, CorpusRequests } from './corpus-protocol.ts';

const isEntryId = (v: unknown): boolean => isString(v) && v.length > 0 && v.length <= 200;

export const corpusValidators: PayloadValidators<CorpusRequests> = {
  'corpus/count': (p) => isObject(p) && isEntryId(p.entryId),
  'corpus/xref': (p) => isObject(p) && isEntryId(p.entryId) && (p.limit === undefined || (Number.isInteger(p.limit) && (p.limit as number) > 0)),
  'corpus/ingest-tab': (p) => isObject(p) && isTabId(p.tabId),
  'corpus/list': (p) => isObject(p),
  'corpus/delete': (p) => isObject(p) && isString(p.id) && p.id.length <= 200,
  'corpus/export': (p) => isObject(p),
  'corpus/import': (p) => isObject(p) && isString(p.text) && p.text.length <= 200_000_000,
};

export const corpusContentValidators: PayloadValidators<CorpusContentRequests> = {
  'content/extract-article': (p) => isObject(p),
};
