/**
 * The options page in real Chromium: a reader's own entry is found on a page after a reload,
 * a malformed import is refused with its reason and changes nothing, and the romanisation
 * style chosen here redraws the hover card of an open tab without a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import { newsPage, startNewsServer, type NewsServer } from './support/news-server.ts';
import { countGloseHighlights, locateWord } from './support/page-probes.ts';
import { closedCard } from './support/closed-card.ts';

let browser: ChromiumWithExtension;
let server: NewsServer;
let options: Page;

const READER_NAME = 'Marie Dupont-Kang';

beforeAll(async () => {
  server = await startNewsServer();
  server.setPage(
    '/reader.html',
    newsPage(
      'Une correspondante à Séoul',
      `Notre correspondante ${READER_NAME} a suivi à Séoul la visite du ministre. Selon ${READER_NAME}, la rencontre avec Kim Jong-un n’est pas exclue.\nLa Corée du Nord n’a pas réagi.`,
    ),
  );
  browser = await launchChromium();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await options.locator('h1').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function highlightedTexts(page: Page): Promise<string[]> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('glose')), null, { timeout: 15_000 });
  return (await page.evaluate(countGloseHighlights)).texts;
}

describe('Chromium: options page', () => {
  it('links the privacy policy, shipped with the extension, saying nothing leaves the computer', async () => {
    const link = options.locator('a[data-link="privacy"]');
    expect(await link.textContent()).toMatch(/confidentialité/);
    const [policy] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await policy.waitForLoadState();
    expect(policy.url()).toBe(`chrome-extension://${browser.extensionId}/privacy.html`);
    expect(await policy.locator('h1').first().textContent()).toMatch(/privacy policy/);
    expect(await policy.locator('body').textContent()).toMatch(/nothing leaves your computer/);
    expect(await policy.locator('body').textContent()).toMatch(/rien ne quitte votre ordinateur/);
    await policy.close();
  });

  it('a reader’s entry added in the options page is highlighted on an open page after a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/reader.html'));
    expect(await highlightedTexts(page)).not.toContain(READER_NAME);

    await options.click('button[data-action="add-entry"]');
    const form = options.locator('form[data-form="entry"]');
    await form.locator('[data-field="nameFr"]').fill(READER_NAME);
    await form.locator('[data-field="nameEn"]').fill(READER_NAME);
    await form.locator('[data-field="descFr"]').fill('Correspondante de presse à Séoul (entrée de test).');
    await form.locator('[data-field="descEn"]').fill('Press correspondent in Seoul (test entry).');
    await form.locator('button[data-action="save-entry"]').click();
    await options.locator('[data-list="user-entries"] li[data-entry="marie-dupont-kang"]').waitFor();

    await page.reload();
    await expect.poll(async () => highlightedTexts(page), { timeout: 15_000 }).toContain(READER_NAME);
    const point = await page.evaluate(locateWord, 'Dupont');
    await page.mouse.move(point!.x, point!.y, { steps: 3 });
    const card = closedCard(page);
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('data-entry')).toBe('marie-dupont-kang');
    await page.close();
  });

  it('refuses a malformed import with the reason, and nothing changes', async () => {
    const before = await options.locator('[data-list="user-entries"] li').count();
    await options.locator('input[data-action="import-entries"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 1, "entries": [ {"id": "x", "type": "person" '),
    });
    const errors = options.locator('[data-errors]');
    await errors.waitFor();
    expect((await errors.textContent())?.length).toBeGreaterThan(20);
    expect(await options.locator('[data-list="user-entries"] li').count()).toBe(before);
  });

  it('flags a reader’s entry that a built-in entry now names too, and merges it on request', async () => {
    await options.click('button[data-action="add-entry"]');
    const form = options.locator('form[data-form="entry"]');
    await form.locator('[data-field="nameFr"]').fill('Choe Son-hui');
    await form.locator('[data-field="nameEn"]').fill('Choe Sonhui');
    await form.locator('[data-field="descFr"]').fill('Ma fiche sur la ministre (entrée de test).');
    await form.locator('[data-field="descEn"]').fill('My own card on the minister (test entry).');
    await form.locator('button[data-action="save-entry"]').click();
    const mine = options.locator('[data-list="user-entries"] li[data-entry="choe-sonhui"]');
    await mine.waitFor();
    const flag = mine.locator('[data-duplicate="choe-son-hui"]');
    await flag.waitFor();
    await flag.locator('button[data-action="merge-entry"]').click();
    // Merged: one entry of the reader's, under the built-in's id, with the reader's spelling kept.
    await options.locator('[data-list="user-entries"] li[data-entry="choe-son-hui"]').waitFor();
    expect(await options.locator('[data-list="user-entries"] [data-duplicate]').count()).toBe(0);
    expect(await options.locator('.notice[role="status"]').textContent()).toContain('Choe Son-hui');
    await options.click('[data-list="user-entries"] li[data-entry="choe-son-hui"] button[data-action="delete-entry"]');
    await options.locator('[data-list="user-entries"] li[data-entry="choe-son-hui"]').waitFor({ state: 'detached' });
  });

  it('switching the Korean style redraws the card on an open tab without a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/source-2.html'));
    await highlightedTexts(page);
    const point = await page.evaluate(locateWord, 'Kim Jong-un');
    await page.mouse.move(point!.x, point!.y, { steps: 3 });
    const name = closedCard(page).locator('.name');
    await name.waitFor({ state: 'visible' });
    await expect.poll(() => name.textContent()).toBe('Kim Jong-un');

    await options.selectOption('select[data-setting="koreanStyle"]', 'mr');
    await expect.poll(() => name.textContent(), { timeout: 10_000 }).toBe('Kim Chŏngŭn');
    await expect.poll(() => options.locator('[data-preview]').textContent()).toContain('Kim Chŏngŭn');

    await options.selectOption('select[data-setting="koreanStyle"]', 'press');
    await expect.poll(() => name.textContent(), { timeout: 10_000 }).toBe('Kim Jong-un');
    await page.close();
  });
});
