/**
 * The side panel's data: the tab it follows (the bound `?tab=` or the active tab, following
 * tab switches), that tab's page report and the entries it names, and the settings.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { EntryDetails, PageReport } from '../messaging/shapes.ts';
import { sendToBackground } from '../messaging/client.ts';
import { watchSettings } from '../messaging/settings-client.ts';
import { onPanelMessages } from '../messaging/panel-receiver.ts';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts';

export interface PanelData {
  tabId: number | null;
  report: PageReport | null;
  entries: Map<string, EntryDetails>;
  settings: Settings;
  loading: boolean;
  /** Bumped when the corpus changes, so cross-references refetch. */
  corpusRevision: number;
}

export function usePanelData(boundTabId: number | null): PanelData {
  const [tabId, setTabId] = useState<number | null>(boundTabId);
  const [report, setReport] = useState<PageReport | null>(null);
  const [entries, setEntries] = useState<Map<string, EntryDetails>>(new Map());
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);
  const [corpusRevision, setCorpusRevision] = useState(0);

  useEffect(() => {
    return watchSettings((s, isChange) => {
      setSettings(s);
      // A change redraws the page view in the new style.
      if (isChange) setVersion((v) => v + 1);
    });
  }, []);

  // Follow the active tab unless bound to one.
  useEffect(() => {
    if (boundTabId !== null) return;
    void sendToBackground('tab/active', {}).then((r) => setTabId(r.tabId));
    const onActivated = (info: { tabId: number }): void => setTabId(info.tabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [boundTabId]);

  // Refresh when the background says the tab's report changed.
  useEffect(() => {
    return onPanelMessages({
      'panel/tab-updated': (updated) => {
        if (updated.tabId === tabId) setVersion((v) => v + 1);
      },
      'panel/corpus-changed': () => setCorpusRevision((v) => v + 1),
    });
  }, [tabId]);

  useEffect(() => {
    if (tabId === null) {
      setLoading(false);
      return;
    }
    let cancelled = false;
    setLoading(true);
    void (async () => {
      const r = await sendToBackground('tab/report', { tabId });
      const details = r ? await sendToBackground('entries/get', { ids: r.entries.map((e) => e.entry) }) : [];
      if (cancelled) return;
      setReport(r);
      setEntries(new Map(details.map((d) => [d.entry.id, d])));
      setLoading(false);
    })();
    return () => {
      cancelled = true;
    };
  }, [tabId, version]);

  return { tabId, report, entries, settings, loading, corpusRevision };
}
