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
 *
 * Counts: a message that varies with a number is stored as `key_one`, `key_other` (and any
 * other category Intl.PluralRules gives for the language: CLDR plural rules, where French puts
 * 0 and 1 in "one" and English only 1). `t('key', n, …)` picks the form from the first number
 * among the substitutions, so callers never choose a form themselves. Numbers are written in
 * the language's way (« 1 234 » in French, "1,234" in English): pass a year or an id as text.
 */
export function createTranslator(messages: LocaleMessages, fallback?: LocaleMessages, lang?: UiLang): Translate {
  const rules = lang ? new Intl.PluralRules(lang) : null;
  const numbers = lang ? new Intl.NumberFormat(lang) : null;
  const shown = (s: string | number | undefined): string => (typeof s === 'number' && numbers ? numbers.format(s) : String(s ?? ''));
  const lookup = (key: string, subs: Array<string | number>): LocaleMessage | undefined => {
    const direct = messages[key] ?? fallback?.[key];
    if (direct) return direct;
    const count = subs.find((s): s is number => typeof s === 'number');
    const category = count === undefined ? 'other' : (rules ?? new Intl.PluralRules('en')).select(count);
    return messages[`${key}_${category}`] ?? messages[`${key}_other`] ?? fallback?.[`${key}_${category}`] ?? fallback?.[`${key}_other`];
  };
  return (key, ...subs) => {
    const entry = lookup(key, subs);
    if (!entry) return key;
    const positional = (s: string): string => s.replace(/\$(\d)/g, (_, d: string) => shown(subs[Number(d) - 1]));
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const ph = entry.placeholders?.[name.toLowerCase()];
      return ph ? positional(ph.content) : whole;
    });
  };
}
