/**
 * The content script in real Firefox ESR: highlights on a default source and the hover card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchFirefox } from './support/firefox.ts';
import { startNewsServer, type NewsServer } from './support/news-server.ts';
import { countGloseHighlights, locateWord } from './support/page-probes.ts';
import { firefoxCardText } from './support/closed-card-firefox.ts';

let browser: Browser;
let server: NewsServer;

beforeAll(async () => {
  server = await startNewsServer();
  browser = await launchFirefox();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox ESR: the content script', () => {
  it('highlights the names of a default source and shows the card for Aurus', async () => {
    const page = await browser.newPage();
    // Window size comes from the launch arguments (see support/firefox.ts).
    await page.goto(server.url('/source-1.html'));
    await page.waitForFunction(
      () => {
        let n = 0;
        for (const [k, h] of CSS.highlights) if (k.startsWith('glose')) n += (h as Highlight).size;
        return n >= 10;
      },
      { timeout: 30_000 },
    );
    const found = await page.evaluate(countGloseHighlights);
    expect(found.ranges).toBeGreaterThanOrEqual(10);
    expect(found.texts).toContain('Aurus');

    const point = await page.evaluate(locateWord, 'Aurus');
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x - 30, point!.y + 30);
    await page.mouse.move(point!.x, point!.y, { steps: 4 });
    let name: string | null = null;
    for (const end = Date.now() + 15_000; Date.now() < end && !name; await new Promise((r) => setTimeout(r, 100))) {
      name = await firefoxCardText(page, '.card .name');
    }
    expect(name).toMatch(/Aurus/);
    await page.close();
  }, 60_000);
});
