/**
 * Source records in real Chromium (issue 29), on pages written for this test whose markup
 * declares nothing: a page with only a <time datetime>, one with only a byline (« Par … »,
 * « Publié le … »), one with only an agency dateline (« SÉOUL, … (AFP) – »), each added from
 * the side panel and read with the right date and author — by the content script's fast path
 * (one <article>) and by the background's reading of a whole page; the host never given as the
 * outlet. Then the panel edits a source's record, and the edit persists; the shipped articles
 * say so; a cross-reference links to its article safely.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import { startNewsServer, type NewsServer } from './support/news-server.ts';
import { tabIdFor } from './support/extension-messages.ts';
import { seriousViolations } from './support/axe.ts';

let browser: ChromiumWithExtension;
let server: NewsServer;

const BODY = [
  'Le dirigeant nord-coréen Kim Jong-un a inspecté une usine de la province, selon les médias officiels du pays.',
  'La visite a duré plusieurs heures ; les ouvriers ont présenté de nouvelles machines et un plan de production pour l’année à venir.',
  'Des observateurs à Séoul notent que ces visites se multiplient depuis le début de l’année, sans en tirer de conclusion ferme.',
  'Le ministère de l’Unification n’a pas commenté. Les images diffusées montrent une foule nombreuse et des slogans sur les murs.',
];

const paragraphs = (lines: readonly string[]): string => lines.map((p) => `<p>${p}</p>`).join('\n');

/** A page whose <head> has a <title> (with the site's name, or not) and nothing else about the article. */
function page(title: string, body: string, site = true): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}${site ? ' – Le Journal d’essai' : ''}</title></head>
<body><header><strong>Le Journal d’essai</strong> <nav><a href="/">Accueil</a></nav> <time datetime="2030-01-01">aujourd’hui</time></header>
${body}
<footer><small>© Le Journal d’essai</small> <time datetime="2019-05-05">archives</time></footer></body></html>`;
}

const PAGES = {
  // One <article> with enough text: the content script reads it itself.
  time: page('Une usine inspectée', `<article><h1>Une usine inspectée</h1><p class="date"><time datetime="2024-03-06T09:30:00+01:00">6 mars, 9 h 30</time></p>\n${paragraphs(BODY)}</article>`),
  // No <article>: the page is sent whole and read in the background.
  byline: page('Une visite en province', `<main><h1>Une visite en province</h1><div class="meta"><p>Par Jeanne Martin-Lefort</p><p>Publié le 7 mars 2024 à 10 h 12, mis à jour le 8 mars 2024</p></div>\n${paragraphs(BODY)}</main>`),
  dateline: page('Nouvelle visite d’usine', `<article><h1>Nouvelle visite d’usine</h1>\n${paragraphs([`SÉOUL, 9 mars 2024 (AFP) – ${BODY[0]}`, ...BODY.slice(1)])}</article>`, false),
};

beforeAll(async () => {
  server = await startNewsServer();
  for (const [name, html] of Object.entries(PAGES)) server.setPage(`/${name}.html`, html);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const panelUrl = (query: string) => `chrome-extension://${browser.extensionId}/src/sidepanel/index.html?${query}`;

function ask(page: Page, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
}

/** Opens the page, adds it from a panel bound to its tab, and returns the panel showing the result. */
async function addFromPanel(path: string): Promise<{ article: Page; panel: Page }> {
  const article = await browser.context.newPage();
  await article.goto(server.url(path));
  const tabId = await tabIdFor(browser.worker, server.url(path), 20_000);
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(panelUrl(`tab=${tabId}`));
  await panel.locator('[data-view="page"] li[data-entry]').first().waitFor();
  await panel.locator('[data-action="ingest"]').click();
  await panel.locator('[data-role="ingested-source"]').waitFor({ timeout: 15_000 });
  return { article, panel };
}

interface Shown {
  title: string | null;
  outlet: string | null;
  author: string | null;
  date: string | null;
}

async function shown(panel: Page): Promise<Shown> {
  const box = panel.locator('[data-role="ingested-source"]');
  const text = async (role: string) => ((await box.locator(`[data-role="${role}"]`).count()) ? (await box.locator(`[data-role="${role}"]`).first().textContent())?.replace(/^ · /, '') ?? null : null);
  const date = box.locator('[data-role="source-date"]');
  return { title: await text('source-title'), outlet: await text('source-outlet'), author: await text('source-author'), date: (await date.count()) ? await date.getAttribute('data-date') : null };
}

