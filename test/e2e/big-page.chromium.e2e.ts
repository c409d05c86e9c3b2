/**
 * A 5 MB news page (about 30,000 paragraphs) in real Chromium: the names in the viewport are
 * highlighted while the rest of the page is still being read, a card opens on one of them
 * meanwhile, and the whole page ends up highlighted: wherever the reader scrolls, the names on
 * screen are painted, while only those near the viewport are registered (so that a change to the
 * highlights costs what is on screen, not the whole page). (Timings: npm run bench, big-pages.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import { loadSources, newsPage, startNewsServer, type NewsServer } from './support/news-server.ts';
import { closedCard } from './support/closed-card.ts';
import { locateWord } from './support/page-probes.ts';
import { updateSettings } from './support/extension-messages.ts';

let browser: ChromiumWithExtension;
let server: NewsServer;

function fiveMegabytes(): string {
  const paragraphs = loadSources().flatMap((s) => s.text.split(/\n+/));
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < 5_200_000; i++) {
    const p = i % 5 === 0 ? paragraphs[i % paragraphs.length]! : `Dépêche ${i}. Sergueï Lavrov s'est rendu à Pyongyang mardi ; les analystes restent prudents sur la portée de ces annonces.`;
    out.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return out.join('\n');
}

beforeAll(async () => {
  server = await startNewsServer();
  server.setPage('/5mb.html', newsPage('Cinq mégaoctets de dépêches', fiveMegabytes()));
  browser = await launchChromium();
  // Every mention painted, world entries too: this file tests painting and linking at scale, not how much is marked (issue 28's defaults).
  await updateSettings(browser.worker, { marks: 'every', markWorld: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Chromium: a 5 MB page', () => {
  it('highlights the viewport first, opens a card meanwhile, and ends with the whole page highlighted', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/5mb.html'), { waitUntil: 'load', timeout: 60_000 });
    // Names inside the viewport are highlighted (and the page far from fully read).
    const early = await page.waitForFunction(
      () => {
        let inView = 0;
        let total = 0;
        for (const [k, h] of CSS.highlights) {
          if (!k.startsWith('glose')) continue;
          for (const r of h as Highlight) {
            total++;
            const b = (r as Range).getBoundingClientRect();
            if (b.bottom > 0 && b.top < innerHeight && b.width > 0) inView++;
          }
        }
        return inView > 5 ? { inView, total } : false;
      },
      null,
      { timeout: 20_000, polling: 50 },
    );
    const first = (await early.jsonValue()) as { inView: number; total: number };
    expect(first.inView).toBeGreaterThan(5);
    // A card opens on a visible name while the scan goes on.
    const p = (await page.evaluate(locateWord, 'Lavrov'))!;
    await page.mouse.move(p.x - 3, p.y + 25);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    await closedCard(page).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await closedCard(page).getAttribute('data-entry')).toBe('sergei-lavrov');
    // Wherever the reader goes, the names on screen are painted — the last paragraphs included,
    // once the page has been read — and the registered ranges stay few.
    const probe = () =>
      page.evaluate(() => {
        let inView = 0;
        let total = 0;
        for (const [k, h] of CSS.highlights) {
          if (!k.startsWith('glose') || k === 'glose-focus') continue;
          for (const r of h as Highlight) {
            total++;
            const b = (r as Range).getBoundingClientRect();
            if (b.bottom > 0 && b.top < innerHeight && b.width > 0) inView++;
          }
        }
        return { inView, total };
      });
    await page.keyboard.press('Escape');
    for (const at of [1, 0.5, 0.25]) {
      await page.evaluate((f) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f), at);
      await expect.poll(async () => (await probe()).inView, { timeout: 90_000, interval: 250 }).toBeGreaterThan(5);
      expect((await probe()).total).toBeLessThan(10_000);
    }
    expect(first.total).toBeLessThan(40_000);
    await page.close();
  }, 150_000);
});
