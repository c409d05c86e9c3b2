/**
 * Reading on the page, in real Chromium: highlight styles, the card in both UI languages,
 * hover intent, grace, pin and Esc, rewrite mode, keyboard navigation, text added after load,
 * a same-origin iframe, a shadow-root widget, and a site turned off from the card.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import { newsPage, startNewsServer, type NewsServer } from './support/news-server.ts';
import { countGloseHighlights, locateWord } from './support/page-probes.ts';
import { cardFocus, closedCard, closedToast } from './support/closed-card.ts';
import { resetSettings, sendToTab, tabIdFor, updateSettings } from './support/extension-messages.ts';

let browser: ChromiumWithExtension;
let server: NewsServer;

const FR_TEXT = `Le dirigeant nord-coréen Kim Jong-un a reçu Sergueï Lavrov à Pyongyang.
La limousine Anrus Senat offerte par Vladimir Poutine a été livrée selon l'agence de presse nord-coréenne.
Le porte-parole du Kremlin, Dmitri Peskov, a confirmé la livraison.`;

beforeAll(async () => {
  server = await startNewsServer();
  server.setPage('/fr.html', newsPage('Dépêche', FR_TEXT));
  server.setPage(
    '/dynamic.html',
    newsPage('Direct', 'Suivez notre direct. Kim Jong-un est arrivé.').replace(
      '</body>',
      `<script>
        setTimeout(() => {
          const p = document.createElement('p');
          p.textContent = 'Nouvelle entrée du direct : Vladimir Poutine accueille Choe Son-hui à Moscou.';
          document.querySelector('article').append(p);
        }, 600);
      </script></body>`,
    ),
  );
  server.setPage('/inner.html', newsPage('Cadre', 'Dans le cadre : Dmitri Peskov a parlé à Vladivostok.'));
  server.setPage(
    '/iframe.html',
    newsPage('Avec cadre', 'Le texte principal parle de Kim Yo-jong.').replace(
      '</article>',
      '<iframe src="/inner.html" style="width:700px;height:300px;border:0"></iframe></article>',
    ),
  );
  server.setPage(
    '/shadow.html',
    newsPage('Widget', 'Un widget suit.').replace(
      '</article>',
      `<news-widget></news-widget></article>
      <script>
        customElements.define('news-widget', class extends HTMLElement {
          constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<p>Dans le widget : Sergueï Choïgou est à Pyongyang.</p>'; }
        });
      </script>`,
    ),
  );
  server.setPage(
    '/places.html',
    newsPage('Où ne rien trouver', 'Dans le texte : Vladimir Poutine.').replace(
      '</article>',
      `<pre><code>const leader = "Kim Jong-un";</code></pre>
      <textarea>Kim Yo-jong dans un champ</textarea>
      <input value="Sergueï Lavrov">
      <div contenteditable="true">Dmitri Peskov en cours d'édition</div>
      <p style="display:none">Choe Son-hui, caché</p>
      <p>Lien : <a href="https://example.org/Pyongyang/Vladivostok">https://example.org/Pyongyang/Vladivostok</a></p>
      <script>window.x = "Moon Jae-in";</script>
      <style>.Seoul{color:red}</style>
      </article>`,
    ),
  );
  server.setPage('/headline.html', newsPage('Kim arrive en Russie', 'Le dirigeant Kim Jong-un est entré en Russie. Il doit rencontrer Vladimir Poutine à Vladivostok.'));
  server.setPage('/sport.html', newsPage('Ligue 1', 'Kim a marqué deux fois et Park a été exclu. Lee a salué le public du Roazhon Park.'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await resetSettings(browser.worker);
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('glose')), null, { timeout: 15_000 });
  return page;
}

async function hover(page: Page, word: string): Promise<void> {
  const p = await page.evaluate(locateWord, word);
  if (!p) throw new Error(`"${word}" not on the page`);
  await page.mouse.move(p.x - 3, p.y + 25);
  await page.mouse.move(p.x, p.y, { steps: 3 });
}

const card = (page: Page) => closedCard(page);

describe('Chromium: reading on the page', () => {
  it('paints each kind of find in its own style, and switches underline / background / off', async () => {
    const page = await open('/fr.html');
    const names = async () => (await page.evaluate(countGloseHighlights)).names.sort();
    await expect.poll(names).toEqual(expect.arrayContaining(['glose-u-person', 'glose-u-place', 'glose-u-misspelling', 'glose-u-description']));
    await updateSettings(browser.worker, { highlight: 'background' });
    await expect.poll(names).toEqual(expect.arrayContaining(['glose-b-person', 'glose-b-misspelling']));
    expect((await names()).some((n) => n.startsWith('glose-u-'))).toBe(false);
    await updateSettings(browser.worker, { highlight: 'off' });
    await expect.poll(async () => (await names()).filter((n) => n !== 'glose-focus')).toEqual([]);
    // Names stay hoverable with highlighting off.
    await hover(page, 'Pyongyang');
    await card(page).waitFor({ state: 'visible' });
    await page.close();
  });

  it('shows the card in French, then in English when the reader switches the UI language', async () => {
    const page = await open('/fr.html');
    await hover(page, 'Lavrov');
    const c = card(page);
    await c.waitFor({ state: 'visible' });
    expect(await c.getAttribute('data-entry')).toBe('sergei-lavrov');
    expect(await c.locator('.type').textContent()).toBe('Personne');
    expect(await c.locator('.script').textContent()).toMatch(/Сергей Лавров/);
    expect(await c.locator('.other').textContent()).toMatch(/En anglais\s*Sergei Lavrov/);
    const descFr = await c.locator('.desc').textContent();
    expect(await c.locator('.also').textContent()).toMatch(/Aussi écrit/);
    await updateSettings(browser.worker, { uiLang: 'en' });
    await expect.poll(() => c.locator('.type').textContent()).toBe('Person');
    expect(await c.locator('.desc').textContent()).not.toBe(descFr);
    expect(await c.locator('button[data-action="open-panel"]').getAttribute('aria-label')).toBe('Open in the side panel');
    expect(await c.locator('button[data-action="open-panel"]').textContent()).toBe('Panel');
    await page.close();
  });

  it('flags a misspelling in the card and marks the page’s own spelling', async () => {
    const page = await open('/fr.html');
    await hover(page, 'Anrus');
    const c = card(page);
    await c.waitFor({ state: 'visible' });
    expect(await c.getAttribute('data-entry')).toBe('aurus-senat');
    expect(await c.locator('[data-flag="misspelling"]').textContent()).toMatch(/Aurus Senat/);
    expect(await c.locator('mark.misspelt').textContent()).toBe('Anrus Senat');
    await page.close();
  });

  it('opens on intent only, stays during the grace period, can be pinned, and closes on Esc', async () => {
    const page = await open('/fr.html');
    const p = (await page.evaluate(locateWord, 'Pyongyang'))!;
    // A fast sweep across the name opens nothing.
    await page.mouse.move(p.x - 300, p.y);
    await page.mouse.move(p.x + 300, p.y, { steps: 3 });
    await page.waitForTimeout(400);
    expect(await card(page).isVisible()).toBe(false);
    // Resting on the name opens it.
    await hover(page, 'Pyongyang');
    await card(page).waitFor({ state: 'visible' });
    // Travelling from the name into the card keeps it open.
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 8, { steps: 5 });
    await page.waitForTimeout(600);
    expect(await card(page).isVisible()).toBe(true);
    // Pinned (from the card's small menu), it stays when the pointer goes elsewhere.
    await card(page).locator('button[data-action="more"]').click();
    await card(page).locator('button[data-action="pin"]').click();
    await page.mouse.move(5, 5, { steps: 2 });
    await page.waitForTimeout(700);
    expect(await card(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).isVisible()).toBe(false);
    // Unpinned, leaving the name closes it after the grace period.
    await hover(page, 'Pyongyang');
    await card(page).waitFor({ state: 'visible' });
    await page.mouse.move(5, 5, { steps: 2 });
    await expect.poll(() => card(page).isVisible(), { timeout: 3000 }).toBe(false);
    await page.close();
  });

  it('rewrite mode shows names in the reader’s style and restores the page exactly', async () => {
    const page = await open('/fr.html');
    const before = await page.evaluate(() => document.body.innerHTML);
    await updateSettings(browser.worker, { rewrite: true, koreanStyle: 'mr' });
    await expect.poll(() => page.evaluate(() => document.querySelector('article')!.textContent)).toMatch(/Kim Chŏngŭn/);
    await hover(page, 'Chŏngŭn');
    await card(page).waitFor({ state: 'visible' });
    // The card keeps the page's own spelling.
    expect(await card(page).locator('.also mark').textContent()).toBe('Kim Jong-un');
    await page.keyboard.press('Escape');
    await updateSettings(browser.worker, { rewrite: false });
    await expect.poll(() => page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });

  it('moves through the names from the keyboard, with focus in the card', async () => {
    const page = await open('/fr.html');
    const tabId = await tabIdFor(browser.worker, page.url());
    // The "next-name" command reaches the tab as this message.
    await sendToTab(browser.worker, tabId, { type: 'content/next-mention', payload: { step: 1 } });
    await card(page).waitFor({ state: 'visible' });
    const first = await card(page).getAttribute('data-entry');
    expect(await page.evaluate(() => CSS.highlights.has('glose-focus'))).toBe(true);
    const focused = () => cardFocus(page);
    expect(await focused()).toBe('open-panel');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('copy');
    // The first names may all be Kim Jong-un (a description, then his name): step until another entry.
    for (let i = 0; i < 4 && (await card(page).getAttribute('data-entry')) === first; i++) {
      await sendToTab(browser.worker, tabId, { type: 'content/next-mention', payload: { step: 1 } });
      await page.waitForTimeout(300);
    }
    expect(await card(page).getAttribute('data-entry')).not.toBe(first);
    await page.close();
  });

  it('finds names in paragraphs added after load', async () => {
    const page = await open('/dynamic.html');
    await expect.poll(async () => (await page.evaluate(countGloseHighlights)).texts, { timeout: 10_000 }).toEqual(
      expect.arrayContaining(['Kim Jong-un', 'Vladimir Poutine', 'Choe Son-hui', 'Moscou']),
    );
    await page.close();
  });

  it('scans a same-origin iframe and draws its card in the top frame', async () => {
    const page = await open('/iframe.html');
    const frame = page.frames().find((f) => f.url().endsWith('/inner.html'))!;
    await frame.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('glose')), null, { timeout: 15_000 });
    expect((await frame.evaluate(countGloseHighlights)).texts).toEqual(expect.arrayContaining(['Dmitri Peskov', 'Vladivostok']));
    const inner = (await frame.evaluate(locateWord, 'Peskov'))!;
    const box = (await page.locator('iframe').boundingBox())!;
    await page.mouse.move(box.x + inner.x - 3, box.y + inner.y + 25);
    await page.mouse.move(box.x + inner.x, box.y + inner.y, { steps: 3 });
    await card(page).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await card(page).getAttribute('data-entry')).toBe('dmitry-peskov');
    expect(await frame.locator('[data-glose-card]').count()).toBe(0);
    await page.close();
  });

  it('scans text inside an open shadow root', async () => {
    const page = await open('/shadow.html');
    await expect.poll(async () => (await page.evaluate(countGloseHighlights)).texts).toEqual(expect.arrayContaining(['Sergueï Choïgou']));
    // The name lives in the widget's shadow root (the page's own script holds it too, as a
    // string, which is why the generic locateWord is not used here).
    const p = await page.evaluate(() => {
      const root = document.querySelector('news-widget')!.shadowRoot!;
      const text = root.querySelector('p')!.firstChild as Text;
      const i = text.data.indexOf('Choïgou');
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 7);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(p.x - 3, p.y + 25);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).getAttribute('data-entry')).toBe('sergei-shoigu');
    await page.close();
  });

  it('finds nothing in code, form fields, editable areas, hidden text, URLs, scripts or styles', async () => {
    const page = await open('/places.html');
    await page.waitForTimeout(500);
    const texts = (await page.evaluate(countGloseHighlights)).texts;
    expect(texts).toEqual(['Vladimir Poutine']);
    await page.close();
  });

  it('links a headline’s short form to the full name further down', async () => {
    // Every mention marked: by default the headline's « Kim », settled after the body's full
    // name, is a repeat in its section (still found, and answering a hover with Shift).
    await updateSettings(browser.worker, { marks: 'every' });
    const page = await open('/headline.html');
    await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => [...h].some((r) => (r as Range).toString() === 'Kim')), null, { timeout: 10_000 });
    await hover(page, 'Kim');
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).getAttribute('data-entry')).toBe('kim-jong-un');
    await page.close();
  });

  it('finds no one on a page about something else, and still finds names added to it', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/sport.html'));
    await page.waitForTimeout(1500);
    expect((await page.evaluate(countGloseHighlights)).texts).toEqual([]);
    // The content script is there: a paragraph naming people we know is found at once.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Vladimir Poutine était à Moscou.';
      document.querySelector('article')!.append(p);
    });
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('glose')), null, { timeout: 10_000 });
    expect((await page.evaluate(countGloseHighlights)).texts.sort()).toEqual(['Moscou', 'Vladimir Poutine']);
    await page.close();
  });

  it('opens the card on a tap (touch screens have no hover)', async () => {
    const page = await open('/fr.html');
    const p = (await page.evaluate(locateWord, 'Pyongyang'))!;
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: p.x, y: p.y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    expect(await card(page).getAttribute('data-entry')).toBe('pyongyang');
    await page.close();
  });

  it('turns off on this site from the card’s menu, live, and undoes it from the page', async () => {
    const page = await open('/fr.html');
    const before = (await page.evaluate(countGloseHighlights)).ranges;
    await hover(page, 'Pyongyang');
    await card(page).waitFor({ state: 'visible' });
    await card(page).locator('button[data-action="more"]').click();
    await card(page).locator('button[data-action="turn-off"]').click();
    await expect.poll(async () => (await page.evaluate(countGloseHighlights)).ranges).toBe(0);
    // The page says so, with an undo, for a few seconds.
    const undo = closedToast(page).locator('button[data-action="undo"]');
    await undo.waitFor({ state: 'visible' });
    await undo.click();
    await expect.poll(async () => (await page.evaluate(countGloseHighlights)).ranges, { timeout: 10_000 }).toBe(before);
    await page.close();
  });
});
