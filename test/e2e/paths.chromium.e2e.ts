/**
 * Paths a reader takes that the other Chromium tests do not: the panel opened from the card's
 * button (the real side panel, with the entry shown), the card on a page in fullscreen, and the
 * corpus re-indexed in the background when the glossary changes (a reader's new entry is found
 * in sources ingested before it existed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import { newsPage, startNewsServer, type NewsServer } from './support/news-server.ts';
import { locateWord } from './support/page-probes.ts';
import { closedCard, inCard } from './support/closed-card.ts';

let browser: ChromiumWithExtension;
let server: NewsServer;

const FULLSCREEN_PAGE = newsPage(
  'Plein écran',
  `Kim Jong-un a reçu Sergueï Lavrov à Pyongyang.\nLa délégation a ensuite gagné Vladivostok.`,
  'fr',
  `<script>addEventListener('DOMContentLoaded', () => {
    const b = document.createElement('button');
    b.id = 'fs';
    b.textContent = 'Plein écran';
    b.onclick = () => document.querySelector('article').requestFullscreen();
    document.querySelector('article').prepend(b);
  });</script>`,
);

beforeAll(async () => {
  server = await startNewsServer();
  server.setPage('/fullscreen.html', FULLSCREEN_PAGE);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('glose')), null, { timeout: 15_000 });
  return page;
}

async function hover(page: Page, word: string): Promise<void> {
  const p = (await page.evaluate(locateWord, word))!;
  await page.mouse.move(p.x - 3, p.y + 25);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  await closedCard(page).waitFor({ state: 'visible', timeout: 10_000 });
}

function ask(page: Page, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
}

describe('Chromium: other paths', () => {
  it('opens the real side panel from the card’s button, on the entry', async () => {
    const page = await open('/source-1.html');
    await hover(page, 'Kim Jong Un');
    expect(await closedCard(page).getAttribute('data-entry')).toBe('kim-jong-un');
    await closedCard(page).locator('button[data-action="open-panel"]').click();
    await expect
      .poll(() => browser.worker.evaluate(`chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }).then((cs) => cs.map((c) => c.documentUrl))`), { timeout: 10_000 })
      .toEqual([expect.stringMatching(new RegExp(`^chrome-extension://${browser.extensionId}/src/sidepanel/index\\.html\\?.*entry=kim-jong-un`))]);
    // The real panel, not the fallback tab the panel opens in when the browser refuses.
    expect(browser.context.pages().filter((p) => p.url().includes('/src/sidepanel/'))).toHaveLength(0);
    await page.close();
  });

  it('shows the card over a page in fullscreen, also when it was first opened before', async () => {
    const page = await open('/fullscreen.html');
    // A first card, before fullscreen: its host is made outside the future fullscreen element.
    await hover(page, 'Lavrov');
    await page.keyboard.press('Escape');
    await closedCard(page).waitFor({ state: 'hidden' });
    await page.click('#fs');
    await page.waitForFunction(() => document.fullscreenElement?.tagName === 'ARTICLE');
    await hover(page, 'Vladivostok');
    expect(await closedCard(page).getAttribute('data-entry')).toBe('vladivostok');
    // Drawn on top: the point at the middle of the card hits the card's host, not the article.
    const box = (await closedCard(page).boundingBox())!;
    const onTop = await page.evaluate(
      ({ x, y }) => {
        const host = document.querySelector('[data-glose-card]');
        return { inFullscreen: host?.parentElement === document.fullscreenElement, hit: document.elementFromPoint(x, y) === host };
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(onTop).toEqual({ inFullscreen: true, hit: true });
    expect(await inCard<string>(page, 'function () { return this.querySelector(".card .name").textContent; }')).toBe('Vladivostok');
    await page.close();
  });

  it('re-indexes the corpus when the glossary changes: a new entry is found in sources ingested before it', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    // « banquette arrière » is in a default source, and in no entry of Glose's own.
    const before = (await ask(options, 'corpus/xref', { entryId: 'banquette-arriere' })) as { sources: unknown[] };
    expect(before.sources ?? []).toHaveLength(0);
    const saved = (await ask(options, 'glossary/save-entry', {
      entry: {
        id: 'banquette-arriere',
        type: 'term',
        names: { fr: 'banquette arrière', en: 'back seat' },
        descriptions: { fr: 'Le siège arrière d’une voiture.', en: 'The rear seat of a car.' },
        spellings: ['banquette arrière'],
        source: 'Note de lecture',
      },
    })) as { ok: boolean };
    expect(saved.ok).toBe(true);
    await expect
      .poll(async () => ((await ask(options, 'corpus/xref', { entryId: 'banquette-arriere' })) as { sources: Array<{ title: string }> }).sources?.length ?? 0, { timeout: 20_000 })
      .toBe(1);
    const after = (await ask(options, 'corpus/xref', { entryId: 'banquette-arriere' })) as { sources: Array<{ title: string }> };
    expect(after.sources[0]!.title).toMatch(/Poutine offre à Kim Jong Un/);
    await ask(options, 'glossary/delete-entry', { id: 'banquette-arriere' });
    await options.close();
  });
});
