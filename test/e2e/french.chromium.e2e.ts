/**
 * A French reader, in real Chromium started in French (--lang=fr-FR, the reader's language
 * setting left on « auto »): the options page words in French a bad import, an empty file, a
 * file too large and a full disk (a profile on a small tmpfs, filled: Chromium's quota follows
 * the free space, so IndexedDB refuses the write; the tmpfs needs root, and that test says so and
 * skips where it cannot mount one — CDP's Storage.overrideQuotaForOrigin is not used because
 * Chromium 156 ignores it for extension origins); it shows sizes in Mo/Go and dates in French;
 * and the whole page, read back, holds no English (test/ui/english-leak.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import { corpusFile } from './support/corpus-files.ts';
import { fillDisk, tryMountTmpfs, unmount } from './support/small-disk.ts';
import { englishPieces, findEnglish } from '../ui/english-leak.ts';
import frMessages from '../../_locales/fr/messages.json' with { type: 'json' };
import enMessages from '../../_locales/en/messages.json' with { type: 'json' };

const work = mkdtempSync(join(tmpdir(), 'glose-french-'));
const file = (name: string, content: string): string => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};
const PIECES = englishPieces(enMessages, frMessages);

const sourceRows = (options: Page): Locator => options.locator('table[data-role="sources"] tr[data-source]');
const entryErrors = (options: Page): Locator => options.locator('fieldset[data-section="entries"] [data-errors]');
const corpusErrors = (options: Page): Locator => options.locator('section[data-section="sources"] [data-errors]');

/** What of the page, as the reader sees it now, is English (the names of the « hide » list are entries' names: data). */
async function englishOnPage(page: Page): Promise<string[]> {
  const { document } = parseHTML(await page.content());
  for (const option of Array.from(document.querySelectorAll('select[data-action="hide-select"] option'))) option.remove();
  return findEnglish(document.body, PIECES).map((l) => `${l.where} ${l.why}: ${l.text}`);
}

