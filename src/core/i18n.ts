/**
 * UI strings from the extension's _locales/<lang>/messages.json, looked up in the reader's
 * chosen language. browser.i18n only follows the browser's language, and readers may choose
 * another one (options page), so the UI layers load both message files and use this.
 */
import type { UiLang } from './glossary/types.ts';

export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;
export type UiLangSetting = 'auto' | UiLang;

/** The UI language: the reader's choice, else the browser's language when it is French or English, else English. */
export function resolveUiLang(setting: UiLangSetting, browserLang: string | undefined): UiLang {
  if (setting === 'fr' || setting === 'en') return setting;
  return (browserLang ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export type Translate = (key: string, ...substitutions: Array<string | number>) => string;

/**
 * A translator over one language's messages, with the other as fallback. Placeholders follow
 * the chrome.i18n format ($NAME$ → "$1" → first substitution).
 */
export function createTranslator(messages: LocaleMessages, fallback?: LocaleMessages): Translate {
  return (key, ...subs) => {
    const entry = messages[key] ?? fallback?.[key];
    if (!entry) return key;
    const positional = (s: string): string => s.replace(/\$(\d)/g, (_, d: string) => String(subs[Number(d) - 1] ?? ''));
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const ph = entry.placeholders?.[name.toLowerCase()];
      return ph ? positional(ph.content) : whole;
    });
  };
}
