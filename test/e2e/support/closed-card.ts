/**
 * The hover card lives in a closed shadow root, so neither the page nor playwright's locators
 * can see inside it. Tests reach it the way a debugger does, over CDP: the DOM domain pierces
 * closed roots (DOM.describeNode with pierce), and Runtime.callFunctionOn runs a query on the
 * root's node. Clicks are real mouse input at the element's box, so the card receives trusted
 * events exactly as from a reader. The API mirrors the few playwright Locator methods the tests
 * use (waitFor, textContent, getAttribute, click, count, isVisible, locator).
 */
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionFor(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/** The object id of the card host's shadow root in the page's main world, or null without a card. */
async function rootObject(page: Page): Promise<{ cdp: CDPSession; objectId: string } | null> {
  const cdp = await sessionFor(page);
  const host = await cdp.send('Runtime.evaluate', { expression: "document.querySelector('[data-glose-card]')", objectGroup: 'glose-card' });
  const hostId = host.result.objectId;
  if (!hostId) return null;
  const described = await cdp.send('DOM.describeNode', { objectId: hostId, depth: 1, pierce: true });
  const shadow = described.node.shadowRoots?.[0];
  if (!shadow) return null;
  const resolved = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup: 'glose-card' });
  return resolved.object.objectId ? { cdp, objectId: resolved.object.objectId } : null;
}

/** Runs `fn(root, ...args)` against the card's closed shadow root; null when there is no card. */
export async function inCard<T>(page: Page, fn: string, ...args: unknown[]): Promise<T | null> {
  const root = await rootObject(page);
  if (!root) return null;
  let out;
  try {
    out = await root.cdp.send('Runtime.callFunctionOn', {
      objectId: root.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    });
  } finally {
    // Host and root were looked up in one group: released together, once the query has run.
    await root.cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'glose-card' }).catch(() => undefined);
  }
  if (out.exceptionDetails) throw new Error(`card query failed: ${out.exceptionDetails.exception?.description ?? out.exceptionDetails.text}`);
  return (out.result.value ?? null) as T | null;
}

interface Probe {
  exists: boolean;
  visible: boolean;
  count: number;
  text: string | null;
  attr: string | null;
  box: { x: number; y: number; width: number; height: number } | null;
}

// Runs in the page, on the shadow root: what a locator needs to know about its element.
const PROBE = `function (selector, attribute) {
  const all = this.querySelectorAll(selector);
  const el = all[0];
  if (!el) return { exists: false, visible: false, count: 0, text: null, attr: null, box: null };
  const r = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const hidden = el.closest('[hidden]') !== null || style.visibility === 'hidden' || style.display === 'none';
  return {
    exists: true,
    visible: !hidden && r.width > 0 && r.height > 0,
    count: all.length,
    text: el.textContent,
    attr: attribute ? el.getAttribute(attribute) : null,
    box: { x: r.x, y: r.y, width: r.width, height: r.height },
  };
}`;

const EMPTY: Probe = { exists: false, visible: false, count: 0, text: null, attr: null, box: null };

type State = 'attached' | 'detached' | 'visible' | 'hidden';

export class CardLocator {
  constructor(
    private readonly page: Page,
    private readonly selector: string,
  ) {}

  locator(selector: string): CardLocator {
    return new CardLocator(this.page, `${this.selector} ${selector}`);
  }

  private async probe(attribute?: string): Promise<Probe> {
    return (await inCard<Probe>(this.page, PROBE, this.selector, attribute ?? null)) ?? EMPTY;
  }

  private async until(ok: (p: Probe) => boolean, what: string, timeout = 30_000, attribute?: string): Promise<Probe> {
    const end = Date.now() + timeout;
    for (;;) {
      const p = await this.probe(attribute);
      if (ok(p)) return p;
      if (Date.now() > end) throw new Error(`card: "${this.selector}" not ${what} after ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async waitFor(options: { state?: State; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const test: Record<State, (p: Probe) => boolean> = {
      attached: (p) => p.exists,
      detached: (p) => !p.exists,
      visible: (p) => p.visible,
      hidden: (p) => !p.visible,
    };
    await this.until(test[state], state, options.timeout);
  }

  async textContent(): Promise<string | null> {
    return (await this.until((p) => p.exists, 'attached')).text;
  }

  async getAttribute(name: string): Promise<string | null> {
    return (await this.until((p) => p.exists, 'attached', 30_000, name)).attr;
  }

  async count(): Promise<number> {
    return (await this.probe()).count;
  }

  async boundingBox(): Promise<Probe['box']> {
    const p = await this.probe();
    return p.visible ? p.box : null;
  }

  async isVisible(): Promise<boolean> {
    return (await this.probe()).visible;
  }

  /** A real (trusted) click at the middle of the element, as a reader's mouse would do it. */
  async click(): Promise<void> {
    const p = await this.until((q) => q.visible, 'visible');
    const box = p.box!;
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
}

/** The card itself (`.card` inside the closed root), as a locator. */
export function closedCard(page: Page): CardLocator {
  return new CardLocator(page, '.card');
}

/** The notice Glose shows on the page after turning off for the site (with its undo), in the same closed root. */
export function closedToast(page: Page): CardLocator {
  return new CardLocator(page, '[data-glose-toast]');
}

/** The `data-action` of the element focused inside the card, or null. */
export function cardFocus(page: Page): Promise<string | null> {
  return inCard<string>(page, 'function () { return this.activeElement ? this.activeElement.getAttribute("data-action") : null; }');
}
