/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with dist/firefox
 * installed as a temporary add-on (playwright-core cannot drive Debian's Firefox).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DIST_FIREFOX, FIREFOX } from './paths.ts';

/** The add-on's id (vite.config.ts) and the internal UUID the tests give it, for moz-extension:// URLs. */
export const GECKO_ID = 'glose@glose.app';
export const FIREFOX_EXTENSION_UUID = '6f1d2b1e-8c3a-4e55-9a2b-1c0d5e7f9a10';
export const firefoxExtensionUrl = (path: string): string => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;

export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    // Firefox ESR 140's BiDi lacks emulation.setScreenOrientationOverride, which puppeteer's
    // default viewport emulation sends: keep the window's own size instead.
    defaultViewport: null,
    // --remote-allow-system-access: BiDi may then navigate a tab to the add-on's own pages
    // (moz-extension://), as a reader opens them; web pages still cannot.
    args: ['--width=1200', '--height=900', '--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Keep Firefox from reaching the network for updates, telemetry or remote settings.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'intl.accept_languages': 'fr-FR, fr',
      'intl.locale.requested': 'fr-FR',
      // Firefox gives each add-on a random internal UUID; fixing it lets tests open its pages.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  await browser.installExtension(DIST_FIREFOX);
  return browser;
}

/**
 * Opens one of the add-on's own pages (moz-extension://) in a new tab, as a reader's click
 * would. puppeteer's goto waits for a load event BiDi does not report for these pages, so the
 * tab is navigated with a raw BiDi command and the document awaited directly.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const frame = page.mainFrame() as unknown as { _id: string; browsingContext: { userContext: { browser: { session: { send(m: string, p: object): Promise<unknown> } } } } };
  await frame.browsingContext.userContext.browser.session.send('browsingContext.navigate', { context: frame._id, url: firefoxExtensionUrl(path), wait: 'none' });
  const end = Date.now() + 15_000;
  for (;;) {
    const ready = await page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false);
    if (ready) return page;
    if (Date.now() > end) throw new Error(`extension page ${path} did not load`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The id of the tab showing `url`, from the reports content scripts leave in storage.session. */
export async function firefoxTabIdFor(extensionPage: Page, url: string, timeoutMs = 15_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const id = await extensionPage.evaluate(async (u) => {
      const all = (await (globalThis as unknown as { browser: { storage: { session: { get(k: null): Promise<Record<string, { url?: string }>> } } } }).browser.storage.session.get(null)) ?? {};
      for (const [key, value] of Object.entries(all)) if (key.startsWith('report:') && value?.url === u) return Number(key.slice(7));
      return -1;
    }, url);
    if (id >= 0) return id;
    if (Date.now() > end) throw new Error(`no tab reported ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Reads `fn` every 100 ms until `ok` holds or `timeout` passes; returns the last reading. */
export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}
