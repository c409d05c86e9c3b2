/**
 * The same settings in real Firefox ESR, on the realistic news page: by default only the
 * article's body is marked, each name once per section; every mention, and the whole page, when
 * the reader says so (set as the options page does, through the background).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, until } from './support/firefox.ts';
import { startNewsServer, type NewsServer } from './support/news-server.ts';
import { paintedPlaces, PERSON_OF, REALISTIC_PAGE } from './support/realistic-page.ts';

let browser: Browser;
let server: NewsServer;

beforeAll(async () => {
  server = await startNewsServer();
  server.setPage('/realistic.html', REALISTIC_PAGE);
  browser = await launchFirefox();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function updateSettings(extensionPage: Page, patch: Record<string, unknown>): Promise<void> {
  await extensionPage.evaluate(
    (p) => (globalThis as unknown as { browser: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'settings/update', payload: { patch: p } }),
    patch,
  );
}

describe('Firefox ESR: what is marked and where', () => {
  it('marks the body only, each name once per section, and follows the reader’s settings', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/realistic.html'));
    await until(() => page.evaluate(() => performance.getEntriesByName('glose:page-read').length), (n) => n > 0);
    await new Promise((r) => setTimeout(r, 500));
    const places = await page.evaluate(paintedPlaces);
    expect(places.length).toBeGreaterThan(0);
    expect(places.filter((p) => p.zone !== 'body')).toEqual([]);
    const counts = new Map<string, number>();
    for (const p of places) if (PERSON_OF[p.text]) counts.set(`${p.section}/${PERSON_OF[p.text]}`, (counts.get(`${p.section}/${PERSON_OF[p.text]}`) ?? 0) + 1);
    expect([...counts.values()].every((n) => n === 1), JSON.stringify([...counts])).toBe(true);
    expect(places.filter((p) => p.text === 'Kim Jong-un').length).toBe(2);

    const options = await openExtensionPage(browser, 'src/options/index.html');
    await updateSettings(options, { marks: 'every' });
    const kims = await until(async () => (await page.evaluate(paintedPlaces)).filter((p) => p.text === 'Kim Jong-un').length, (n) => n === 5);
    expect(kims).toBe(5);
    await updateSettings(options, { wholePage: true });
    const zones = await until(async () => new Set((await page.evaluate(paintedPlaces)).map((p) => p.zone)), (z) => z.has('comments'));
    expect([...zones].sort()).toEqual(['ad', 'aside', 'body', 'comments', 'dateline', 'footer', 'nav', 'related']);
    await updateSettings(options, { marks: 'first', wholePage: false });
    await options.close();
    await page.close();
  }, 90_000);
});
