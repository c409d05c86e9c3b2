/**
 * The one element Glose adds to a page: a host carrying `data-glose-card`, with an open
 * shadow root in which Preact renders the card. Its inline `all: initial` keeps page CSS
 * from leaking in; it is created on the first hover, not before.
 */
import { render } from 'preact';
import cardCss from './card.css?inline';
import { Card, type CardProps } from './Card.tsx';

let host: HTMLElement | null = null;
let mountPoint: HTMLElement | null = null;

function ensureHost(doc: Document): HTMLElement {
  if (host && mountPoint && host.isConnected) return mountPoint;
  host = doc.createElement('glose-card');
  host.setAttribute('data-glose-card', '');
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647; display: none;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  mountPoint = doc.createElement('div');
  shadow.append(style, mountPoint);
  // Fullscreen pages only show the fullscreen element's subtree.
  (doc.fullscreenElement ?? doc.documentElement).append(host);
  return mountPoint;
}

/** Shows the card next to `anchor` (the mention's box), inside the viewport, below or above it. */
export function showCard(doc: Document, anchor: DOMRect, props: CardProps): void {
  const mount = ensureHost(doc);
  render(<Card {...props} />, mount);
  const el = host!;
  el.style.display = 'block';
  el.style.visibility = 'hidden';
  const view = doc.defaultView!;
  const { width, height } = el.getBoundingClientRect();
  const margin = 8;
  let left = Math.min(Math.max(margin, anchor.left), view.innerWidth - width - margin);
  let top = anchor.bottom + 6;
  if (top + height > view.innerHeight - margin && anchor.top - height - 6 >= margin) top = anchor.top - height - 6;
  left = Math.max(margin, left);
  el.style.left = `${Math.round(left)}px`;
  el.style.top = `${Math.round(Math.max(margin, top))}px`;
  el.style.visibility = 'visible';
}

export function hideCard(): void {
  if (host) host.style.display = 'none';
}

export function isCardElement(node: EventTarget | null): boolean {
  return !!host && node instanceof Node && (node === host || host.contains(node));
}

export function cardBox(): DOMRect | null {
  return host && host.style.display !== 'none' ? host.getBoundingClientRect() : null;
}
