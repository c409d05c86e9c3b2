/**
 * Payload checks for the requests a content script answers (from Glose's background only, but
 * checked all the same), apart from the background's own so that the content script carries
 * only these.
 */
import type { PayloadValidators } from './router.ts';
import { isObject, isString } from './router.ts';
import type { ToContent } from './protocol.ts';

const isRect = (v: unknown): boolean =>
  isObject(v) && ['x', 'y', 'width', 'height'].every((k) => typeof v[k] === 'number' && Number.isFinite(v[k] as number));

/** A card relayed from an iframe: what it is about and where, or null to hide it. */
export const isRemoteTarget = (v: unknown): boolean =>
  v === null ||
  (isObject(v) && isString(v.entry) && v.entry.length <= 200 && isString(v.match) && isString(v.surface) && v.surface.length <= 500 && isRect(v.rect) &&
    (v.candidates === undefined || (Array.isArray(v.candidates) && v.candidates.length <= 50 && v.candidates.every(isString))) &&
    (v.alternatives === undefined || (Array.isArray(v.alternatives) && v.alternatives.length <= 50 && v.alternatives.every(isString))) &&
    (v.intended === undefined || isString(v.intended)));

export const isId = (v: unknown): boolean => isString(v) && v.length > 0 && v.length <= 200;

export const toContentValidators: PayloadValidators<ToContent> = {
  'content/scroll-to': (p) => isObject(p) && isId(p.entryId),
  'content/report-again': (p) => isObject(p),
  'content/next-mention': (p) => isObject(p) && (p.step === 1 || p.step === -1),
  'content/toggle': (p) => isObject(p),
  'content/settings-changed': (p) => isObject(p),
  'content/remote-card': (p) => isObject(p) && isRemoteTarget(p.target),
  'content/extract-article': (p) => isObject(p),
};
