/**
 * What is marked, where, and undo (issue 28), in real Chromium on a realistic news page
 * (header, navigation, ad, article with a byline, a dateline and a « Lire aussi » box, sidebar,
 * comments, footer): by default only the article's body is marked, each name once per section,
 * world entries not at all; every mention on request; the whole page on request; turning off
 * from the card's menu is undone from the page; the card fits a 360 px screen with its actions
 * on one line and passes axe; rewrite mode changes names only; the options page fits 360 px.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import { startNewsServer, type NewsServer } from './support/news-server.ts';
import { countGloseHighlights, locateWord } from './support/page-probes.ts';
import { closedCard, closedToast, inCard } from './support/closed-card.ts';
import { resetSettings, updateSettings } from './support/extension-messages.ts';
import { seriousViolations } from './support/axe.ts';
import { changedStretches, paintedPlaces, PERSON_OF, REALISTIC_PAGE } from './support/realistic-page.ts';

let browser: ChromiumWithExtension;
let server: NewsServer;

beforeAll(async () => {
  server = await startNewsServer();
  server.setPage('/realistic.html', REALISTIC_PAGE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await resetSettings(browser.worker);
});

async function open(width = 1200): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(server.url('/realistic.html'));
  await page.waitForFunction(() => performance.getEntriesByName('glose:page-read').length > 0, null, { timeout: 15_000 });
  // The last held-back short forms and the highlighter's quiet flush.
  await page.waitForTimeout(400);
  return page;
}

async function hover(page: Page, word: string): Promise<void> {
  const p = await page.evaluate(locateWord, word);
  if (!p) throw new Error(`"${word}" not on the page`);
  await page.mouse.move(p.x - 3, p.y + 25);
  await page.mouse.move(p.x, p.y, { steps: 3 });
}

/** How many times each person is painted in each section. */
function perSection(places: Array<{ text: string; section: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of places) {
    const who = PERSON_OF[p.text];
    if (!who) continue;
    const key = `${p.section} / ${who}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('Chromium: what is marked and where, on a realistic page', () => {
  it('by default marks the article body only, each name once per section, no world entry', async () => {
    const page = await open();
    const places = await page.evaluate(paintedPlaces);
    expect(places.length).toBeGreaterThan(0);
    // Nothing outside the body: not the navigation, the ad, the byline, the dateline, the « Lire aussi » box, the sidebar, the comments or the footer.
    expect(places.filter((p) => p.zone !== 'body')).toEqual([]);
    const counts = perSection(places);
    expect([...counts.values()].every((n) => n === 1), JSON.stringify([...counts])).toBe(true);
    // Both sections have Poutine and Kim Jong-un marked once each.
    expect([...counts.keys()].sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^Poutine reçoit.* \/ putin$/), expect.stringMatching(/^Poutine reçoit.* \/ kim$/), expect.stringMatching(/^Des armes.* \/ putin$/), expect.stringMatching(/^Des armes.* \/ kim$/)]));
    // World entries (Washington, l'ONU) are not marked, but answer a hover with Shift held.
    expect(places.map((p) => p.text)).not.toContain('Washington');
    await page.keyboard.down('Shift');
    await hover(page, 'Washington');
    await closedCard(page).waitFor({ state: 'visible', timeout: 5000 });
    await page.keyboard.up('Shift');
    expect(await closedCard(page).getAttribute('data-entry')).toBe('washington');
    await page.close();
  });

  it('marks every mention, or the first on the page, or reads the whole page, when the reader says so', async () => {
    const page = await open();
    const kims = async () => (await page.evaluate(paintedPlaces)).filter((p) => p.text === 'Kim Jong-un');
    expect((await kims()).length).toBe(2);
    await updateSettings(browser.worker, { marks: 'every' });
    await expect.poll(async () => (await kims()).length).toBe(5);
    await updateSettings(browser.worker, { marks: 'page' });
    await expect.poll(async () => (await kims()).length).toBe(1);
    // Types: no people.
    await updateSettings(browser.worker, { marks: 'every', hiddenTypes: ['person'] });
    await expect.poll(async () => (await kims()).length).toBe(0);
    // The whole page: the navigation, the comments and the footer too.
    await updateSettings(browser.worker, { marks: 'every', hiddenTypes: [], wholePage: true });
    await expect.poll(async () => new Set((await page.evaluate(paintedPlaces)).map((p) => p.zone)), { timeout: 10_000 }).toEqual(new Set(['nav', 'ad', 'body', 'related', 'aside', 'comments', 'footer', 'dateline']));
    // Per site: this site back to its article only, first mention per section.
    await updateSettings(browser.worker, { siteOverrides: { [new URL(server.url('/')).hostname]: { marks: 'first', wholePage: false } } });
    await expect.poll(async () => new Set((await page.evaluate(paintedPlaces)).map((p) => p.zone)), { timeout: 10_000 }).toEqual(new Set(['body']));
    await page.close();
  });

  it('turning off from the card’s menu is undone from the page, and the highlights come back', async () => {
    const page = await open();
    const before = (await page.evaluate(countGloseHighlights)).ranges;
    await hover(page, 'Vostotchny');
    const card = closedCard(page);
    await card.waitFor({ state: 'visible' });
    await card.locator('button[data-action="more"]').click();
    await card.locator('button[data-action="turn-off"]').click();
    await expect.poll(async () => (await page.evaluate(countGloseHighlights)).ranges).toBe(0);
    await closedToast(page).locator('button[data-action="undo"]').click();
    await expect.poll(async () => (await page.evaluate(countGloseHighlights)).ranges, { timeout: 10_000 }).toBe(before);
    expect((await page.evaluate(paintedPlaces)).filter((p) => p.zone !== 'body')).toEqual([]);
    await page.close();
  });

  it('the card fits a 360 px screen, its actions on one line, and passes axe', async () => {
    const page = await open(360);
    await hover(page, 'Peskov');
    const card = closedCard(page);
    await card.waitFor({ state: 'visible' });
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const tops = await inCard<number[]>(page, 'function () { return [...this.querySelectorAll(".actions button")].map((b) => Math.round(b.getBoundingClientRect().top)); }');
    expect(tops!.length).toBeGreaterThanOrEqual(3);
    expect(new Set(tops).size).toBe(1);
    // The menu opens below, inside the card.
    await card.locator('button[data-action="more"]').click();
    await card.locator('button[data-action="turn-off"]').waitFor({ state: 'visible' });
    const wide = (await card.boundingBox())!;
    expect(wide.x + wide.width).toBeLessThanOrEqual(360);
    // axe cannot enter a closed shadow root: the card as drawn (its markup and its styles) is copied into an open page.
    const markup = await inCard<string>(page, 'function () { return this.innerHTML; }');
    const copy = await browser.context.newPage();
    await copy.setViewportSize({ width: 360, height: 800 });
    await copy.setContent(`<!doctype html><html lang="fr"><head><title>Carte</title></head><body><main>${markup}</main></body></html>`);
    expect(await seriousViolations(copy), 'axe').toEqual([]);
    await copy.close();
    await page.close();
  });

  it('rewrite keeps « Poutine » a surname in the chosen style, leaves « (ONU) » as it was, and changes nothing but names', async () => {
    const page = await open();
    const text = () => page.evaluate(() => document.body.textContent!);
    const before = await text();
    await updateSettings(browser.worker, { rewrite: true, russianStyle: 'en-press' });
    await expect.poll(() => page.evaluate(() => document.querySelector('h1')!.textContent)).toBe('Putin reçoit Kim Jong-un à Vostotchny');
    const after = await text();
    expect(after).toContain('Organisation des Nations unies (ONU)');
    expect(after).toContain('Vladimir Putin a accueilli');
    const changes = changedStretches(before, after);
    expect(changes.length).toBeGreaterThan(0);
    // Every change is a name for a name: the words changed are words of the page's names.
    const NAME_WORDS = new Set('Vladimir Poutine Kim Jong-un Vostotchny Séoul Dmitri Peskov Moscou Washington'.split(' '));
    for (const [was] of changes) expect(was.split(' ').every((w) => NAME_WORDS.has(w)), `changed: ${JSON.stringify(changes)}`).toBe(true);
    await updateSettings(browser.worker, { rewrite: false });
    await expect.poll(text).toBe(before);
    await page.close();
  });

  it('the options page fits 360 px and passes axe', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 360, height: 800 });
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.locator('select[data-setting="marks"]').waitFor();
    await options.locator('select[data-action="hide-select"] option:nth-child(50)').waitFor({ state: 'attached' });
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The per-site settings, added from the page.
    await options.locator('input[data-setting="rule-site"]').fill('lemonde.fr');
    await options.locator('select[data-setting="rule-marks"]').selectOption('every');
    await options.locator('button[data-action="add-site-rule"]').click();
    await options.locator('[data-list="site-rules"] li').waitFor();
    expect(await options.locator('[data-list="site-rules"] li').textContent()).toMatch(/lemonde\.fr/);
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousViolations(options), 'axe').toEqual([]);
    await options.close();
  });
});
