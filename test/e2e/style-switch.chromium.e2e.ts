/**
 * What a style switch costs, in real Chromium: from the options page's select to the hover card
 * redrawn on an open tab. Counts the messages that cross between the tab and the worker for one
 * switch (both directions), and times the switch (both pages' clocks on the epoch, the redraw
 * seen by a MutationObserver on the card's shadow root). Prints the figures; asserts the redraw.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import { startNewsServer, type NewsServer } from './support/news-server.ts';
import { locateWord } from './support/page-probes.ts';
import { closedCard, inCard } from './support/closed-card.ts';

let browser: ChromiumWithExtension;
let server: NewsServer;
let options: Page;

beforeAll(async () => {
  server = await startNewsServer();
  browser = await launchChromium();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await options.locator('h1').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** In the worker: every message it receives, and every one it sends to a tab, by type. */
async function countMessages(): Promise<void> {
  await browser.worker.evaluate(() => {
    const g = globalThis as unknown as {
      __seen: string[];
      chrome: { runtime: { onMessage: { addListener(l: (m: { type?: string }) => void): void } }; tabs: { sendMessage: (...a: unknown[]) => unknown } };
    };
    g.__seen = [];
    g.chrome.runtime.onMessage.addListener((m) => void g.__seen.push(`in ${m?.type}`));
    const send = g.chrome.tabs.sendMessage.bind(g.chrome.tabs);
    g.chrome.tabs.sendMessage = (...a: unknown[]) => {
      g.__seen.push(`out ${(a[1] as { type?: string }).type}`);
      return send(...a);
    };
  });
}

const seen = (): Promise<string[]> => browser.worker.evaluate(() => (globalThis as unknown as { __seen: string[] }).__seen.splice(0));

/** Watches the card for `expected` in its name; the epoch time it appeared lands on window.__redrawAt. */
const WATCH = `function (expected) {
  const root = this;
  window.__redrawAt = null;
  const observer = new MutationObserver(() => {
    if (root.querySelector('.name')?.textContent === expected) {
      window.__redrawAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
}`;

async function switchTo(page: Page, style: string, expected: string): Promise<{ ms: number; messages: string[] }> {
  await inCard(page, WATCH, expected);
  await seen();
  const started = await options.evaluate((value) => {
    const select = document.querySelector('select[data-setting="koreanStyle"]') as HTMLSelectElement;
    select.value = value;
    const at = performance.timeOrigin + performance.now();
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return at;
  }, style);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __redrawAt: number | null }).__redrawAt), { timeout: 10_000, interval: 20 }).not.toBeNull();
  const redrawn = await page.evaluate(() => (window as unknown as { __redrawAt: number }).__redrawAt);
  // Let late requests (the corpus count, other entries) land before counting.
  await new Promise((r) => setTimeout(r, 300));
  return { ms: redrawn - started, messages: await seen() };
}

describe('Chromium: a style switch from the options page', () => {
  it('redraws the open card; prints the messages and the time it took', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/source-2.html'));
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('glose')), null, { timeout: 15_000 });
    const point = await page.evaluate(locateWord, 'Kim Jong-un');
    await page.mouse.move(point!.x, point!.y, { steps: 3 });
    const name = closedCard(page).locator('.name');
    await name.waitFor({ state: 'visible' });
    await expect.poll(() => name.textContent()).toBe('Kim Jong-un');
    await countMessages();

    const runs: Array<{ ms: number; messages: string[] }> = [];
    for (let i = 0; i < 6; i++) runs.push(i % 2 === 0 ? await switchTo(page, 'mr', 'Kim Chŏngŭn') : await switchTo(page, 'press', 'Kim Jong-un'));
    const times = runs.map((r) => r.ms).sort((a, b) => a - b);
    const median = (times[2]! + times[3]!) / 2;
    console.log(`style switch: ${runs[0]!.messages.length} messages (${runs[0]!.messages.join(', ')}); options → card redrawn: median ${median.toFixed(1)} ms (${times.map((t) => t.toFixed(1)).join(', ')})`);
    expect(await name.textContent()).toBe('Kim Jong-un');
    await page.close();
  });
});
