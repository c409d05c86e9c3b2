/**
 * When the card opens and closes: on hover intent (speed gate and delay), on a tap, or from
 * the keyboard; it stays while the pointer travels into it (grace period), can be pinned,
 * and closes on Esc, an outside click, or when its name scrolls out of view. The card UI
 * itself (Preact, shadow root, strings) is a part of its own (content-card.js), loaded when a
 * card is first about to open.
 */
import type { EntryDetails, RemoteCardTarget } from '../messaging/shapes.ts';
import { sendToBackground } from '../messaging/client.ts';
import { siteOf } from '../core/app/sites.ts';
import { updateSettings } from '../messaging/settings-client.ts';
import { browserLanguage } from '../messaging/extension-api.ts';
import { resolveUiLang } from '../core/i18n.ts';
import { loadPart, type PartExports } from './parts.ts';
import { partRegistry } from './part-registry.ts';
import type { Settings } from '../core/settings.ts';
import type { PageMention } from './page-mentions.ts';
import { possibleEntries } from '../core/link-choices.ts';
import { caretAt, isPointInRange, offsetsToTry } from './hit-test.ts';
import { DEFAULT_INTENT, intentDelay, PointerSpeed } from './hover-intent.ts';
import { measure } from './measure.ts';

/**
 * The key that makes every name answer a hover, marked or not (a repeat, a world entry, a type
 * the reader left out): held while pointing, or pressed with the pointer on the name.
 */
export const HOVER_ALL_KEY = 'Shift';

/** How many hit-tests are measured (performance entries are kept until the page goes). */
const MEASURED_HOVERS = 2000;

/** How long the card waits for the pointer to reach it after leaving the name (ms). */
const GRACE_MS = 350;

export interface CardHost {
  mentionAt(node: Node, offset: number): PageMention | undefined;
  settings(): Settings;
  pageLang(): 'fr' | 'en';
  /** The page's publication date, where it gives one. */
  pageDate?(): string | undefined;
  setFocus(range: Range | null): void;
  /** The reader picked another entry for the name `surface`: re-link the page's mentions of it. Absent where there is no page to re-link (a relayed card). */
  relink?(surface: string, entry: string): void;
  /** The page's mentions of a name without an entry (its card counts them). */
  sameUnknown?(surface: string): PageMention[];
  /** In an iframe: asks the top frame to draw the card (null hides it). Absent in the top frame. */
  relayToTop?: (target: RemoteCardTarget | null) => void;
}

type CardModule = PartExports['card'];

/** What a card is about: a mention on this page (with its range), or one relayed from an iframe (with its box). */
export interface CardTarget {
  entry: string;
  match: PageMention['match'];
  surface: string;
  candidates?: string[];
  alternatives?: string[];
  intended?: string;
  /** A name without an entry (`entry` is ''): its card is the unknown name's. */
  unknown?: PageMention['unknown'];
  range?: Range;
  rect?: { x: number; y: number; width: number; height: number };
}

/**
 * Where this frame's box lies in the top frame's viewport, or null when an ancestor frame
 * is cross-origin (then the card is drawn inside the frame itself).
 */
export function offsetInTop(win: Window): { x: number; y: number } | null {
  let x = 0;
  let y = 0;
  try {
    for (let w: Window = win; w !== w.top; w = w.parent) {
      const frame = w.frameElement;
      if (!frame) return null;
      const r = frame.getBoundingClientRect();
      const style = w.parent.getComputedStyle(frame);
      x += r.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      y += r.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    }
  } catch {
    return null;
  }
  return { x, y };
}

export class CardController {
  #shown: CardTarget | null = null;
  #pending: CardTarget | null = null;
  #openTimer: number | undefined;
  #closeTimer: number | undefined;
  #pinned = false;
  #chosenEntry: string | null = null;
  /** The last "cited by N sources" asked, kept for a redraw in another style (it does not change with it). */
  #lastCount: { entryId: string; sources: number | null } | null = null;
  #lastPointerType = 'mouse';
  #pointerInCard = false;
  /** The pointer's last position (a press of the modifier key looks there). */
  #lastPoint: PointerEvent | null = null;
  #hoverMeasures = 0;
  readonly #speed = new PointerSpeed();
  readonly #abort = new AbortController();

