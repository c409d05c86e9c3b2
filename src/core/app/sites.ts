/**
 * Sites as settings name them: the host a page's URL stands for, and turning Glose off or on
 * for one. One `hostOf` for the whole product, so that the card, the keyboard shortcut, the
 * context menu and the access rules agree on what "this site" is.
 */
import { isSiteDisabled, normalizeSite, type Settings } from '../settings.ts';

/**
 * The site a page's URL stands for: its host without "www." nor port for web pages, "file"
 * for local files, null for anything Glose does not run on (browser pages, data: URLs).
 */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol === 'file:') return 'file';
    return u.protocol === 'http:' || u.protocol === 'https:' ? normalizeSite(u.hostname) || null : null;
  } catch {
    return null;
  }
}

/** The disabled-sites change that turns Glose on or off for a site. */
export function siteEnabledPatch(settings: Settings, host: string, enabled: boolean): Pick<Settings, 'disabledSites'> {
  const site = normalizeSite(host);
  const others = settings.disabledSites.filter((s) => s !== site);
  return { disabledSites: enabled ? others : [...others, site] };
}

/** Turns a site off when it is on, and on when it (or a site it belongs to) is off. */
export function siteTogglePatch(settings: Settings, host: string): Pick<Settings, 'disabledSites'> {
  return siteEnabledPatch(settings, host, isSiteDisabled(settings, host));
}
