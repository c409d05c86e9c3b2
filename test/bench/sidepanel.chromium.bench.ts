/**
 * The side panel's time to first render with the page's entries, in real Chromium with the
 * built extension: the panel page bound to a tab showing a default source, from navigation
 * start to the first entry row (target 200 ms), and to a full entry view with its
 * cross-references. Baseline in the same run: the same page's own DOMContentLoaded (what any
 * extension page costs before Glose draws anything).
 */
import { launchChromium } from '../e2e/support/chromium.ts';
import { startNewsServer } from '../e2e/support/news-server.ts';
import { tabIdFor } from '../e2e/support/extension-messages.ts';

const RUNS = 9;
/** Polls an expression in the page through the debugger (extension pages' CSP forbids eval). */
async function waitFor(panel: import('playwright-core').Page, expression: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await panel.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Records, inside the panel page, when the first row of each view appears.
const PROBE = `
  window.__gloseFirst = {};
  new MutationObserver(() => {
    const f = window.__gloseFirst;
    if (!f.page && document.querySelector('[data-view="page"] li[data-entry]')) f.page = performance.now();
    if (!f.entry && document.querySelector('[data-view="entry"] [data-role="xref"] li[data-source]')) f.entry = performance.now();
  }).observe(document, { subtree: true, childList: true });
  document.addEventListener('DOMContentLoaded', () => { window.__gloseFirst.dcl = performance.now(); });
`;

const server = await startNewsServer();
const browser = await launchChromium();
try {
  const article = await browser.context.newPage();
  await article.goto(server.url('/source-1.html'));
  const tabId = await tabIdFor(browser.worker, server.url('/source-1.html'));
  const page: number[] = [];
  const entry: number[] = [];
  const dcl: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const panel = await browser.context.newPage();
    await panel.addInitScript(PROBE);
    await panel.goto(`chrome-extension://${browser.extensionId}/src/sidepanel/index.html?tab=${tabId}`);
    await waitFor(panel, 'window.__gloseFirst.page');
    const f = (await panel.evaluate('window.__gloseFirst')) as { page: number; dcl: number };
    page.push(f.page);
    dcl.push(f.dcl);
    await panel.goto(`chrome-extension://${browser.extensionId}/src/sidepanel/index.html?tab=${tabId}&entry=aurus`);
    await waitFor(panel, 'window.__gloseFirst.entry');
    entry.push((await panel.evaluate('window.__gloseFirst.entry')) as number);
    await panel.close();
  }
  const figures = {
    firstRenderMs: +median(page).toFixed(0),
    entryWithSourcesMs: +median(entry).toFixed(0),
    domContentLoadedMs: +median(dcl).toFixed(0),
  };
  console.log(`side panel, page view with entries: ${figures.firstRenderMs} ms after navigation start (target ≤ 200; the page's own DOMContentLoaded: ${figures.domContentLoadedMs} ms)`);
  console.log(`side panel, entry view with cross-references: ${figures.entryWithSourcesMs} ms`);
  console.log(`BENCH ${JSON.stringify({ ...figures, meetsTargets: figures.firstRenderMs <= 200 })}`);
} finally {
  await browser.close();
  await server.close();
}
