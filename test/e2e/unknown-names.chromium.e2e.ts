/**
 * A name without an entry, in real Chromium (issue 27): « Ri Thae-song » — not in the
 * glossary — is painted in the unknown style, its card gives the Hangul guess, the « Ajouter »
 * button opens the options page's form pre-filled, and once saved the name is found as the
 * reader's entry on the page that is still open, without a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import { newsPage, startNewsServer, type NewsServer } from './support/news-server.ts';
import { countGloseHighlights, locateWord } from './support/page-probes.ts';
import { closedCard } from './support/closed-card.ts';
import { resetSettings, tabIdFor, updateSettings } from './support/extension-messages.ts';
import { BUILTIN_ENTRIES } from '../../src/data/glossary/index.ts';
import { guessOriginal } from '../../src/core/unknown/index.ts';

const NAME = 'Ri Thae-song';
const TEXT = `Le dirigeant nord-coréen Kim Jong-un a nommé ${NAME} vice-ministre des Affaires étrangères, selon l'agence officielle.
À Pyongyang, ${NAME} a reçu une délégation venue de Moscou.`;

let browser: ChromiumWithExtension;
let server: NewsServer;

beforeAll(async () => {
  server = await startNewsServer();
  server.setPage('/unknown.html', newsPage('Nomination à Pyongyang', TEXT));
  server.setPage('/hidden.html', newsPage('Délégation', 'Kim Jong-un a reçu Ryu Myong-son à Pyongyang.'));
  browser = await launchChromium();
  await resetSettings(browser.worker);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function hover(page: Page, word: string): Promise<void> {
  const p = await page.evaluate(locateWord, word);
  if (!p) throw new Error(`"${word}" not on the page`);
  await page.mouse.move(p.x - 3, p.y + 25);
  await page.mouse.move(p.x, p.y, { steps: 3 });
}

describe('Chromium: a name without an entry', () => {
  it('is not a glossary name', () => {
    expect(BUILTIN_ENTRIES.some((e) => [e.names.fr, e.names.en, ...(e.spellings ?? [])].includes(NAME))).toBe(false);
  });

  it('is not looked for while the reader leaves unknown names out, and is found once they turn them back on', async () => {
    await updateSettings(browser.worker, { hiddenTypes: ['unknown'] });
    const page = await browser.context.newPage();
    await page.goto(server.url('/hidden.html'));
    await expect.poll(async () => (await page.evaluate(countGloseHighlights)).texts, { timeout: 15_000 }).toContain('Kim Jong-un');
    expect((await page.evaluate(countGloseHighlights)).names).not.toContain('glose-u-unknown');
    await updateSettings(browser.worker, { hiddenTypes: [] });
    await expect.poll(async () => (await page.evaluate(countGloseHighlights)).texts, { timeout: 15_000 }).toContain('Ryu Myong-son');
    expect((await page.evaluate(countGloseHighlights)).names).toContain('glose-u-unknown');
    await resetSettings(browser.worker);
    await page.close();
  });

  it('is painted, has its card with the Hangul guess, and once added from it is the reader’s entry on the page without a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/unknown.html'));
    // A mark on the page's own window: a reload would drop it.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await expect.poll(async () => (await page.evaluate(countGloseHighlights)).names, { timeout: 15_000 }).toContain('glose-u-unknown');
    expect((await page.evaluate(countGloseHighlights)).texts).toContain(NAME);

    // The side panel's page view lists it apart from the entries.
    const tabId = await tabIdFor(browser.worker, server.url('/unknown.html'));
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/src/sidepanel/index.html?tab=${tabId}`);
    const unknownRow = panel.locator('[data-view="page"] section[data-type="unknown"] li[data-unknown="ko"]');
    await unknownRow.waitFor({ timeout: 15_000 });
    expect(await unknownRow.textContent()).toMatch(new RegExp(`^${NAME}Nom coréen2`));
    expect(await panel.locator('[data-view="page"] section[data-type="person"] li[data-entry="kim-jong-un"]').count()).toBe(1);
    expect(await panel.locator('[data-view="page"] section[data-type="person"]').textContent()).not.toContain(NAME);
    await panel.close();
    await page.bringToFront();

    await hover(page, 'Thae-song');
    const card = closedCard(page);
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('data-unknown')).toBe('ko');
    expect(await card.locator('[data-flag="not-in-glossary"]').textContent()).toBe('Ce nom n’est pas dans le glossaire.');
    const guess = guessOriginal(NAME, 'ko', 'fr')!;
    expect(guess.original).toMatch(/^\p{Script=Hangul}{3}$/u);
    expect(await card.locator('[data-guess]').getAttribute('data-guess')).toBe(guess.original);
    expect(await card.locator('.script').textContent()).toContain('hangeul');
    expect(await card.locator('[data-on-page]').textContent()).toBe('Nommé 2 fois sur cette page');

    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(`chrome-extension://${browser.extensionId}/`), timeout: 15_000 });
    await card.locator('[data-action="add-entry"]').click();
    const options = await opened;
    const form = options.locator('form[data-form="entry"]');
    await form.waitFor();
    expect(await form.locator('[data-field="nameFr"]').inputValue()).toBe(NAME);
    expect(await form.locator('[data-field="nameEn"]').inputValue()).toBe(NAME);
    expect(await form.locator('[data-field="type"]').inputValue()).toBe('person');
    expect(await form.locator('[data-field="scriptLang"]').inputValue()).toBe('ko');
    expect(await form.locator('[data-field="script"]').inputValue()).toBe(guess.original);
    await form.locator('[data-field="descFr"]').fill('Diplomate nord-coréen (entrée de test).');
    await form.locator('[data-field="descEn"]').fill('North Korean diplomat (test entry).');
    await form.locator('button[data-action="save-entry"]').click();
    await options.locator('[data-list="user-entries"] li[data-entry="ri-thae-song"]').waitFor();

    // The open page reads itself again with the new entry: the name is a person now, not unknown.
    await page.bringToFront();
    const people = (): Promise<string[]> => page.evaluate(() => [...((CSS.highlights.get('glose-u-person') as Highlight | undefined) ?? [])].map((r) => (r as Range).toString()));
    await expect.poll(people, { timeout: 15_000 }).toContain(NAME);
    expect((await page.evaluate(countGloseHighlights)).names).not.toContain('glose-u-unknown');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await page.mouse.move(10, 10);
    await hover(page, 'Thae-song');
    await expect.poll(() => card.getAttribute('data-entry'), { timeout: 10_000 }).toBe('ri-thae-song');
    await options.close();
    await page.close();
  });
});