describe('Chromium in French: every word in the reader’s language', () => {
  let browser: ChromiumWithExtension;
  let options: Page;

  beforeAll(async () => {
    browser = await launchChromium({ locale: 'fr-FR' });
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await sourceRows(options).first().waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the options page is French, with sizes in Mo/Go and French dates', async () => {
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('fr');
    // Enough sources for the storage used to count in megabytes.
    await options.locator('input[data-action="import-corpus"]').setInputFiles(file('forty.jsonl', corpusFile(40, 20_000, 'quarante')));
    await expect.poll(() => sourceRows(options).count(), { timeout: 60_000 }).toBe(42);
    await options.reload();
    await sourceRows(options).first().waitFor({ timeout: 15_000 });
    const storage = (await options.locator('[data-role="storage"]').textContent()) ?? '';
    console.log(`options page: ${storage}`);
    expect(storage).toMatch(/^Stockage utilisé\u202f: [\d,]+\s(Mo|Go) \(quota [\d,]+\s(Go|To)\)$/u);
    const dates = await options.locator('table[data-role="sources"] td:nth-child(3)').allTextContents();
    expect(dates).toContain('20 février 2024');
    expect(dates).toContain('1 novembre 2026');
    expect(await englishOnPage(options)).toEqual([]);
  }, 120_000);

  it('a bad import and an empty file', async () => {
    await options.locator('input[data-action="import-entries"]').setInputFiles(file('bad.json', '[\n  {"id": "x",\n   "type": }\n]'));
    await expect.poll(() => entryErrors(options).textContent(), { timeout: 10_000 }).toMatch(/ligne 3, colonne \d+ — ce n’est pas du JSON valide/);
    expect(await englishOnPage(options)).toEqual([]);
    await options.locator('input[data-action="import-entries"]').setInputFiles(
      file('names.json', JSON.stringify([{ id: 'mon-nom', type: 'person', names: { fr: 'Mon nom' }, descriptions: { fr: 'Une personne.' } }])),
    );
    await expect.poll(() => entryErrors(options).textContent(), { timeout: 10_000 }).toMatch(/names\.en — est obligatoire/);
    expect(await entryErrors(options).textContent()).toMatch(/descriptions\.en — est obligatoire/);
    expect(await englishOnPage(options)).toEqual([]);
    await options.locator('input[data-action="import-entries"]').setInputFiles(file('empty.json', ''));
    await expect.poll(() => entryErrors(options).textContent(), { timeout: 10_000 }).toMatch(/Le fichier est vide/);
    await options.locator('input[data-action="import-corpus"]').setInputFiles(file('empty.jsonl', '\n'));
    await expect.poll(() => corpusErrors(options).textContent(), { timeout: 10_000 }).toMatch(/Le fichier est vide.*Rien n’a été importé/);
    await options.locator('input[data-action="import-corpus"]').setInputFiles(file('bad.jsonl', '{"glose":"corpus","version":1}\n{"source": 12, "mentions": []}\n'));
    await expect.poll(() => corpusErrors(options).textContent(), { timeout: 10_000 }).toMatch(/ligne 2 · source — doit être un objet/);
    expect(await englishOnPage(options)).toEqual([]);
  });

  it('the reader’s language setting wins over the browser’s: English, with MB/GB, English dates and no French spacing', async () => {
    const set = (uiLang: string) => options.evaluate((lang) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'settings/update', payload: { patch: { uiLang: lang } } }), uiLang);
    await set('en');
    try {
      await expect.poll(() => options.evaluate(() => document.documentElement.lang), { timeout: 10_000 }).toBe('en');
      expect(await options.locator('[data-role="storage"]').textContent()).toMatch(/^Storage used: [\d.]+ (MB|GB) \(quota [\d.]+ (GB|TB)\)$/);
      expect(await options.locator('table[data-role="sources"] td:nth-child(3)').allTextContents()).toContain('February 20, 2024');
      expect(await options.locator('[data-preview]').textContent()).toMatch(/^Preview: /);
    } finally {
      await set('fr');
    }
    await expect.poll(() => options.evaluate(() => document.documentElement.lang), { timeout: 10_000 }).toBe('fr');
    expect(await options.locator('[data-preview]').textContent()).toMatch(/^Aperçu\u202f: /);
  });

  it('a file too large', async () => {
    await options.locator('input[data-action="import-entries"]').setInputFiles(file('big.json', `{"version":1,"entries":[],"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`));
    await expect.poll(() => entryErrors(options).textContent(), { timeout: 10_000 }).toMatch(/Le fichier pèse 6\sMo\u202f: c’est plus que la limite de 5\sMo/u);
    expect(await englishOnPage(options)).toEqual([]);
  });
});

describe('Chromium in French: a full disk', () => {
  const disk = join(work, 'disk');
  let mounted = false;
  let browser: ChromiumWithExtension | undefined;

  beforeAll(async () => {
    mounted = tryMountTmpfs(disk, '160m', 'french e2e');
    if (mounted) browser = await launchChromium({ locale: 'fr-FR', userDataDir: join(disk, 'profile') });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (mounted) unmount(disk);
  });

  it('says in French that there is no room left, and keeps nothing', async (context) => {
    if (!mounted || !browser) return context.skip();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await sourceRows(options).first().waitFor({ timeout: 15_000 });
    const before = await sourceRows(options).count();
    const filler = fillDisk(disk, 256 * 1024);
    try {
      await options.locator('input[data-action="import-corpus"]').setInputFiles(file('forty-full.jsonl', corpusFile(40, 20_000, 'plein')));
      await corpusErrors(options).waitFor({ timeout: 60_000 });
      const message = (await corpusErrors(options).textContent()) ?? '';
      console.log(`full disk: ${message}`);
      // Chromium reports a full profile disk as a quota reached (its quota follows the free space) or as a failed write.
      expect(message).toMatch(/(quota de stockage atteint|Le disque a refusé l’écriture).*Rien n’a été importé/);
      expect(await englishOnPage(options)).toEqual([]);
      expect(await sourceRows(options).count()).toBe(before);
    } finally {
      rmSync(filler, { force: true });
    }
  }, 120_000);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
