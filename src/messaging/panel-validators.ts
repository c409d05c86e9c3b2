import type { PayloadValidators } from './router.ts';
import { isObject, isString, isTabId } from './router.ts';
import type { PanelRequests } from './panel-protocol.ts';

const isUiLang = (v: unknown): boolean => v === undefined || v === 'fr' || v === 'en';

export const panelValidators: PayloadValidators<PanelRequests> = {
  'panel/entry': (p) => isObject(p) && isString(p.id) && p.id.length <= 200 && isUiLang(p.uiLang),
  'panel/search': (p) =>
    isObject(p) && isString(p.query) && p.query.length <= 500 && isUiLang(p.uiLang) &&
    (p.limit === undefined || (Number.isInteger(p.limit) && (p.limit as number) > 0 && (p.limit as number) <= 200)),
  'panel/scroll-to': (p) => isObject(p) && isTabId(p.tabId) && isString(p.entryId),
};
