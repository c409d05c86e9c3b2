/**
 * Settings as a page's content script sees them: the reader's lists of sites turned off or
 * forced on say where they read, so a page learns only whether its own site is on them.
 */
import { isSiteDisabled, isSiteForced, type Settings } from '../core/settings.ts';

export function settingsForPage(settings: Settings, host: string): Settings {
  return {
    ...settings,
    disabledSites: isSiteDisabled(settings, host) ? [host] : [],
    forcedSites: isSiteForced(settings, host) ? [host] : [],
  };
}
