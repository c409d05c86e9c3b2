/**
 * The sidebar page in real Firefox ESR, bound to a news tab (`?tab=`, as the sidebar binds to
 * the reader's tab): the page's names listed by type, an entry opened with every romanisation,
 * the style switched there and the card redrawn in the news tab without a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { firefoxTabIdFor, launchFirefox, openExtensionPage } from './support/firefox.ts';
import { startNewsServer, type NewsServer } from './support/news-server.ts';
import { locateWord } from './support/page-probes.ts';
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

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => undefined as T);
    if ((v !== undefined && ok(v)) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => null);

async function cardNameAfterHover(news: Page, word: string): Promise<string | null> {
  await news.bringToFront();
  await news.mouse.move(5, 5);
  await until(() => firefoxCardText(news, '.name'), (t) => t === null, 5000);
  const p = (await news.evaluate(locateWord, word))!;
  await news.mouse.move(p.x - 3, p.y + 25);
  await news.mouse.move(p.x, p.y, { steps: 3 });
  return until(() => firefoxCardText(news, '.name'), (t) => t !== null);
}

describe('Firefox ESR: the sidebar page on a news tab', () => {
  it('lists the page’s names, opens an entry, switches the style and redraws the tab', async () => {
    const news = await browser.newPage();
    await news.goto(server.url('/source-1.html'));
    await until(() => news.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('glose'))), (v) => v);
    // A mark in the page's own state: still there at the end means the tab was never reloaded.
    await news.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    const probe = await openExtensionPage(browser, 'src/sidepanel/index.html');
    const tabId = await firefoxTabIdFor(probe, server.url('/source-1.html'));
    await probe.close();

    const panel = await openExtensionPage(browser, `src/sidepanel/index.html?tab=${tabId}`);
    await panel.waitForSelector('[data-view="page"] li[data-entry="vladimir-putin"]', { timeout: 15_000 });
    expect(await text(panel, '[data-view="page"] section[data-type="person"] h2')).toBe('Personnes');
    const listed = await panel.$$eval('[data-view="page"] li[data-entry]', (els) => els.map((e) => e.getAttribute('data-entry')));
    expect(listed).toEqual(expect.arrayContaining(['vladimir-putin', 'kim-jong-un', 'kim-yo-jong', 'aurus-senat']));
    expect(await text(panel, '[data-view="page"] li[data-entry="aurus-senat"] .surfaces .misspelling')).toMatch(/Anrus Senat/);

    // Open an entry from the list.
    await panel.click('[data-view="page"] li[data-entry="kim-jong-un"] [data-action="open"]');
    await panel.waitForSelector('[data-view="entry"][data-entry="kim-jong-un"]');
    expect(await text(panel, '[data-view="entry"] .entry-title')).toBe('Kim Jong-un');
    expect(await text(panel, '[data-view="entry"] [data-role="script"]')).toBe('김정은');
    const systems = await panel.$$eval('table.romanizations tr[data-system]', (rows) => rows.map((r) => r.getAttribute('data-system')));
    expect(systems).toEqual(expect.arrayContaining(['press', 'rr', 'mr', 'dprk']));

    // The card on the news tab, before and after the style is switched in the sidebar.
    expect(await cardNameAfterHover(news, 'Kim Jong Un')).toBe('Kim Jong-un');
    await panel.bringToFront();
    await panel.select('[data-view="entry"] select[data-role="style"]', 'mr');
    const mr = await until(() => text(panel, '[data-view="entry"] .entry-title'), (t) => t !== 'Kim Jong-un');
    expect(mr).toBe('Kim Chŏngŭn');
    expect(await cardNameAfterHover(news, 'Kim Jong Un')).toBe('Kim Chŏngŭn');
    // Hangul, then back to press usage: the tab follows each time, never reloaded.
    await panel.bringToFront();
    await panel.select('[data-view="entry"] select[data-role="style"]', 'hangul');
    expect(await cardNameAfterHover(news, 'Kim Jong Un')).toBe('김정은');
    await panel.bringToFront();
    await panel.select('[data-view="entry"] select[data-role="style"]', 'press');
    expect(await cardNameAfterHover(news, 'Kim Jong Un')).toBe('Kim Jong-un');
    expect(await news.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await Promise.all([panel.close(), news.close()]);
  }, 120_000);

  it('adds pages to the sources: one with an <article>, read in the page, one without, read by Readability in the background', async () => {
    const story = [
      'Le ministre russe des Affaires étrangères, Sergueï Lavrov, est arrivé à Pyongyang pour deux jours de visite officielle.',
      'Kim Jong-un l’a reçu au palais, selon l’agence KCNA, qui évoque une coopération militaire renforcée entre les deux pays.',
    ];
    server.setPage('/ff-no-article.html', `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Lavrov à Pyongyang</title>
      <meta property="og:site_name" content="Le Courrier"></head><body><nav><a href="/">Accueil</a> · <a href="/monde">Monde</a></nav>
      <div class="story"><h1>Lavrov à Pyongyang</h1>${story.map((p) => `<div><p>${p}</p></div>`).join('')}</div><footer>mentions légales</footer></body></html>`);
    const probe = await openExtensionPage(browser, 'src/sidepanel/index.html');
    const ask = (type: string, payload: unknown) =>
      probe.evaluate((t, p) => (globalThis as unknown as { browser: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).browser.runtime.sendMessage({ type: t, payload: p }), type, payload);
    for (const [path, outlet] of [['/source-1.html', null], ['/ff-no-article.html', 'Le Courrier']] as const) {
      const news = await browser.newPage();
      await news.goto(server.url(path));
      await until(() => news.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('glose'))), (v) => v);
      const tabId = await firefoxTabIdFor(probe, server.url(path));
      const done = (await ask('corpus/ingest-tab', { tabId })) as { ok: boolean; sourceId: string; mentions: number };
      expect(done.ok, JSON.stringify(done)).toBe(true);
      expect(done.mentions).toBeGreaterThanOrEqual(3);
      const list = (await ask('corpus/list', {})) as { sources: Array<{ id: string; outlet: string | null }> };
      const source = list.sources.find((x) => x.id === done.sourceId);
      expect(source).toBeDefined();
      if (outlet) expect(source!.outlet).toBe(outlet);
      await news.close();
    }
    await probe.close();
  }, 120_000);
});
