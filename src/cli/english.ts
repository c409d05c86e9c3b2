/**
 * The CLI speaks English, in the same words as the extension's English UI: problems come from
 * core as codes and are worded here through _locales/en, the one table of English messages.
 */
import { createTranslator, type LocaleMessages } from '../core/i18n.ts';
import { problemText, type Problem } from '../core/problems.ts';
import enMessages from '../../_locales/en/messages.json' with { type: 'json' };

export const english = createTranslator(enMessages as LocaleMessages, undefined, 'en');

/** A problem's message in English ("is required", "not valid JSON"). */
export function englishProblem(p: Problem): string {
  return problemText(p, english);
}
