/**
 * The side panel in real Chromium, through the panel page bound to a tab with `?tab=` (the
 * real panel opening from the toolbar is in sidepanel-real.chromium.e2e.ts), for each view —
 * this page (grouped, counted, filtered, scroll-to), an entry (romanisations with the style
 * switch, spellings, related, cross-references of Aurus quoting both default sources), search
 * (any spelling, script, typo), back and forward, deep links — with axe-core on every view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import { startNewsServer, type NewsServer } from './support/news-server.ts';
import { resetSettings, tabIdFor } from './support/extension-messages.ts';
import { seriousViolations } from './support/axe.ts';
import { locateWord } from './support/page-probes.ts';
import { closedCard } from './support/closed-card.ts';

let browser: ChromiumWithExtension;
let server: NewsServer;
let article: Page;
let tabId: number;

beforeAll(async () => {
  server = await startNewsServer();
  browser = await launchChromium();
  article = await browser.context.newPage();
  await article.goto(server.url('/source-1.html'));
  tabId = await tabIdFor(browser.worker, server.url('/source-1.html'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPanel(query: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/src/sidepanel/index.html?${query}`);
  return page;
}

describe('Chromium: the side panel', () => {
  it('lists the page’s entries by type, with counts and spellings; filters; scrolls the page to a name', async () => {
    const panel = await openPanel(`tab=${tabId}`);
    const view = panel.locator('[data-view="page"]');
    await view.locator('li[data-entry="vladimir-putin"]').waitFor();
    expect(await view.locator('section[data-type="person"] h2').textContent()).toBe('Personnes');
    expect(await view.locator('section[data-type="brand"] li[data-entry="aurus-senat"] .surfaces .misspelling').textContent()).toMatch(/Anrus Senat/);
    expect(Number.parseInt((await view.locator('li[data-entry="vladimir-putin"] .count').textContent()) ?? '', 10)).toBeGreaterThanOrEqual(3);
    await panel.locator('[data-role="filter"]').fill('maybach');
    await expect.poll(() => view.locator('li[data-entry]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entry')))).toEqual(
      expect.arrayContaining(['maybach', 'mercedes-maybach-s600-pullman-guard']),
    );
    expect(await view.locator('li[data-entry="vladimir-putin"]').count()).toBe(0);
    expect(await seriousViolations(panel), 'axe').toEqual([]);
    await panel.locator('[data-role="filter"]').fill('');
    await view.locator('li[data-entry="vladivostok"] [data-action="scroll"]').click();
    await expect.poll(() => article.evaluate(`CSS.highlights.has('glose-focus') && [...CSS.highlights.get('glose-focus')].map((r) => r.toString()).join()`)).toBe('Vladivostok');
    await panel.close();
  });

  it('shows a full entry with every romanisation, switches the style live, and quotes both default sources for Aurus', async () => {
    await resetSettings(browser.worker);
    const panel = await openPanel(`tab=${tabId}&entry=kim-jong-un`);
    const entry = panel.locator('[data-view="entry"][data-entry="kim-jong-un"]');
    await entry.waitFor();
    expect(await entry.locator('.entry-title').textContent()).toBe('Kim Jong-un');
    expect(await entry.locator('[data-role="script"]').textContent()).toBe('김정은');
    const systems = await entry.locator('table.romanizations tr[data-system]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-system')));
    expect(systems).toEqual(expect.arrayContaining(['press', 'rr', 'mr', 'ala-lc', 'dprk', 'kcna']));
    expect(await entry.locator('tr.selected').getAttribute('data-system')).toBe('press');
    expect(await entry.locator('[data-role="spellings"] li[data-kind="romanization"]').count()).toBeGreaterThan(2);
    expect(await seriousViolations(panel), 'axe').toEqual([]);
    // The style control redraws the panel and every open tab.
    await entry.locator('select[data-role="style"]').selectOption('mr');
    await expect.poll(() => entry.locator('tr.selected').getAttribute('data-system')).toBe('mr');
    const mr = await entry.locator('tr[data-system="mr"] td').textContent();
    await expect.poll(() => entry.locator('.entry-title').textContent()).toBe(mr);
    // Related entries are links inside the panel.
    await entry.locator('[data-action="open"][data-entry="kim-yo-jong"]').first().click();
    await panel.locator('[data-view="entry"][data-entry="kim-yo-jong"]').waitFor();
    await panel.locator('[data-action="back"]').click();
    await entry.waitFor();
    await panel.locator('[data-action="forward"]').click();
    await panel.locator('[data-view="entry"][data-entry="kim-yo-jong"]').waitFor();
    expect(panel.url()).toContain('entry=kim-yo-jong');
    await resetSettings(browser.worker);

    await panel.goto(`chrome-extension://${browser.extensionId}/src/sidepanel/index.html?entry=aurus`);
    const aurus = panel.locator('[data-view="entry"][data-entry="aurus"]');
    await aurus.locator('[data-role="xref"] li[data-source]').first().waitFor({ timeout: 15_000 });
    const sources = aurus.locator('[data-role="xref"] li[data-source]');
    expect(await sources.count()).toBe(2);
    const titles = await sources.locator('.source-title').allTextContents();
    // Both are dated 20 February 2024: same day, so either order is newest-first.
    expect(titles.sort()).toEqual(['Le Kremlin confirme : une Aurus pour Kim Jong-un', 'Poutine offre à Kim Jong Un une voiture de fabrication russe']);
    expect(await sources.locator('blockquote mark').first().textContent()).toBe('Aurus');
    expect(await aurus.locator('[data-role="cooccurring"] li').count()).toBeGreaterThan(3);
    expect(await seriousViolations(panel), 'axe').toEqual([]);
    await panel.close();
  });

  it('switching the Korean style in the panel redraws the card on the open tab, without a reload', async () => {
    await resetSettings(browser.worker);
    const panel = await openPanel(`tab=${tabId}&entry=kim-jong-un`);
    const entry = panel.locator('[data-view="entry"][data-entry="kim-jong-un"]');
    await entry.waitFor();
    await article.bringToFront();
    const p = (await article.evaluate(locateWord, 'Kim Jong Un'))!;
    await article.mouse.move(p.x - 3, p.y + 25);
    await article.mouse.move(p.x, p.y, { steps: 3 });
    const name = closedCard(article).locator('.name');
    await expect.poll(() => name.textContent(), { timeout: 5000 }).toBe('Kim Jong-un');
    await closedCard(article).locator('button[data-action="more"]').click();
    await closedCard(article).locator('button[data-action="pin"]').click();
    await entry.locator('select[data-role="style"]').selectOption('mr');
    await expect.poll(() => name.textContent(), { timeout: 5000 }).toBe('Kim Chŏngŭn');
    await entry.locator('select[data-role="style"]').selectOption('hangul');
    await expect.poll(() => name.textContent(), { timeout: 5000 }).toBe('김정은');
    await resetSettings(browser.worker);
    await expect.poll(() => name.textContent(), { timeout: 5000 }).toBe('Kim Jong-un');
    await article.keyboard.press('Escape');
    await panel.close();
  });

  it('searches by any spelling, in the original script, and forgives a typo', async () => {
    const panel = await openPanel(`tab=${tabId}`);
    const search = panel.locator('input[data-role="search"]');
    const first = () => panel.locator('[data-view="search"] li[data-entry]').first().getAttribute('data-entry');
    await search.fill('poutine');
    await expect.poll(first).toBe('vladimir-putin');
    await search.fill('김정은');
    await expect.poll(first).toBe('kim-jong-un');
    await search.fill('Vladivostock');
    await expect.poll(first).toBe('vladivostok');
    await search.fill('etats unis');
    await expect.poll(first).toBe('united-states');
    expect(await seriousViolations(panel), 'axe').toEqual([]);
    await panel.locator('[data-view="search"] li[data-entry] [data-action="open"]').first().click();
    await panel.locator('[data-view="entry"][data-entry="united-states"]').waitFor();
    await panel.close();
  });

  it('speaks English when the reader chooses it, and fits 320 px without horizontal scrolling', async () => {
    const panel = await openPanel(`tab=${tabId}&entry=vladimir-putin`);
    await panel.setViewportSize({ width: 320, height: 800 });
    await browser.worker.evaluate(`chrome.storage.local.set({ settings: { uiLang: 'en' } })`);
    await expect.poll(() => panel.locator('.entry-title').textContent(), { timeout: 5000 }).toBe('Vladimir Putin');
    expect(await panel.locator('[data-action="ingest"]').textContent()).toBe('Add this page to my sources');
    expect(await panel.evaluate('document.documentElement.scrollWidth <= 320')).toBe(true);

    // Counts agree with their number (« 1 mention », never « 1 mentions »).
    await panel.goto(`chrome-extension://${browser.extensionId}/src/sidepanel/index.html?tab=${tabId}`);
    await panel.locator('[data-view="page"] li[data-entry]').first().waitFor();
    const summary = (await panel.locator('[data-view="page"] .summary').textContent()) ?? '';
    const [, names, nameWord, mentions, mentionWord] = /^(\d+) (names?), (\d+) (mentions?)$/.exec(summary) ?? [];
    expect(nameWord).toBe(names === '1' ? 'name' : 'names');
    expect(mentionWord).toBe(mentions === '1' ? 'mention' : 'mentions');
    const counts = await panel.locator('[data-view="page"] li[data-entry] .count').allTextContents();
    expect(counts.some((c) => c === '1 mention')).toBe(true);
    for (const c of counts) expect(c).toMatch(/^(1 mention|([02-9]|\d\d+) mentions)$/);
    await resetSettings(browser.worker);
    await panel.close();
  });
});
