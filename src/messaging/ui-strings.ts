/**
 * UI strings for every extension context (card, side panel, options): the reader's chosen
 * language, or the browser's. Lives beside the message types because it is the other thing
 * all extension contexts share and none may import from another.
 */
import { browserLanguage } from './extension-api.ts';
import { createTranslator, resolveUiLang, type LocaleMessages, type Translate, type UiLangSetting } from '../core/i18n.ts';
import type { UiLang } from '../core/glossary/types.ts';
import frMessages from '../../_locales/fr/messages.json' with { type: 'json' };
import enMessages from '../../_locales/en/messages.json' with { type: 'json' };

export interface UiStrings {
  uiLang: UiLang;
  t: Translate;
}

export { browserLanguage };

/** The UI strings in `uiLang`, the other language filling any gap. */
export function translatorFor(uiLang: UiLang): Translate {
  const [main, fallback] = uiLang === 'fr' ? [frMessages, enMessages] : [enMessages, frMessages];
  return createTranslator(main as LocaleMessages, fallback as LocaleMessages, uiLang);
}

export function uiStringsFor(setting: UiLangSetting): UiStrings {
  const uiLang = resolveUiLang(setting, browserLanguage());
  return { uiLang, t: translatorFor(uiLang) };
}
