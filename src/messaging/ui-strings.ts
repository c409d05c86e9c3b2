/**
 * UI strings for every extension context (card, side panel, options): the reader's chosen
 * language, or the browser's. Lives beside the message types because it is the other thing
 * all extension contexts share and none may import from another.
 */
import browser from 'webextension-polyfill';
import { createTranslator, resolveUiLang, type LocaleMessages, type Translate, type UiLangSetting } from '../core/i18n.ts';
import type { UiLang } from '../core/glossary/types.ts';
import frMessages from '../../_locales/fr/messages.json' with { type: 'json' };
import enMessages from '../../_locales/en/messages.json' with { type: 'json' };

export interface UiStrings {
  uiLang: UiLang;
  t: Translate;
}

/**
 * The reader's language as the browser knows it: the first language they accept for content
 * (navigator.language), which a French reader sets even in an English build of the browser;
 * the browser's own UI language otherwise.
 */
export function browserLanguage(): string {
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return nav?.language || browser.i18n.getUILanguage();
}

export function uiStringsFor(setting: UiLangSetting): UiStrings {
  const uiLang = resolveUiLang(setting, browserLanguage());
  const [main, fallback] = uiLang === 'fr' ? [frMessages, enMessages] : [enMessages, frMessages];
  return { uiLang, t: createTranslator(main as LocaleMessages, fallback as LocaleMessages, uiLang) };
}
