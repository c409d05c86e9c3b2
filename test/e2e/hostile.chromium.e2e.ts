/**
 * A hostile page, served locally, against Glose in real Chromium: its own script tries to drive
 * the card with synthetic events, to read the card, to detect the extension by fetching its
 * files, and — standing in for a compromised renderer — code in the content script's isolated
 * world (reached over CDP, as an exploit would reach it) sends the background every privileged
 * request. Each attempt must fail, while a real reader's mouse and the extension's own pages
 * keep working.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import { newsPage, startNewsServer, type NewsServer } from './support/news-server.ts';
import { locateWord } from './support/page-probes.ts';
import { closedCard } from './support/closed-card.ts';
import { tabIdFor } from './support/extension-messages.ts';
import { DIST_CHROME } from './support/paths.ts';
import { HOSTILE_SCRIPT, HOSTILE_TEXT as TEXT } from './support/hostile-page.ts';

let browser: ChromiumWithExtension;
let server: NewsServer;

beforeAll(async () => {
  server = await startNewsServer();
  server.setPage('/hostile.html', newsPage('Visite', TEXT, 'fr', HOSTILE_SCRIPT));
  server.setPage('/other.html', newsPage('Autre onglet', 'Le Kremlin a confirmé la visite de Dmitri Peskov à Khabarovsk.'));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openHostile(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('/hostile.html'));
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('glose')), null, { timeout: 15_000 });
  return page;
}

async function realHover(page: Page, word: string): Promise<void> {
  const p = (await page.evaluate(locateWord, word))!;
  await page.mouse.move(p.x - 3, p.y + 25);
  await page.mouse.move(p.x, p.y, { steps: 3 });
}

/** Every file the built extension ships, as chrome-extension:// URLs. */
function shippedUrls(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(`chrome-extension://${browser.extensionId}/${relative(DIST_CHROME, path).split('\\').join('/')}`);
    }
  };
  walk(DIST_CHROME);
  return out;
}

