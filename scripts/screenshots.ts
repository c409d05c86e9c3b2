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

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
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
} finally {
  await browser.close();
  await server.close();
}
