/**
 * What content scripts are told when the settings change. A page sees only whether its own site
 * is turned off or forced on, so a change of sites comes without values (each frame asks for its
 * own view); any other change (a style switch, the UI language) comes with the new values, and
 * the frame redraws without asking back.
 */
import { normalizeSettings, type Settings } from '../settings.ts';

export function settingsNews(oldValue: unknown, newValue: unknown): { changes?: Partial<Settings> } {
  const before = normalizeSettings(oldValue);
  const after = normalizeSettings(newValue);
  const changed = (Object.keys(after) as Array<keyof Settings>).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (changed.includes('disabledSites') || changed.includes('forcedSites')) return {};
  return { changes: Object.fromEntries(changed.map((k) => [k, after[k]])) as Partial<Settings> };
}
