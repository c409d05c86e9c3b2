/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with dist/firefox
 * installed as a temporary add-on (playwright-core cannot drive Debian's Firefox).
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { DIST_FIREFOX, FIREFOX } from './paths.ts';

export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    // Firefox ESR 140's BiDi lacks emulation.setScreenOrientationOverride, which puppeteer's
    // default viewport emulation sends: keep the window's own size instead.
    defaultViewport: null,
    args: ['--width=1200', '--height=900'],
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
    },
  });
  await browser.installExtension(DIST_FIREFOX);
  return browser;
}
