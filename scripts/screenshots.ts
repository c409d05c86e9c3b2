/**
 * Screenshots for the README, taken in real Chromium with the built extension (dist/chrome):
 * the hover card on a default source, the side panel's page view and an entry view.
 * Run: npm run build && node --import tsx scripts/screenshots.ts
 */
import { launchChromium } from '../test/e2e/support/chromium.ts';
import { startNewsServer } from '../test/e2e/support/news-server.ts';
import { locateWord } from '../test/e2e/support/page-probes.ts';
import { tabIdFor } from '../test/e2e/support/extension-messages.ts';
import { closedCard } from '../test/e2e/support/closed-card.ts';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
const STORE = `${OUT}store/`;

/**
 * The stores' screenshots: 1280×800 PNG, the size both the Chrome Web Store and addons.mozilla.org
 * ask for (the Web Store takes 1280×800 or 640×400). Each is the article as a reader sees it,
 * with the card, and the panel beside it at its real width, put side by side in a page of that
 * size.
 */
async function storeScreenshots(article: Page, panel: Page, tabId: number): Promise<void> {
  mkdirSync(STORE, { recursive: true });
  const shots: Array<{ name: string; query: string; word: string; wait: string }> = [
    { name: '1-card-and-page-names', query: `tab=${tabId}`, word: 'Kim Yo Jong', wait: '[data-view="page"] li[data-entry]' },
    { name: '2-entry-with-sources', query: `tab=${tabId}&entry=kim-jong-un`, word: 'Kim Jong Un', wait: '[data-view="entry"] [data-role="xref"] li[data-source]' },
  ];
  for (const shot of shots) {
    await article.setViewportSize({ width: 880, height: 800 });
    await article.bringToFront();
    await article.mouse.move(5, 5);
    await article.waitForTimeout(400);
    // The name near the top, so that the card opens below it with the text around in view.
    const first = (await article.evaluate(locateWord, shot.word))!;
    await article.evaluate((dy) => window.scrollBy(0, dy), first.y - 160);
    await article.waitForTimeout(200);
    const p = (await article.evaluate(locateWord, shot.word))!;
    await article.mouse.move(p.x - 3, p.y + 25);
    await article.mouse.move(p.x, p.y, { steps: 4 });
    await closedCard(article).waitFor({ state: 'visible' });
    await article.waitForTimeout(300);
    const left = (await article.screenshot()).toString('base64');
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${(new URL(panel.url())).host}/src/sidepanel/index.html?${shot.query}`);
    await panel.locator(shot.wait).first().waitFor();
    await panel.waitForTimeout(300);
    const right = (await panel.screenshot()).toString('base64');
    const board = await article.context().newPage();
    await board.setViewportSize({ width: 1280, height: 800 });
    await board.setContent(`<body style="margin:0;display:flex;background:#fff"><img src="data:image/png;base64,${left}" width="880" height="800"><img src="data:image/png;base64,${right}" width="400" height="800" style="border-left:1px solid #ccc;box-sizing:border-box"></body>`);
    await board.screenshot({ path: `${STORE}${shot.name}.png` });
    await board.close();
  }
  console.log('store screenshots (1280×800) written to docs/screenshots/store/');
}
const server = await startNewsServer();
const browser = await launchChromium();
try {
  const article = await browser.context.newPage();
  await article.setViewportSize({ width: 1000, height: 720 });
  await article.goto(server.url('/source-1.html'));
  const tabId = await tabIdFor(browser.worker, server.url('/source-1.html'));
  await article.waitForTimeout(500);
  const p = (await article.evaluate(locateWord, 'Anrus Senat'))!;
  await article.mouse.move(p.x - 3, p.y + 25);
  await article.mouse.move(p.x, p.y, { steps: 4 });
  await closedCard(article).waitFor({ state: 'visible' });
  await article.waitForTimeout(300);
  await article.screenshot({ path: `${OUT}card.png` });

  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/src/sidepanel/index.html?tab=${tabId}`);
  await panel.locator('[data-view="page"] li[data-entry]').first().waitFor();
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: `${OUT}panel-page.png` });
  await panel.goto(`chrome-extension://${browser.extensionId}/src/sidepanel/index.html?tab=${tabId}&entry=kim-jong-un`);
  await panel.locator('[data-view="entry"] [data-role="xref"] li[data-source]').first().waitFor();
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: `${OUT}panel-entry.png`, fullPage: true });
  console.log('screenshots written to docs/screenshots/');
  await storeScreenshots(article, panel, tabId);
} finally {
  await browser.close();
  await server.close();
}