/** The content script's isolated world in the page's main frame, found as a debugger finds it. */
async function contentWorld(page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; name: string; auxData?: { type?: string; isDefault?: boolean; frameId?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const frameTree = await cdp.send('Page.getFrameTree');
  const mainFrame = frameTree.frameTree.frame.id;
  const deadline = Date.now() + 5000;
  for (;;) {
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === mainFrame && c.origin.includes(browser.extensionId));
    if (world) return { cdp, contextId: world.id };
    if (Date.now() > deadline) throw new Error(`no isolated world of the extension among ${JSON.stringify(contexts)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: string };

/** Sends one request to the background from the content script's world. */
async function fromContentWorld(world: { cdp: CDPSession; contextId: number }, type: string, payload: unknown): Promise<Outcome> {
  const expression = `chrome.runtime.sendMessage(${JSON.stringify({ type, payload })}).then(
    (value) => ({ ok: true, value }),
    (e) => ({ ok: false, error: String(e && e.message) }),
  )`;
  const out = await world.cdp.send('Runtime.evaluate', { expression, contextId: world.contextId, awaitPromise: true, returnByValue: true });
  if (out.exceptionDetails) return { ok: false, error: out.exceptionDetails.exception?.description ?? out.exceptionDetails.text };
  return out.result.value as Outcome;
}

/** The same request from an extension page (the options page), which must be answered. */
async function fromExtensionPage(page: Page, type: string, payload: unknown): Promise<Outcome> {
  return page.evaluate(
    ([t, p]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime
        .sendMessage({ type: t, payload: p })
        .then((value) => ({ ok: true as const, value }), (e: Error) => ({ ok: false as const, error: String(e.message) })),
    [type, payload] as const,
  );
}

describe('Chromium: a hostile page', () => {
  it('cannot open the card with synthetic events, while a real pointer does', async () => {
    const page = await openHostile();
    expect(await page.evaluate(() => (window as unknown as { hostile: { drive(w: string): boolean } }).hostile.drive('Lavrov'))).toBe(true);
    // Longer than the hover intent and the card's fade-in.
    await page.waitForTimeout(1500);
    expect(await closedCard(page).isVisible()).toBe(false);
    await page.evaluate(() => (window as unknown as { hostile: { drive(w: string): boolean } }).hostile.drive('Pyongyang'));
    await page.waitForTimeout(1500);
    expect(await closedCard(page).isVisible()).toBe(false);

    // The control: the same word under a real mouse opens it.
    await realHover(page, 'Lavrov');
    await closedCard(page).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await closedCard(page).getAttribute('data-entry')).toBe('sergei-lavrov');
    await page.close();
  });

  it('finds no readable card: closed root, no entry data on the host, nothing in its own DOM', async () => {
    const page = await openHostile();
    await realHover(page, 'Lavrov');
    await closedCard(page).waitFor({ state: 'visible', timeout: 10_000 });
    const script = await closedCard(page).locator('.script').textContent();
    expect(script).toMatch(/Лавров/);

    type Seen = { hostFound: boolean; shadowRoot: boolean | null; attributes: string[]; hostStyle: string | null; hostText: string; rootsSeen: number; pageHtml: string };
    const seen = await page.evaluate(() => (window as unknown as { hostile: { read(): Seen } }).hostile.read());
    expect(seen.hostFound).toBe(true);
    expect(seen.shadowRoot).toBe(false);
    // The host carries its marker and a fixed, data-free positioning style, nothing else.
    expect(seen.attributes).toEqual(['data-glose-card', 'style']);
    expect(seen.hostStyle).toMatch(/position: fixed; top: 0px; left: 0px; width: 0px; height: 0px;/);
    // … and it stays the same wherever the card opens, so it tells the page nothing.
    await page.mouse.move(5, 5);
    await closedCard(page).waitFor({ state: 'hidden', timeout: 10_000 });
    await realHover(page, 'Vladivostok');
    await closedCard(page).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.evaluate(() => document.querySelector('[data-glose-card]')!.getAttribute('style'))).toBe(seen.hostStyle);
    expect(seen.hostText).toBe('');
    // The page's wrapped attachShadow never saw the card's root: it is made in the content
    // script's own world, where the page's prototypes are not the ones used.
    expect(seen.rootsSeen).toBe(0);
    expect(seen.pageHtml).not.toContain('Лавров');
    expect(seen.pageHtml).not.toContain('sergei-lavrov');

    // Synthetic clicks on the host (the only thing the page can reach) do nothing either.
    const before = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('glose')).length);
    await page.evaluate(() => {
      const host = document.querySelector('[data-glose-card]')!;
      for (const type of ['pointerdown', 'pointerup', 'click']) host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });
    await page.waitForTimeout(300);
    expect(await closedCard(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('glose')).length)).toBe(before);
    await page.close();
  });

  it('cannot fetch or load any of the extension’s files, so cannot tell it is installed', async () => {
    const page = await openHostile();
    const urls = shippedUrls();
    expect(urls.some((u) => u.endsWith('/content.js'))).toBe(true);
    expect(urls.some((u) => u.endsWith('/manifest.json'))).toBe(true);
    const results = await page.evaluate(
      (list) => (window as unknown as { hostile: { probe(u: string[]): Promise<Array<{ url: string; viaFetch: string; viaScript: string }>> } }).hostile.probe(list),
      urls,
    );
    expect(results.length).toBe(urls.length);
    for (const r of results) expect({ url: r.url, fetch: r.viaFetch, script: r.viaScript }).toEqual({ url: r.url, fetch: 'blocked', script: 'blocked' });
    await page.close();
  });

  it('refuses every privileged request sent from the content script’s world, and still answers the extension’s pages', async () => {
    const other = await browser.context.newPage();
    await other.goto(server.url('/other.html'));
    const otherTab = await tabIdFor(browser.worker, server.url('/other.html'));
    const page = await openHostile();
    const ownTab = await tabIdFor(browser.worker, server.url('/hostile.html'));
    const world = await contentWorld(page);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const sources = (await fromExtensionPage(options, 'corpus/list', {})) as { ok: true; value: { sources: Array<{ id: string }> } };
    expect(sources.ok).toBe(true);
    const sourceCount = sources.value.sources.length;
    expect(sourceCount).toBeGreaterThan(0);
    const aSource = sources.value.sources[0]!.id;

    const privileged: Array<[string, unknown]> = [
      ['corpus/export', {}],
      ['corpus/list', {}],
      ['corpus/xref', { entryId: 'aurus' }],
      ['corpus/delete', { id: aSource }],
      ['corpus/import', { text: '' }],
      ['corpus/ingest-tab', { tabId: otherTab }],
      ['corpus/ingest-tab', { tabId: ownTab }],
      ['glossary/user', {}],
      ['glossary/export', { format: 'json' }],
      ['glossary/import', { format: 'json', text: JSON.stringify({ version: 1, entries: [] }) }],
      ['glossary/delete-entry', { id: 'kim-jong-un' }],
      ['glossary/set-hidden', { id: 'kim-jong-un', hidden: true }],
      ['tab/report', { tabId: otherTab }],
      ['tab/active', {}],
      ['settings/update', { patch: { uiLang: 'en' } }],
      ['settings/update', { patch: { highlight: 'off' } }],
      ['settings/update', { patch: { koreanStyle: 'mr', rewrite: true } }],
      ['settings/update', { patch: { disabledSites: ['example.org'] } }],
      ['site/set-enabled', { host: 'example.org', enabled: false }],
    ];
    for (const [type, payload] of privileged) {
      const outcome = await fromContentWorld(world, type, payload);
      expect({ type, payload, outcome }).toMatchObject({ type, payload, outcome: { ok: false, error: expect.stringContaining('glose:refused') } });
    }

    // Storage is kept to the extension's own contexts: the content script's world cannot read it.
    const storage = await world.cdp.send('Runtime.evaluate', {
      expression: `chrome.storage.local.get(null).then(() => 'read', (e) => 'refused: ' + e.message)`,
      contextId: world.contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    const storageOutcome = storage.exceptionDetails ? `refused: ${storage.exceptionDetails.exception?.description}` : String(storage.result.value);
    expect(storageOutcome).toBe('refused: Access to storage is not allowed from this context.');

    // What a page needs is still answered there: its own tab's report, an entry's card data.
    const ownReport = await fromContentWorld(world, 'tab/report', { tabId: ownTab });
    if (!ownReport.ok) console.log('own report refused:', ownReport.error);
    expect(ownReport).toMatchObject({ ok: true, value: { url: server.url('/hostile.html') } });
    const entry = await fromContentWorld(world, 'entry/get', { id: 'sergei-lavrov' });
    expect(entry.ok).toBe(true);

    // Nothing changed, and the extension's own page is answered for the same requests.
    const after = (await fromExtensionPage(options, 'corpus/list', {})) as { ok: true; value: { sources: Array<{ id: string }> } };
    expect(after.value.sources.map((s) => s.id)).toContain(aSource);
    expect(after.value.sources.length).toBe(sourceCount);
    const exported = (await fromExtensionPage(options, 'corpus/export', {})) as { ok: true; value: { text: string } };
    expect(exported.ok).toBe(true);
    expect(exported.value.text.length).toBeGreaterThan(100);
    const report = (await fromExtensionPage(options, 'tab/report', { tabId: otherTab })) as { ok: true; value: { url: string } | null };
    expect(report.ok).toBe(true);
    expect(report.value?.url).toBe(server.url('/other.html'));
    const settings = (await fromExtensionPage(options, 'settings/get', {})) as { ok: true; value: { uiLang: string; highlight: string; rewrite: boolean; disabledSites: string[] } };
    expect(settings.value).toMatchObject({ uiLang: 'auto', highlight: 'underline', rewrite: false });
    expect(settings.value.disabledSites).not.toContain('example.org');
    await Promise.all([page.close(), other.close(), options.close()]);
  });
});
