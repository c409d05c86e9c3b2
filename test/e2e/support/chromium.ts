/**
 * Debian's Chromium driven by playwright-core, with the built extension (dist/chrome) loaded.
 * Flags as in shared/docs/browser-testing.md: playwright always passes --disable-extensions,
 * hence --disable-extensions-except; background networking off so nothing leaves the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM, DIST_CHROME } from './paths.ts';

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close: () => Promise<void>;
}

/** `userDataDir`: a profile folder of the test's own (a small disk, say), left in place on close. */
export async function launchChromium(options: { locale?: string; userDataDir?: string } = {}): Promise<ChromiumWithExtension> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'glose-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.locale ?? 'fr-FR',
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${DIST_CHROME}`,
      `--load-extension=${DIST_CHROME}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Lets a test press the toolbar button through CDP (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
      '--disable-default-apps',
      '--disable-features=MediaRouter,OptimizationHints,Translate',
      `--lang=${options.locale ?? 'fr-FR'}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
