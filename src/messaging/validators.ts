/**
 * Payload checks for every request the background answers: messages come from content
 * scripts running in untrusted pages, so each field is checked before a handler sees it.
 * The checks of requests to content scripts are in content-validators.ts, which the content
 * script imports without the background's.
 */
import type { PayloadValidators } from './router.ts';
import { isObject, isString, isTabId } from './router.ts';
import type { BaseRequests, ToBackground } from './protocol.ts';
import { panelValidators } from './panel-validators.ts';
import { isContentPart } from './content-parts.ts';
import { glossaryValidators } from './glossary-validators.ts';
import { corpusValidators } from './corpus-validators.ts';
import { isId, isRemoteTarget } from './content-validators.ts';

export { toContentValidators } from './content-validators.ts';

const isUiLang = (v: unknown): boolean => v === undefined || v === 'fr' || v === 'en';

const baseValidators: PayloadValidators<BaseRequests> = {
  'page/setup': (p) => isObject(p) && isString(p.url) && p.url.length < 10_000,
  'page/report': (p) =>
    isObject(p) && isString(p.url) && isString(p.title) && (p.lang === 'fr' || p.lang === 'en') &&
    Array.isArray(p.entries) && p.entries.length <= 5000 && typeof p.total === 'number',
  'page/language': (p) => isObject(p) && isString(p.sample) && p.sample.length <= 10_000 && isString(p.declared) && p.declared.length <= 100,
  'entry/get': (p) => isObject(p) && isId(p.id) && isUiLang(p.uiLang) && (p.date === undefined || (isString(p.date) && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(p.date))),
  'entries/get': (p) => isObject(p) && Array.isArray(p.ids) && p.ids.length <= 5000 && p.ids.every(isId) && isUiLang(p.uiLang),
  'settings/get': (p) => isObject(p),
  'settings/update': (p) => isObject(p) && isObject(p.patch),
  'site/set-enabled': (p) => isObject(p) && isString(p.host) && typeof p.enabled === 'boolean',
  'tab/report': (p) => isObject(p) && isTabId(p.tabId),
  'tab/active': (p) => isObject(p),
  'panel/open': (p) => isObject(p) && (p.entryId === undefined || isId(p.entryId)),
  'frame/card': (p) => isObject(p) && isRemoteTarget(p.target),
  'part/load': (p) => isObject(p) && isContentPart(p.part),
  'page/link-choices': (p) => isObject(p) && isString(p.url) && p.url.length < 10_000,
  'page/choose-link': (p) => isObject(p) && isString(p.url) && p.url.length < 10_000 && isString(p.surface) && p.surface.length > 0 && p.surface.length <= 300 && isId(p.entry),
};

export const toBackgroundValidators: PayloadValidators<ToBackground> = { ...baseValidators, ...panelValidators, ...corpusValidators, ...glossaryValidators };
