/**
 * Romanisation styles as the reader moves through them: which style an entry is shown in
 * (Korean names in the Korean style, Russian and Ukrainian in the Russian one), the i18n key
 * of its label, and the next style of a cycle (the card's button, Alt+Shift+K).
 */
import type { GlossaryEntry } from '../glossary/types.ts';
import { KOREAN_STYLE_IDS, RUSSIAN_STYLE_IDS, type Settings } from '../settings.ts';

export type StyleFamily = 'korean' | 'russian';

/** The style setting that decides how an entry is written, or null (no original script to romanise). */
export function styleFamilyOf(entry: GlossaryEntry): StyleFamily | null {
  const lang = entry.script?.lang;
  return lang === 'ko' ? 'korean' : lang === 'ru' || lang === 'uk' ? 'russian' : null;
}

/** The UI string key naming the style an entry is shown in (`styleKorean_ala_lc`), or null. */
export function styleLabelKey(entry: GlossaryEntry, settings: Settings): string | null {
  const family = styleFamilyOf(entry);
  if (!family) return null;
  const key = family === 'korean' ? `styleKorean_${settings.koreanStyle}` : `styleRussian_${settings.russianStyle}`;
  return key.replace(/-/g, '_');
}

/** The settings change that moves one family to its next style, wrapping round. */
export function nextStyle(settings: Settings, family: StyleFamily): Partial<Settings> {
  return family === 'korean' ? { koreanStyle: after(KOREAN_STYLE_IDS, settings.koreanStyle) } : { russianStyle: after(RUSSIAN_STYLE_IDS, settings.russianStyle) };
}

const after = <T>(list: readonly T[], current: T): T => list[(list.indexOf(current) + 1) % list.length]!;
