/**
 * Correcting a link (issue 19), in real Chromium with the built extension: a bare « Kim » linked
 * by context to Kim Yo-jong; the reader picks Kim Jong-un on the card; the name is re-linked on
 * the page (the card and the tab's report for the side panel say so), and the choice is
 * remembered: after a reload the same « Kim » opens as Kim Jong-un.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import { newsPage, startNewsServer, type NewsServer } from './support/news-server.ts';
import { closedCard } from './support/closed-card.ts';
import { locateWord } from './support/page-probes.ts';
import { tabIdFor, updateSettings } from './support/extension-messages.ts';

let browser: ChromiumWithExtension;
let server: NewsServer;

const TEXT = [
  'Kim a menacé Séoul mardi soir dans un communiqué diffusé par les médias officiels.',
  'Kim Yo-jong, la sœur de Kim Jong-un, a dénoncé les ballons envoyés par des militants depuis la Corée du Sud.',
  'Pyongyang a promis une réponse « ferme » si les lancers continuaient le long de la frontière.',
].join('\n');

beforeAll(async () => {
  server = await startNewsServer();
  server.setPage('/kim.html', newsPage('Nouvelles menaces de Pyongyang', TEXT));
  server.setPage(
    '/shoigu-2023.html',
    newsPage('Visite à Pyongyang', 'Le ministre russe de la Défense, Sergueï Choïgou, est arrivé à Pyongyang pour les commémorations de l’armistice.', 'fr', '<meta property="article:published_time" content="2023-07-26T09:00:00+09:00">'),
  );
  browser = await launchChromium();
  // Every mention painted: the headline's « Kim » (settled after the full names) is a repeat in its section by default.
  await updateSettings(browser.worker, { marks: 'every', markWorld: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openCardOnFirstKim(page: Page): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('glose')), null, { timeout: 20_000 });
  const p = (await page.evaluate(locateWord, 'Kim'))!;
  await page.mouse.move(p.x - 3, p.y + 25);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  await closedCard(page).waitFor({ state: 'visible', timeout: 10_000 });
}

async function reportCounts(tabId: number): Promise<Record<string, number>> {
  return browser.worker.evaluate(async (id) => {
    const g = globalThis as unknown as { chrome: { storage: { session: { get: (k: string) => Promise<Record<string, { entries: Array<{ entry: string; count: number }> }>> } } } };
    const report = (await g.chrome.storage.session.get(`report:${id}`))[`report:${id}`];
    return Object.fromEntries((report?.entries ?? []).map((e) => [e.entry, e.count]));
  }, tabId);
}

describe('Chromium: the card at the article’s date', () => {
  it('says the office the person held on the page’s date', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/shoigu-2023.html'), { waitUntil: 'load' });
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('glose')), null, { timeout: 20_000 });
    const p = (await page.evaluate(locateWord, 'Choïgou'))!;
    await page.mouse.move(p.x - 3, p.y + 25);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    await closedCard(page).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await closedCard(page).getAttribute('data-entry')).toBe('sergei-shoigu');
    const offices = await closedCard(page).locator('.offices').textContent();
    expect(offices).toMatch(/Défense/);
    expect(offices).toMatch(/2012/);
    expect(offices).toMatch(/2024/);
    await page.close();
  }, 60_000);
});

describe('Chromium: correcting a link', () => {
  it('re-links the name on the page and in the report, and remembers the choice for the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/kim.html'), { waitUntil: 'load' });
    await openCardOnFirstKim(page);
    expect(await closedCard(page).getAttribute('data-entry')).toBe('kim-yo-jong');
    const tabId = await tabIdFor(browser.worker, server.url('/kim.html'));
    const before = await reportCounts(tabId);
    expect(before['kim-yo-jong']).toBe(2);
    expect(before['kim-jong-un']).toBe(1);

    // The reader picks Kim Jong-un among the people the name may stand for.
    await closedCard(page).locator('[data-candidate="kim-jong-un"]').click();
    await expect.poll(() => closedCard(page).getAttribute('data-entry'), { timeout: 10_000 }).toBe('kim-jong-un');
    expect(await closedCard(page).locator('[data-candidate="kim-jong-un"]').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => reportCounts(tabId), { timeout: 10_000 }).toMatchObject({ 'kim-yo-jong': 1, 'kim-jong-un': 2 });

    // Remembered for the page: after a reload the same « Kim » opens as Kim Jong-un.
    await page.keyboard.press('Escape');
    await page.reload({ waitUntil: 'load' });
    await openCardOnFirstKim(page);
    await expect.poll(() => closedCard(page).getAttribute('data-entry'), { timeout: 10_000 }).toBe('kim-jong-un');
    // Another page keeps its own reading.
    server.setPage('/kim-2.html', newsPage('Autre page', TEXT));
    const other = await browser.context.newPage();
    await other.goto(server.url('/kim-2.html'), { waitUntil: 'load' });
    await openCardOnFirstKim(other);
    expect(await closedCard(other).getAttribute('data-entry')).toBe('kim-yo-jong');
    await other.close();
    await page.close();
  }, 90_000);
});
