/**
 * Sources in real Chromium: ingesting a page from the side panel (metadata read, progress and
 * result shown), seeing it cross-referenced in another tab's card and panel, ingesting again
 * (updated, not duplicated), deleting it from the options page, export and a refused import,
 * and a service worker stopped in the middle of an ingestion (the source is whole or absent).
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import { newsPage, startNewsServer, type NewsServer } from './support/news-server.ts';
import { locateWord } from './support/page-probes.ts';
import { tabIdFor } from './support/extension-messages.ts';
import { closedCard } from './support/closed-card.ts';

let browser: ChromiumWithExtension;
let server: NewsServer;

const NEW_TITLE = 'À Pyongyang, une deuxième Aurus';
const NEW_TEXT = `Selon la presse sud-coréenne, Kim Jong-un aurait reçu une deuxième Aurus Senat au printemps.
L'Aurus a été aperçue à Pyongyang, près de la place Kim Il Sung, lors d'un défilé.
Le Kremlin n'a pas commenté. Vladimir Poutine avait offert la première voiture en février.`;
const META = `
  <link rel="canonical" href="https://gazette.example/monde/aurus-pyongyang">
  <meta property="og:site_name" content="La Gazette du Nord">
  <meta property="article:published_time" content="2024-03-15T08:00:00+01:00">
  <meta name="author" content="Claire Martin">`;

beforeAll(async () => {
  server = await startNewsServer();
  server.setPage('/new.html', newsPage(NEW_TITLE, NEW_TEXT, 'fr', META));
  // A long article: enough work that a worker stopped right after the click is stopped mid-way.
  const long = Array.from({ length: 4000 }, (_, i) => `Paragraphe ${i}. Kim Jong-un et Vladimir Poutine ont parlé de l'Aurus Senat, de Vladivostok et du cosmodrome de Vostochny, selon KCNA et Tass.`).join('\n');
  server.setPage('/long.html', newsPage('Un très long direct', long, 'fr', '<link rel="canonical" href="https://gazette.example/direct-long">'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const panelUrl = (query: string) => `chrome-extension://${browser.extensionId}/src/sidepanel/index.html?${query}`;

async function openArticle(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  return { page, tabId: await tabIdFor(browser.worker, server.url(path), 20_000) };
}

/** Asks the background from an extension page, as the panel does. */
function ask(page: Page, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
}

async function cardSourcesFor(page: Page, word: string): Promise<string | null> {
  const p = (await page.evaluate(locateWord, word))!;
  await page.mouse.move(p.x - 3, p.y + 25);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  const sources = closedCard(page).locator('.sources');
  await sources.waitFor({ state: 'attached' });
  await expect.poll(() => sources.getAttribute('data-sources')).not.toBe('');
  return sources.textContent();
}