describe('Chromium: sources that know their date and author', () => {
  it.each([
    // The <title> repeats the <h1> before the site's name: that names the outlet; the dateline's
    // page names no site, and its outlet is unknown (not 127.0.0.1).
    ['only a <time datetime> (read in the page)', '/time.html', { title: 'Une usine inspectée', outlet: 'Le Journal d’essai', author: null, date: '2024-03-06' }],
    ['only a byline (read in the background)', '/byline.html', { title: 'Une visite en province', outlet: 'Le Journal d’essai', author: 'par Jeanne Martin-Lefort', date: '2024-03-07' }],
    ['only a dateline', '/dateline.html', { title: 'Nouvelle visite d’usine', outlet: 'média inconnu', author: 'par AFP', date: '2024-03-09' }],
  ])('a page with %s becomes a source with its date and author', async (_, path, expected) => {
    const { article, panel } = await addFromPanel(path);
    const seen = await shown(panel);
    // The page is served from 127.0.0.1: that is no outlet's name.
    expect(seen).toEqual(expected);
    await Promise.all([article.close(), panel.close()]);
  });

  it('edits a source’s record in the panel, and the edit persists', async () => {
    const { article, panel } = await addFromPanel('/time.html');
    const box = panel.locator('[data-role="ingested-source"]');
    await box.locator('[data-action="edit-source"]').click();
    const form = box.locator('form[data-role="source-form"]');
    expect(await form.locator('input[name="date"]').inputValue()).toBe('2024-03-06');
    expect(await seriousViolations(panel), 'axe').toEqual([]);
    await form.locator('input[name="title"]').fill('Kim Jong-un dans une usine');
    await form.locator('input[name="outlet"]').fill('La Gazette d’essai');
    await form.locator('input[name="author"]').fill('Paul Durand');
    await form.locator('input[name="date"]').fill('2024-03-05');
    await form.locator('[data-action="save-source"]').click();
    await expect.poll(() => box.locator('[data-role="source-status"]').textContent()).toMatch(/Fiche enregistrée/);
    expect(await shown(panel)).toEqual({ title: 'Kim Jong-un dans une usine', outlet: 'La Gazette d’essai', author: 'par Paul Durand', date: '2024-03-05' });

    // A refused edit says why, in French, and changes nothing.
    await box.locator('[data-action="edit-source"]').click();
    await form.locator('input[name="title"]').fill('   ');
    await form.evaluate((f: HTMLFormElement) => f.requestSubmit ? (f.noValidate = true, f.requestSubmit()) : undefined);
    await expect.poll(() => form.locator('[data-role="source-status"]').textContent()).toBe('Le titre ne peut pas être vide.');
    await form.locator('[data-action="cancel-source"]').click();

    // Persisted: another panel, reopened, shows the edit in the cross-references of Kim Jong-un.
    const other = await browser.context.newPage();
    await other.goto(panelUrl('entry=kim-jong-un'));
    const source = other.locator('[data-role="xref"] li[data-source]', { hasText: 'Kim Jong-un dans une usine' });
    await source.waitFor({ timeout: 15_000 });
    expect(await source.locator('[data-role="source-outlet"]').textContent()).toBe('La Gazette d’essai');
    expect(await source.locator('[data-role="source-author"]').textContent()).toBe(' · par Paul Durand');
    expect(await source.locator('[data-role="source-date"]').textContent()).toBe(' · 5 mars 2024');
    // The cross-reference links to its article, in a new tab that cannot reach back to the panel.
    const link = source.locator('.source-title a');
    expect(await link.getAttribute('href')).toBe(server.url('/time.html'));
    expect(await link.getAttribute('target')).toBe('_blank');
    expect((await link.getAttribute('rel'))?.split(' ')).toContain('noopener');
    const list = (await ask(other, 'corpus/list', {})) as { sources: Array<{ title: string; outlet: string | null; date: string | null }> };
    expect(list.sources.filter((s) => s.title === 'Kim Jong-un dans une usine')).toEqual([expect.objectContaining({ outlet: 'La Gazette d’essai', date: '2024-03-05' })]);

    // The edit from the cross-references works the same way.
    await source.locator('[data-action="edit-source"]').click();
    await source.locator('input[name="author"]').fill('');
    await source.locator('[data-action="save-source"]').click();
    await expect.poll(() => source.locator('[data-role="source-author"]').count()).toBe(0);
    await other.reload();
    await source.waitFor({ timeout: 15_000 });
    expect(await source.locator('[data-role="source-author"]').count()).toBe(0);
    await Promise.all([article.close(), panel.close(), other.close()]);
  });

  it('shows the default sources as the articles shipped with Glose, without an outlet', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(panelUrl('entry=aurus'));
    const sources = panel.locator('[data-role="xref"] li[data-source]');
    await sources.first().waitFor({ timeout: 15_000 });
    expect(await sources.locator('[data-role="source-outlet"]').allTextContents()).toEqual(['Article fourni avec Glose', 'Article fourni avec Glose']);
    expect(await panel.locator('[data-role="xref"]').textContent()).not.toMatch(/source sans nom/);
    await panel.close();
  });
});
