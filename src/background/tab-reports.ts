/**
 * What each tab's content script found, kept for the side panel and the toolbar badge.
 * Mirrored to storage.session so that a restarted service worker still knows.
 */
import browser from 'webextension-polyfill';
import type { PageReport } from '../messaging/shapes.ts';

const key = (tabId: number): string => `report:${tabId}`;

export class TabReports {
  readonly #reports = new Map<number, PageReport>();

  async set(tabId: number, report: PageReport): Promise<void> {
    this.#reports.set(tabId, report);
    await browser.storage.session?.set({ [key(tabId)]: report }).catch(() => undefined);
    await updateBadge(tabId, report.total);
  }

  async get(tabId: number): Promise<PageReport | null> {
    const cached = this.#reports.get(tabId);
    if (cached) return cached;
    const stored = await browser.storage.session?.get(key(tabId)).catch(() => undefined);
    const report = (stored?.[key(tabId)] as PageReport | undefined) ?? null;
    if (report) this.#reports.set(tabId, report);
    return report;
  }

  async clear(tabId: number): Promise<void> {
    this.#reports.delete(tabId);
    await browser.storage.session?.remove(key(tabId)).catch(() => undefined);
  }
}

async function updateBadge(tabId: number, total: number): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#115e59' });
    await browser.action.setBadgeText({ tabId, text: total > 0 ? (total > 999 ? '999+' : String(total)) : '' });
  } catch {
    // The tab may be gone already.
  }
}
