/**
 * The one element Glose adds to a page: a host carrying `data-glose-card`, with a closed
 * shadow root in which Preact renders the card. Closed, because the card shows the reader's
 * own entries, their number of sources and their chosen style: the page gets `null` from
 * `host.shadowRoot`, and only this module holds the root. The host's own attributes are set once,
 * before it is inserted, and never touched again: showing, hiding and placing the card happen
 * inside the shadow root, where the page's MutationObservers cannot see them. Its inline
 * `all: initial` keeps page CSS from leaking in; it is created on the first hover, not before.
 */
import { render } from 'preact';
import cardCss from './card.css?inline';
import { Card, type CardProps } from './Card.tsx';
import { UnknownCard, type UnknownCardProps } from './UnknownCard.tsx';
import { OverlayLayer, type OverlayRange } from './overlay-layer.ts';

let host: HTMLElement | null = null;
let frame: HTMLElement | null = null;
let overlay: OverlayLayer | null = null;
let shadow: ShadowRoot | null = null;
let toast: HTMLElement | null = null;
let toastTimer: ReturnType<typeof setTimeout> | undefined;

function ensureFrame(doc: Document): HTMLElement {
  if (host && frame && host.isConnected) return frame;
  host = doc.createElement('glose-card');
  host.setAttribute('data-glose-card', '');
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483647;';
  shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  frame = doc.createElement('div');
  frame.className = 'frame';
  frame.hidden = true;
  shadow.append(style, frame);
  cardContainer(doc).append(host);
  return frame;
}

/**
 * Where the host goes: fullscreen pages only show the fullscreen element's subtree, so inside
 * it — unless it is a replaced element (a video, an iframe, an image) that draws no children,
 * where there is no text to explain anyway.
 */
function cardContainer(doc: Document): Element {
  const full = doc.fullscreenElement;
  return full && !/^(VIDEO|IFRAME|IMG|CANVAS|EMBED|OBJECT)$/.test(full.tagName) ? full : doc.documentElement;
}

/** Shows the card next to `anchor` (the mention's box), inside the viewport, below or above it. */
export function showCard(doc: Document, anchor: DOMRect, props: CardProps): void {
  const el = ensureFrame(doc);
  // The page may have gone fullscreen (or left it) since the host was made: only the fullscreen
  // element's subtree is drawn then, so the host follows it (the shadow root moves with it).
  const container = cardContainer(doc);
  if (host && host.parentNode !== container) container.append(host);
  render(<Card {...props} />, el);
  el.hidden = false;
  placeCard(doc, anchor);
}

/** Shows the card of a name without an entry next to `anchor` (as showCard). */
export function showUnknownCard(doc: Document, anchor: DOMRect, props: UnknownCardProps): void {
  const el = ensureFrame(doc);
  const container = cardContainer(doc);
  if (host && host.parentNode !== container) container.append(host);
  render(<UnknownCard {...props} />, el);
  el.hidden = false;
  placeCard(doc, anchor);
}

/** Places the open card against `anchor`: below the name, or above it when there is no room. */
export function placeCard(doc: Document, anchor: DOMRect): void {
  const el = frame;
  if (!el || el.hidden) return;
  el.style.visibility = 'hidden';
  el.style.left = '0px';
  el.style.top = '0px';
  const view = doc.defaultView!;
  const { width, height } = el.getBoundingClientRect();
  const margin = 8;
  const left = Math.max(margin, Math.min(anchor.left, view.innerWidth - width - margin));
  let top = anchor.bottom + 6;
  if (top + height > view.innerHeight - margin && anchor.top - height - 6 >= margin) top = anchor.top - height - 6;
  // Room on neither side (a tall card, a short window): keep the whole card on screen, even if
  // it then covers the name; its buttons must stay reachable.
  top = Math.min(top, view.innerHeight - height - margin);
  el.style.left = `${Math.round(left)}px`;
  el.style.top = `${Math.round(Math.max(margin, top))}px`;
  el.style.visibility = 'visible';
}

export function hideCard(): void {
  if (frame) frame.hidden = true;
}

/** Moves keyboard focus into the card (opened from the keyboard), so Tab reaches its controls. */
export function focusCard(): void {
  frame?.querySelector<HTMLElement>('button')?.focus();
}

export function isCardOpen(): boolean {
  return !!frame && !frame.hidden;
}

/** Fallback painting (no CSS Custom Highlight API): boxes under the names, inside our shadow root. */
export function paintOverlay(doc: Document, ranges: OverlayRange[]): void {
  ensureFrame(doc);
  overlay ??= new OverlayLayer(shadow!, doc.defaultView!);
  overlay.set(ranges);
}

/**
 * A short notice at the bottom of the page with one action (« Glose est désactivé sur ce site.
 * Annuler »), inside the card's closed shadow root; gone after `ms`, or once its action is used.
 * It outlives the card: turning Glose off for the site closes the card, not this.
 */
export function showToast(doc: Document, props: { text: string; action: string; ms: number; onAction: () => void }): void {
  ensureFrame(doc);
  if (!toast) {
    toast = doc.createElement('div');
    toast.className = 'toast';
    shadow!.append(toast);
  }
  const el = toast;
  const hide = (): void => {
    clearTimeout(toastTimer);
    el.hidden = true;
    render(null, el);
  };
  render(
    <div role="status" data-glose-toast="">
      <span>{props.text}</span>
      <button
        type="button"
        data-action="undo"
        onClick={(e) => {
          if (!e.isTrusted) return;
          hide();
          props.onAction();
        }}
      >
        {props.action}
      </button>
    </div>,
    el,
  );
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(hide, props.ms);
}