  constructor(private readonly host: CardHost) {
    const signal = this.#abort.signal;
    const opts = { passive: true, signal, capture: true } as const;
    document.addEventListener('pointermove', (e) => this.#onPointerMove(e), opts);
    document.addEventListener('pointerdown', (e) => this.#onPointerDown(e), opts);
    document.addEventListener('click', (e) => this.#onClick(e), { signal, capture: true });
    document.addEventListener('keydown', (e) => this.#onKeyDown(e), { signal, capture: true });
    window.addEventListener('scroll', () => this.#onScroll(), opts);
    window.addEventListener('resize', () => this.#onScroll(), opts);
  }

  destroy(): void {
    this.#abort.abort();
    void this.close();
  }

  get current(): CardTarget | null {
    return this.#shown;
  }

  /** Opens the card for a mention now (keyboard navigation, a tap, the panel). */
  async open(mention: CardTarget, options: { focus?: boolean; restyle?: boolean } = {}): Promise<void> {
    window.clearTimeout(this.#openTimer);
    window.clearTimeout(this.#closeTimer);
    this.#pending = mention;
    if (mention.unknown) {
      await this.#openUnknown(mention, mention.unknown, options);
      return;
    }
    if (this.host.relayToTop && mention.range) {
      // Inside a same-origin iframe: the top frame draws the card, over the whole page.
      const offset = offsetInTop(window);
      if (offset) {
        const r = anchorRect(mention);
        this.#shown = mention;
        this.host.relayToTop({
          entry: mention.entry,
          match: mention.match,
          surface: mention.surface,
          ...(mention.candidates ? { candidates: mention.candidates } : {}),
          ...(mention.alternatives ? { alternatives: mention.alternatives } : {}),
          ...(mention.intended ? { intended: mention.intended } : {}),
          rect: { x: r.left + offset.x, y: r.top + offset.y, width: r.width, height: r.height },
        });
        return;
      }
    }
    if (this.#shown !== mention) this.#chosenEntry = null;
    const settings = this.host.settings();
    const uiLang = resolveUiLang(settings.uiLang, browserLanguage());
    const entryId = this.#chosenEntry ?? mention.entry;
    // Every entry the spelling may stand for: the reader can pick another (and re-link the page).
    const possible = possibleEntries(mention);
    // One request for the entry and the others the spelling may stand for; a redraw in another
    // style keeps the count of sources.
    const known = options.restyle && this.#lastCount?.entryId === entryId ? this.#lastCount : null;
    const [details, count, mod] = await Promise.all([
      sendToBackground('entry/get', { id: entryId, uiLang, ...(this.host.pageDate?.() ? { date: this.host.pageDate()! } : {}), ...(possible.length > 1 ? { also: possible } : {}) }),
      known ?? sendToBackground('corpus/count', { entryId }).catch(() => ({ sources: null as number | null })),
      this.#loadModule(),
    ]);
    this.#lastCount = { entryId, sources: count.sources };
    const candidates: EntryDetails[] = details?.also ?? [];
    if (!details || this.#pending !== mention) return;
    this.#shown = mention;
    const t = mod.translator(uiLang);
    mod.showCard(document, anchorRect(mention), {
      details,
      mention,
      pageLang: this.host.pageLang(),
      uiLang,
      t,
      sourceCount: count.sources,
      pinned: this.#pinned,
      settings,
      candidates,
      onOpenPanel: () => void sendToBackground('panel/open', { entryId: details.entry.id }),
      onCopy: () => navigator.clipboard.writeText(details.display).catch(() => undefined),
      onChangeSettings: (patch) => void updateSettings(patch),
      onTurnOff: () => void turnOffWithUndo(mod, t),
      onTogglePin: () => {
        this.#pinned = !this.#pinned;
        void this.open(mention);
      },
      onClose: () => void this.close(),
      onPickCandidate: (id) => {
        if (this.host.relink && mention.range) {
          // Re-linked on the page: the mention itself now stands for the chosen entry.
          this.host.relink(mention.surface, id);
          this.#chosenEntry = null;
        } else this.#chosenEntry = id;
        void this.open(mention);
      },
    });
    if (options.focus) mod.focusCard();
  }

  /**
   * The card of a name without an entry, drawn in this frame (an iframe's too: the relay carries
   * entries only). Nothing to ask the background: the guess is made in the unknown-name part.
   */
  async #openUnknown(mention: CardTarget, unknown: NonNullable<CardTarget['unknown']>, options: { focus?: boolean }): Promise<void> {
    const mod = await this.#loadModule();
    const shown = await mod.openUnknownCard(document, anchorRect(mention), {
      surface: mention.surface,
      unknown,
      pageLang: this.host.pageLang(),
      settings: this.host.settings(),
      same: (this.host.sameUnknown?.(mention.surface) ?? []).map((m) => m.surface),
      isCurrent: () => this.#pending === mention,
      onClose: () => void this.close(),
    });
    if (!shown) return;
    this.#shown = mention;
    if (options.focus) mod.focusCard();
  }

  /** Redraws the open card (style or language changed). */
  refresh(): void {
    if (this.#shown) void this.open(this.#shown, { restyle: true });
  }

  async close(): Promise<void> {
    window.clearTimeout(this.#openTimer);
    window.clearTimeout(this.#closeTimer);
    this.#shown = null;
    this.#pending = null;
    this.#pinned = false;
    this.host.setFocus(null);
    if (this.host.relayToTop && this.#shown === null) this.host.relayToTop(null);
    // Not loaded yet: no card was ever drawn here, nothing to hide.
    partRegistry().card?.hideCard();
  }

  /** The card part: loaded once per frame; a failed load (the worker was restarting) is tried again next time. */
  #loadModule(): Promise<CardModule> {
    return loadPart('card');
  }

  /** The mention under the point: a marked one, or any with the modifier key (`all`). */
  #mentionAtPoint(x: number, y: number, all: boolean): PageMention | null {
    // Measured (the first few thousand: the timeline keeps every entry): what a hover costs.
    const find = (): PageMention | null => {
      const hit = caretAt(document, x, y);
      if (!hit) return null;
      for (const offset of offsetsToTry(hit)) {
        const m = this.host.mentionAt(hit.node, offset);
        if (m && (all || m.marked) && isPointInRange(m.range, x, y)) return m;
      }
      return null;
    };
    return this.#hoverMeasures++ < MEASURED_HOVERS ? measure('glose:hover', find) : find();
  }

  #onPointerMove(event: PointerEvent): void {
    // A page can dispatch its own pointer events; only the reader's hand opens a card.
    if (!event.isTrusted) return;
    this.#lastPointerType = event.pointerType;
    if (event.pointerType === 'touch') return;
    const speed = this.#speed.update(event.clientX, event.clientY, event.timeStamp);
    this.#pointerInCard = isInCard(event);
    if (this.#pointerInCard) {
      window.clearTimeout(this.#closeTimer);
      return;
    }
    this.#lastPoint = event;
    this.#hoverAt(event.clientX, event.clientY, event.getModifierState(HOVER_ALL_KEY), speed);
  }

  #hoverAt(x: number, y: number, all: boolean, speed: number): void {
    const mention = this.#mentionAtPoint(x, y, all);
    if (mention && mention === this.#shown) {
      window.clearTimeout(this.#closeTimer);
      return;
    }
    window.clearTimeout(this.#openTimer);
    if (!mention) {
      this.#pending = null;
      if (this.#shown && !this.#pinned) {
        window.clearTimeout(this.#closeTimer);
        this.#closeTimer = window.setTimeout(() => void this.close(), GRACE_MS);
      }
      return;
    }
    // The card's part loads while the intent delay runs, so the first card does not wait for it.
    if (!partRegistry().card) void this.#loadModule().catch(() => undefined);
    // Passing over a name quickly is not reading it: wait until the pointer settles.
    const delay = intentDelay(mention.surface) + (speed > DEFAULT_INTENT.maxSpeed ? 120 : 0);
    this.#pending = mention;
    this.#openTimer = window.setTimeout(() => {
      if (this.#pending !== mention) return;
      if (!this.#speed.isSettled(performance.now(), DEFAULT_INTENT.maxSpeed * 2)) {
        // Still sweeping across the page: try again once the pointer settles.
        this.#openTimer = window.setTimeout(() => this.#pending === mention && void this.open(mention), 120);
        return;
      }
      window.clearTimeout(this.#closeTimer);
      void this.open(mention);
    }, delay);
  }

  #onPointerDown(event: PointerEvent): void {
    if (!event.isTrusted) return;
    this.#lastPointerType = event.pointerType;
    if (!this.#shown || isInCard(event)) return;
    const mention = this.#mentionAtPoint(event.clientX, event.clientY, true);
    if (mention !== this.#shown) void this.close();
  }

  /** A tap on a name opens its card (touch screens have no hover). */
  #onClick(event: MouseEvent): void {
    if (!event.isTrusted || this.#lastPointerType !== 'touch' || isInCard(event)) return;
    const mention = this.#mentionAtPoint(event.clientX, event.clientY, false);
    if (mention) void this.open(mention);
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.isTrusted && event.key === 'Escape' && this.#shown) {
      void this.close();
    }
    // The modifier pressed with the pointer resting on an unmarked name: its card, as on a hover.
    const p = this.#lastPoint;
    if (event.isTrusted && event.key === HOVER_ALL_KEY && !event.repeat && p && !this.#pointerInCard) this.#hoverAt(p.clientX, p.clientY, true, 0);
  }

  /** A card relayed from an iframe: drawn here; hidden when the iframe says so, unless the pointer is on it. */
  showRemote(target: RemoteCardTarget | null): void {
    if (target) {
      void this.open(target);
    } else if (this.#shown && !this.#shown.range && !this.#pointerInCard && !this.#pinned) {
      void this.close();
    }
  }

  #onScroll(): void {
    const m = this.#shown;
    if (!m) return;
    if (!m.range) {
      // A relayed card's box moved with its iframe: close rather than point at the wrong place.
      void this.close();
      return;
    }
    const rect = anchorRect(m);
    const gone = rect.bottom < 0 || rect.top > window.innerHeight || (rect.width === 0 && rect.height === 0);
    if (gone) {
      void this.close();
      return;
    }
    void this.#loadModule().then((mod) => mod.placeCard(document, rect));
  }
}

function isInCard(event: Event): boolean {
  return event.composedPath().some((n) => n instanceof Element && n.hasAttribute('data-glose-card'));
}

/** The first line box of a mention: a name broken across lines anchors on its first part. */
function anchorRect(target: CardTarget): DOMRect {
  if (!target.range) {
    const r = target.rect ?? { x: 0, y: 0, width: 0, height: 0 };
    return new DOMRect(r.x, r.y, r.width, r.height);
  }
  return target.range.getClientRects()[0] ?? target.range.getBoundingClientRect();
}

/** How long the page offers to undo turning Glose off for the site (ms). */
export const UNDO_MS = 8000;

/**
 * Turns Glose off for this site, and says so on the page with an undo for a few seconds (the
 * panel, opened from the toolbar button, offers to turn it back on after that).
 */
async function turnOffWithUndo(mod: CardModule, t: (key: string, ...args: Array<string | number>) => string): Promise<void> {
  const host = siteOf(location.href) ?? '';
  await sendToBackground('site/set-enabled', { host, enabled: false });
  mod.showToast(document, { text: t('cardTurnedOff'), action: t('cardUndo'), ms: UNDO_MS, onAction: () => void sendToBackground('site/set-enabled', { host, enabled: true }) });
}
