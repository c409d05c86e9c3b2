import { FILE_LIMITS } from '../core/files/limits.ts';
import type { PayloadValidators } from './router.ts';
import { isObject, isString } from './router.ts';
import type { GlossaryRequests } from './glossary-protocol.ts';

const isFormat = (v: unknown): boolean => v === 'json' || v === 'csv';
const isId = (v: unknown): boolean => isString(v) && v.length > 0 && v.length <= 200;

/** Shapes only: the entries themselves are validated by the core glossary checker. */
export const glossaryValidators: PayloadValidators<GlossaryRequests> = {
  'glossary/user': (p) => isObject(p),
  'glossary/save-entry': (p) => isObject(p) && isObject(p.entry) && (p.replaces === undefined || isId(p.replaces)),
  'glossary/delete-entry': (p) => isObject(p) && isId(p.id),
  'glossary/set-hidden': (p) => isObject(p) && isId(p.id) && typeof p.hidden === 'boolean',
  // 5 MB of text at most: a reader's glossary, not a corpus.
  'glossary/import': (p) => isObject(p) && isFormat(p.format) && isString(p.text) && p.text.length <= FILE_LIMITS.glossary,
  'glossary/export': (p) => isObject(p) && isFormat(p.format),
};
