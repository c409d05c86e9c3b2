/**
 * The real Chrome side panel, opened the way a reader opens it: the toolbar button. Pressing
 * the button from a test needs CDP's Extensions.triggerAction, which Chromium only allows over
 * a pipe connection with --enable-unsafe-extension-debugging: puppeteer-core provides both
 * (page.triggerExtensionAction), so this one test drives Chromium with it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM, DIST_CHROME } from './support/paths.ts';
import { startNewsServer, type NewsServer } from './support/news-server.ts';

let browser: Browser;
let server: NewsServer;
let profile: string;

beforeAll(async () => {
  server = await startNewsServer();
  profile = mkdtempSync(join(tmpdir(), 'glose-pptr-'));
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-extension-debugging', '--lang=fr-FR'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('Chromium: the real side panel', () => {
  it('opens from the toolbar button, on the panel page, listing the page’s names', async () => {
    const id = await browser.installExtension(DIST_CHROME);
    const workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`), { timeout: 20_000 });
    const worker = (await workerTarget.worker())!;
    await expect.poll(() => worker.evaluate('chrome.sidePanel.getPanelBehavior().then((b) => b.openPanelOnActionClick)'), { timeout: 10_000 }).toBe(true);
    const page = await browser.newPage();
    await page.goto(server.url('/source-1.html'));
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('glose')), { timeout: 15_000 });
    const extension = (await browser.extensions()).get(id)!;
    await page.triggerExtensionAction(extension);
    await expect
      .poll(() => worker.evaluate(`chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }).then((cs) => cs.map((c) => c.documentUrl))`), { timeout: 10_000 })
      .toEqual([expect.stringContaining(`chrome-extension://${id}/src/sidepanel/index.html`)]);
    // The panel page itself is a target: it shows this page's entries.
    const panelTarget = await browser.waitForTarget((t) => t.url().includes('/src/sidepanel/index.html'), { timeout: 10_000 });
    const panel = await panelTarget.asPage();
    await panel.waitForSelector('[data-view="page"] li[data-entry="vladimir-putin"]', { timeout: 10_000 });
  });
});
