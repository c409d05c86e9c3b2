/**
 * Firefox counterpart of closed-card.ts. The card's shadow root is closed, so page scripts (and
 * puppeteer's evaluate, which runs as one) see `shadowRoot === null`. WebDriver BiDi can still
 * serialise a closed root when asked (`includeShadowTree: 'all'`), and the node reference it
 * returns (a sharedId) can be handed back as an argument: that is how a test reads the card.
 * Clicks are real mouse input at the element's box, so the card gets trusted events.
 */
import type { Page } from 'puppeteer-core';

interface BidiSession {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
interface BidiResult {
  type: string;
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
}

// puppeteer's BiDi page keeps its session on the frame's browsing context; there is no public
// accessor for raw commands, so the test reaches it the way puppeteer itself does.
function bidi(page: Page): { session: BidiSession; context: string } {
  const frame = page.mainFrame() as unknown as { _id: string; browsingContext: { userContext: { browser: { session: BidiSession } } } };
  return { session: frame.browsingContext.userContext.browser.session, context: frame._id };
}

async function call(page: Page, fn: string, args: object[], serialise: object): Promise<BidiResult> {
  const { session, context } = bidi(page);
  const { result } = await session.send('script.callFunction', {
    functionDeclaration: fn,
    target: { context },
    arguments: args,
    awaitPromise: true,
    resultOwnership: 'none',
    serializationOptions: serialise,
  });
  if (result.type === 'exception') throw new Error(`card query failed: ${result.exceptionDetails?.text}`);
  return result;
}

/** The sharedId of the card host's (closed) shadow root, or null without a card. */
async function rootId(page: Page): Promise<string | null> {
  const out = await call(page, "() => document.querySelector('[data-glose-card]')", [], { includeShadowTree: 'all', maxDomDepth: 0 });
  const host = out.result as { value?: { shadowRoot?: { sharedId?: string } | null } } | undefined;
  return host?.value?.shadowRoot?.sharedId ?? null;
}

/** Runs `fn(root, ...args)` on the card's shadow root and returns its JSON result; null without a card. */
export async function inFirefoxCard<T>(page: Page, fn: string, ...args: unknown[]): Promise<T | null> {
  const id = await rootId(page);
  if (!id) return null;
  // JSON through a string keeps the argument and result shapes out of BiDi's value encoding.
  const wrapped = `(root, json) => JSON.stringify((${fn})(root, ...JSON.parse(json)) ?? null)`;
  const out = await call(page, wrapped, [{ sharedId: id }, { type: 'string', value: JSON.stringify(args) }], {});
  return JSON.parse(String(out.result?.value ?? 'null')) as T | null;
}

/** Text of `selector` inside the visible card, or null when the card is hidden or absent. */
export function firefoxCardText(page: Page, selector: string): Promise<string | null> {
  return inFirefoxCard<string>(
    page,
    `(root, sel) => {
      const frame = root.querySelector('.frame');
      if (!frame || frame.hidden) return null;
      const el = frame.querySelector(sel);
      return el ? el.textContent : null;
    }`,
    selector,
  );
}

/** A real mouse click at the middle of `selector` inside the card. */
export async function clickInFirefoxCard(page: Page, selector: string): Promise<void> {
  const box = await inFirefoxCard<{ x: number; y: number; width: number; height: number }>(
    page,
    `(root, sel) => { const el = root.querySelector(sel); if (!el) return null; const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
    selector,
  );
  if (!box || box.width === 0) throw new Error(`card: no visible "${selector}"`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
