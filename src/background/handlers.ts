/**
 * The background's answers to every request of the ToBackground map.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { BaseRequests, EntryDetails, Handlers } from '../messaging/protocol.ts';
import { broadcastToPanels, sendToTab } from '../messaging/client.ts';
import { CONTENT_PARTS } from '../messaging/content-parts.ts';
import { isSiteDisabled, normalizeSite, type Settings } from '../core/settings.ts';
import { resolveUiLang } from '../core/i18n.ts';
import { browserLanguage } from '../messaging/ui-strings.ts';
import { formatName } from '../core/glossary/display.ts';
import type { GlossaryEntry, UiLang } from '../core/glossary/types.ts';
import { ensureGlossary, getEntry } from './glossary-store.ts';
import { loadSettings, updateSettings } from './settings-store.ts';
import { getReport, setReport } from './tab-reports.ts';
import { openPanel } from './side-panel.ts';
import { settingsFor } from './callers.ts';
import { detectLanguage } from '../core/text/language.ts';
import { chooseLink, choicesFor } from './link-choices-store.ts';
import { officesHeldAt } from '../core/glossary/roles.ts';

export const PENDING_ENTRY_KEY = 'panel:pending-entry';

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : u.protocol === 'file:' ? 'file' : null;
  } catch {
    return null;
  }
}

export function details(entry: GlossaryEntry, settings: Settings, uiLang: UiLang): EntryDetails {
  return {
    entry,
    display: formatName(entry, { korean: settings.koreanStyle, russian: settings.russianStyle }, uiLang),
  };
}

export const uiLangFor = (settings: Settings, asked: UiLang | undefined): UiLang =>
  asked ?? resolveUiLang(settings.uiLang, browserLanguage());

export const baseHandlers: Handlers<BaseRequests, Runtime.MessageSender> = {
  async 'page/setup'({ url }, sender) {
    const settings = settingsFor(await loadSettings(), sender);
    const host = hostOf(url);
    if (host === null) return { enabled: false, settings, reason: 'unsupported' };
    if (isSiteDisabled(settings, host)) return { enabled: false, settings, reason: 'site-disabled' };
    const g = await ensureGlossary();
    return { enabled: true, settings, table: g.table, types: g.types, glossaryVersion: g.version };
  },

  async 'page/report'(report, sender) {
    const tabId = sender.tab?.id;
    // Only the top frame speaks for the tab; iframes report through it in a later layer.
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return { ok: true };
    await setReport(tabId, { ...report, at: Date.now() });
    await broadcastToPanels('panel/tab-updated', { tabId });
    return { ok: true };
  },

  'page/language': ({ sample, declared }) => ({ lang: detectLanguage(sample, declared) }),

  'page/link-choices': async ({ url }) => ({ choices: await choicesFor(url) }),

  async 'page/choose-link'({ url, surface, entry }) {
    await ensureGlossary();
    if (!getEntry(entry)) return { ok: false };
    await chooseLink(url, surface, entry);
    return { ok: true };
  },

  async 'entry/get'({ id, uiLang, date }) {
    await ensureGlossary();
    const entry = getEntry(id);
    if (!entry) return null;
    const settings = await loadSettings();
    const offices = officesHeldAt(entry, date, getEntry);
    return { ...details(entry, settings, uiLangFor(settings, uiLang)), ...(offices.length ? { offices } : {}) };
  },

  async 'entries/get'({ ids, uiLang }) {
    await ensureGlossary();
    const settings = await loadSettings();
    const lang = uiLangFor(settings, uiLang);
    return ids.flatMap((id) => {
      const entry = getEntry(id);
      return entry ? [details(entry, settings, lang)] : [];
    });
  },

  'settings/get': async (_, sender) => settingsFor(await loadSettings(), sender),

  'settings/update': async ({ patch }, sender) => settingsFor(await updateSettings(patch), sender),

  async 'site/set-enabled'({ host, enabled }, sender) {
    const settings = await loadSettings();
    const site = normalizeSite(host);
    const others = settings.disabledSites.filter((s) => s !== site);
    return settingsFor(await updateSettings({ disabledSites: enabled ? others : [...others, site] }), sender);
  },

  'tab/report': ({ tabId }) => getReport(tabId),

  async 'tab/active'() {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return { tabId: tab?.id ?? null };
  },

  async 'frame/card'({ target }, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !sender.frameId) return { ok: false };
    await sendToTab(tabId, 'content/remote-card', { target }, 0).catch(() => undefined);
    return { ok: true };
  },

  async 'part/load'({ part }, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false };
    // Into the asking document only (Chrome names it; Firefox has the frame), never another.
    const { documentId } = sender as { documentId?: string };
    const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
    await browser.scripting.executeScript({ target: target as { tabId: number; frameIds: number[] }, files: [CONTENT_PARTS[part]] });
    return { ok: true };
  },

  async 'panel/open'({ entryId }, sender) {
    // Open first: the user gesture that allows it does not survive an await.
    const opened = openPanel(sender.tab?.id, sender.tab?.windowId, entryId);
    if (entryId) {
      await browser.storage.session?.set({ [PENDING_ENTRY_KEY]: entryId }).catch(() => undefined);
      await broadcastToPanels('panel/show-entry', { entryId });
    }
    return { ok: await opened };
  },
};
