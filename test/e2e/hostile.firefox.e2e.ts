/**
 * The hostile page in real Firefox ESR: the page's own script dispatches every synthetic event
 * a reader would produce and tries to read the card; neither works, while real mouse input does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, until } from './support/firefox.ts';
import { newsPage, startNewsServer, type NewsServer } from './support/news-server.ts';
import { locateWord } from './support/page-probes.ts';
import { firefoxCardText, inFirefoxCard } from './support/closed-card-firefox.ts';
import { HOSTILE_SCRIPT, HOSTILE_TEXT } from './support/hostile-page.ts';

let browser: Browser;
let server: NewsServer;

beforeAll(async () => {
  server = await startNewsServer();
  server.setPage('/hostile.html', newsPage('Visite', HOSTILE_TEXT, 'fr', HOSTILE_SCRIPT));
  browser = await launchFirefox();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const cardType = (page: Page) => firefoxCardText(page, '.type');

describe('Firefox ESR: a hostile page', () => {
  it('cannot open the card with synthetic events nor read it, while a real pointer opens it', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/hostile.html'));
    await until(
      () => page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('glose'))),
      (v) => v,
    );

    expect(await page.evaluate(() => (window as unknown as { hostile: { drive(w: string): boolean } }).hostile.drive('Lavrov'))).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await cardType(page)).toBeNull();

    const p = (await page.evaluate(locateWord, 'Lavrov'))!;
    await page.mouse.move(p.x - 3, p.y + 25);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    expect(await until(() => cardType(page), (t) => t !== null)).toBe('Personne');
    expect(await firefoxCardText(page, '.script')).toMatch(/Лавров/);
    // The test itself reads the card through BiDi: it is there, with its entry.
    expect(await inFirefoxCard<string>(page, `(root) => root.querySelector('.card').getAttribute('data-entry')`)).toBe('sergei-lavrov');

    type Seen = { hostFound: boolean; shadowRoot: boolean | null; attributes: string[]; hostText: string; rootsSeen: number; pageHtml: string };
    const seen = (await page.evaluate(() => (window as unknown as { hostile: { read(): unknown } }).hostile.read())) as Seen;
    expect(seen.hostFound).toBe(true);
    expect(seen.shadowRoot).toBe(false);
    expect(seen.attributes).toEqual(['data-glose-card', 'style']);
    expect(seen.hostText).toBe('');
    expect(seen.rootsSeen).toBe(0);
    expect(seen.pageHtml).not.toContain('Лавров');
    expect(seen.pageHtml).not.toContain('sergei-lavrov');

    // A synthetic Escape or click on the host changes nothing.
    await page.evaluate(() => {
      const host = document.querySelector('[data-glose-card]')!;
      for (const type of ['pointerdown', 'pointerup', 'click']) host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(await cardType(page)).toBe('Personne');
    await page.close();
  }, 90_000);
});
