/**
 * Payload checks for every request the background answers: messages come from content
 * scripts running in untrusted pages, so each field is checked before a handler sees it.
 */
import type { PayloadValidators } from './router.ts';
import { isObject, isString, isTabId } from './router.ts';
import type { BaseContentRequests, BaseRequests, ToBackground, ToContent } from './protocol.ts';
import { panelValidators } from './panel-validators.ts';
import { glossaryValidators } from './glossary-validators.ts';
import { corpusContentValidators, corpusValidators } from './corpus-validators.ts';

const isRect = (v: unknown): boolean =>
  isObject(v) && ['x', 'y', 'width', 'height'].every((k) => typeof v[k] === 'number' && Number.isFinite(v[k] as number));
const isRemoteTarget = (v: unknown): boolean =>
  v === null ||
  (isObject(v) && isString(v.entry) && v.entry.length <= 200 && isString(v.match) && isString(v.surface) && v.surface.length <= 500 && isRect(v.rect) &&
    (v.candidates === undefined || (Array.isArray(v.candidates) && v.candidates.length <= 50 && v.candidates.every(isString))) &&
    (v.intended === undefined || isString(v.intended)));

const isUiLang = (v: unknown): boolean => v === undefined || v === 'fr' || v === 'en';
const isId = (v: unknown): boolean => isString(v) && v.length > 0 && v.length <= 200;

const baseValidators: PayloadValidators<BaseRequests> = {
  'page/setup': (p) => isObject(p) && isString(p.url) && p.url.length < 10_000,
  'page/report': (p) =>
    isObject(p) && isString(p.url) && isString(p.title) && (p.lang === 'fr' || p.lang === 'en') &&
    Array.isArray(p.entries) && p.entries.length <= 5000 && typeof p.total === 'number',
  'page/language': (p) => isObject(p) && isString(p.sample) && p.sample.length <= 10_000 && isString(p.declared) && p.declared.length <= 100,
  'entry/get': (p) => isObject(p) && isId(p.id) && isUiLang(p.uiLang),
  'entries/get': (p) => isObject(p) && Array.isArray(p.ids) && p.ids.length <= 5000 && p.ids.every(isId) && isUiLang(p.uiLang),
  'settings/get': (p) => isObject(p),
  'settings/update': (p) => isObject(p) && isObject(p.patch),
  'site/set-enabled': (p) => isObject(p) && isString(p.host) && typeof p.enabled === 'boolean',
  'tab/report': (p) => isObject(p) && isTabId(p.tabId),
  'tab/active': (p) => isObject(p),
  'panel/open': (p) => isObject(p) && (p.entryId === undefined || isId(p.entryId)),
  'frame/card': (p) => isObject(p) && isRemoteTarget(p.target),
};

const baseContentValidators: PayloadValidators<BaseContentRequests> = {
  'content/scroll-to': (p) => isObject(p) && isId(p.entryId),
  'content/report-again': (p) => isObject(p),
  'content/next-mention': (p) => isObject(p) && (p.step === 1 || p.step === -1),
  'content/toggle': (p) => isObject(p),
  'content/settings-changed': (p) => isObject(p),
  'content/remote-card': (p) => isObject(p) && isRemoteTarget(p.target),
};

export const toBackgroundValidators: PayloadValidators<ToBackground> = { ...baseValidators, ...panelValidators, ...corpusValidators, ...glossaryValidators };
export const toContentValidators: PayloadValidators<ToContent> = { ...baseContentValidators, ...corpusContentValidators };