describe('Chromium: sources', () => {
  it('ingests a page from the side panel and cross-references it in another tab', async () => {
    const { page: article, tabId } = await openArticle('/new.html');
    const panel = await browser.context.newPage();
    await panel.goto(panelUrl(`tab=${tabId}`));
    await panel.locator('[data-view="page"] li[data-entry]').first().waitFor();
    await panel.locator('[data-action="ingest"]').click();
    const status = panel.locator('[data-role="ingest-status"]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Ajoutée\u202f: «\u202fÀ Pyongyang, une deuxième Aurus\u202f», \d+ mentions\.$/);

    // Another tab: the card counts three sources for Aurus (two defaults and the new one).
    const { page: other } = await openArticle('/source-2.html');
    expect(await cardSourcesFor(other, 'Aurus')).toBe('Cité dans 3 de vos sources');

    // The panel's entry: newest first, with outlet, date, spelling and a quote.
    await panel.goto(panelUrl('entry=aurus-senat'));
    const first = panel.locator('[data-role="xref"] li[data-source]').first();
    await first.waitFor();
    expect(await first.locator('.source-title').textContent()).toBe(NEW_TITLE);
    expect(await first.locator('.source-title a').getAttribute('href')).toBe('https://gazette.example/monde/aurus-pyongyang');
    expect(await first.locator('.muted').first().textContent()).toMatch(/La Gazette du Nord · par Claire Martin · 15 mars 2024/);
    expect(await first.locator('blockquote mark').first().textContent()).toBe('Aurus Senat');
    expect(await panel.locator('[data-role="xref"] li[data-source]').count()).toBe(2);

    // Ingesting again updates the same source.
    await panel.goto(panelUrl(`tab=${tabId}`));
    await panel.locator('[data-action="ingest"]').click();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Mise à jour\u202f: «\u202fÀ Pyongyang, une deuxième Aurus\u202f»/);
    const list = (await ask(panel, 'corpus/list', {})) as { sources: Array<{ title: string; outlet: string; date: string }> };
    expect(list.sources.filter((s) => s.title === NEW_TITLE)).toEqual([expect.objectContaining({ outlet: 'La Gazette du Nord', date: '2024-03-15' })]);
    expect(list.sources).toHaveLength(3);
    await Promise.all([article.close(), other.close(), panel.close()]);
  });

  it('lists, exports and deletes sources in the options page, and refuses a malformed corpus file', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const rows = options.locator('table[data-role="sources"] tr[data-source]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    expect(await options.locator('[data-role="storage"]').textContent()).toMatch(/Stockage utilisé\u202f: \d/);

    const exported = (await ask(options, 'corpus/export', {})) as { text: string; filename: string };
    expect(exported.filename).toMatch(/^glose-corpus-\d{4}-\d{2}-\d{2}\.jsonl$/);
    expect(exported.text.trim().split('\n')).toHaveLength(4);

    const bad = join(mkdtempSync(join(tmpdir(), 'glose-corpus-')), 'bad.jsonl');
    writeFileSync(bad, `${exported.text.split('\n')[0]}\n{"source": {"id": 12}}\n`);
    await options.locator('input[data-action="import-corpus"]').setInputFiles(bad);
    const errors = options.locator('section[data-section="sources"] [data-errors]');
    await errors.waitFor();
    expect(await errors.textContent()).toMatch(/ligne 2/);
    expect(await rows.count()).toBe(3);

    await options.locator(`tr[data-source]:has-text("${NEW_TITLE}") button[data-action="delete-source"]`).click();
    await expect.poll(() => rows.count()).toBe(2);
    const count = (await ask(options, 'corpus/count', { entryId: 'aurus' })) as { sources: number };
    expect(count.sources).toBe(2);
    await options.close();
  });

  it('a worker stopped in the middle of an ingestion leaves the whole source or nothing', async () => {
    const { page: article, tabId } = await openArticle('/long.html');
    const panel = await browser.context.newPage();
    await panel.goto(panelUrl(`tab=${tabId}`));
    await panel.locator('[data-action="ingest"]').waitFor();
    const cdp = await browser.context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    const status = panel.locator('[data-role="ingest-status"]');
    const listed = async () => ((await ask(panel, 'corpus/list', {})) as { sources: Array<{ id: string; title: string; mentions: number }> }).sources;
    const LONG = 'Un très long direct';
    // Ingestion is fast: stop the worker sooner and sooner after the click until a stop lands
    // before the answer (the panel then says it failed).
    let interrupted = false;
    let partial: { mentions: number } | undefined;
    for (const delay of [120, 60, 30, 15, 8, 4, 2, 1, 0]) {
      await panel.locator('[data-action="ingest"]').click();
      await panel.waitForTimeout(delay);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^(Impossible d’ajouter|Ajoutée|Mise à jour)/);
      const text = (await status.textContent()) ?? '';
      // The next request wakes a fresh worker.
      await expect.poll(async () => (await listed()).length >= 2, { timeout: 15_000 }).toBe(true);
      const stored = (await listed()).find((s) => s.title === LONG);
      if (text.startsWith('Impossible d’ajouter')) {
        interrupted = true;
        partial = stored;
        break;
      }
      // Not interrupted: remove it and try again with a shorter delay.
      if (stored) await ask(panel, 'corpus/delete', { id: stored.id });
    }
    expect(interrupted).toBe(true);
    // Ingest it completely now, and compare: a copy stored before the stop must be whole.
    const done = (await ask(panel, 'corpus/ingest-tab', { tabId })) as { ok: boolean; mentions: number; updated: boolean };
    expect(done.ok).toBe(true);
    if (partial) {
      expect(done.updated).toBe(true);
      expect(partial.mentions).toBe(done.mentions);
    } else expect(done.updated).toBe(false);
    expect(done.mentions).toBeGreaterThan(4000 * 5);
    await Promise.all([article.close(), panel.close()]);
  });

  it('reads a page without an <article> in the background, with Readability: the story, not the menus', async () => {
    const story = [
      'Le ministre russe des Affaires étrangères, Sergueï Lavrov, est arrivé à Pyongyang pour deux jours de visite officielle.',
      'Kim Jong-un l’a reçu au palais, selon l’agence KCNA, qui évoque une coopération militaire renforcée entre les deux pays.',
      'À Séoul, le ministère de l’Unification dit suivre la visite de près et rappelle les sanctions du Conseil de sécurité.',
    ];
    const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Lavrov à Pyongyang — Le Courrier</title>
      <meta property="og:site_name" content="Le Courrier"></head><body>
      <nav><a href="/">Accueil</a> · <a href="/monde">Monde</a> · <a href="/sport">Sport</a></nav>
      <div class="story"><h1>Lavrov à Pyongyang</h1>${story.map((p) => `<div class="para"><p>${p}</p></div>`).join('')}</div>
      <footer>Le Courrier — mentions légales</footer></body></html>`;
    server.setPage('/no-article.html', html);
    const { page: article, tabId } = await openArticle('/no-article.html');
    const panel = await browser.context.newPage();
    await panel.goto(panelUrl(`tab=${tabId}`));
    const done = (await ask(panel, 'corpus/ingest-tab', { tabId })) as { ok: boolean; sourceId: string; mentions: number };
    expect(done.ok).toBe(true);
    expect(done.mentions).toBeGreaterThanOrEqual(4);
    const exported = (await ask(panel, 'corpus/export', {})) as { text: string };
    const line = exported.text.split('\n').find((l) => l.includes(done.sourceId))!;
    const text = JSON.stringify(JSON.parse(line));
    for (const p of story) expect(text).toContain(p);
    expect(text).not.toMatch(/Accueil|mentions légales/);
    const list = (await ask(panel, 'corpus/list', {})) as { sources: Array<{ id: string; outlet: string | null }> };
    expect(list.sources.find((s) => s.id === done.sourceId)?.outlet).toBe('Le Courrier');
    await Promise.all([article.close(), panel.close()]);
  });
});
