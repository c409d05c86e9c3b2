/**
 * The essentials of reading on the page, in real Firefox ESR: highlight styles by kind, the
 * card's contents, a paragraph added after load, Esc, and a site turned off from the card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox } from './support/firefox.ts';
import { newsPage, startNewsServer, type NewsServer } from './support/news-server.ts';
import { countGloseHighlights, locateWord } from './support/page-probes.ts';
import { clickInFirefoxCard, firefoxCardText } from './support/closed-card-firefox.ts';

let browser: Browser;
let server: NewsServer;

beforeAll(async () => {
  server = await startNewsServer();
  // « le dirigeant nord-coréen » repeats Kim Jong-un in its section (not marked by default): the
  // news agency's description is the first mention of its entry.
  server.setPage(
    '/fr.html',
    newsPage('Dépêche', `Kim Jong-un a reçu Sergueï Lavrov à Pyongyang, où le dirigeant nord-coréen a parlé longuement.\nLa limousine Anrus Senat a été livrée, selon l'agence de presse nord-coréenne.`).replace(
      '</body>',
      `<script>setTimeout(() => { const p = document.createElement('p'); p.textContent = 'Ajout : Dmitri Peskov à Vladivostok.'; document.querySelector('article').append(p); }, 800);</script></body>`,
    ),
  );
  browser = await launchFirefox();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const cardText = firefoxCardText;

async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Firefox ESR: reading on the page', () => {
  it('paints by kind, shows the card, picks up added text, closes on Esc, turns off from the card', async () => {
    const page = await browser.newPage();
    // Window size comes from the launch arguments (see support/firefox.ts).
    await page.goto(server.url('/fr.html'));
    const found = await waitFor(() => page.evaluate(countGloseHighlights), (f) => f.texts.includes('Dmitri Peskov'));
    expect(found.names).toEqual(expect.arrayContaining(['glose-u-person', 'glose-u-place', 'glose-u-misspelling', 'glose-u-description']));
    expect(found.texts).toEqual(expect.arrayContaining(['Kim Jong-un', 'Sergueï Lavrov', 'Pyongyang', 'Anrus Senat', 'Vladivostok']));

    const p = (await page.evaluate(locateWord, 'Lavrov'))!;
    await page.mouse.move(p.x - 3, p.y + 25);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    expect(await waitFor(() => cardText(page, '.type'), (t) => t !== null)).toBe('Personne');
    expect(await cardText(page, '.script')).toMatch(/Сергей Лавров/);

    await page.keyboard.press('Escape');
    expect(await waitFor(() => cardText(page, '.type'), (t) => t === null)).toBeNull();

    await page.mouse.move(5, 5);
    await page.mouse.move(p.x - 3, p.y + 25);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    await waitFor(() => cardText(page, '.type'), (t) => t !== null);
    await clickInFirefoxCard(page, 'button[data-action="more"]');
    await waitFor(() => cardText(page, 'button[data-action="turn-off"]'), (t) => t !== null);
    await clickInFirefoxCard(page, 'button[data-action="turn-off"]');
    const after = await waitFor(() => page.evaluate(countGloseHighlights), (f) => f.ranges === 0);
    expect(after.ranges).toBe(0);
    await page.close();
  }, 90_000);
});
