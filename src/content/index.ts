/**
 * The content script: decides the page language, asks the background once for the compiled
 * match table, finds names in the visible text, paints them with CSS highlights and opens
 * the hover card on a highlighted name. The page's DOM is never modified, except for the
 * card's host element.
 */
import './highlights.css';
import browser from 'webextension-polyfill';
import { createMatcher, type Matcher } from '../core/match/index.ts';
import type { EntryType } from '../core/glossary/types.ts';
import { normalizeSettings, type Settings } from '../core/settings.ts';
import type { PageSetup, ToContent } from '../messaging/protocol.ts';
import { sendToBackground } from '../messaging/client.ts';
import { createRouter } from '../messaging/router.ts';
import { toContentValidators } from '../messaging/validators.ts';
import { uiStringsFor } from '../messaging/ui-strings.ts';
import { collectTextBlocks } from './text-blocks.ts';
import { Highlighter } from './highlighter.ts';
import { PageMentions, type PageMention } from './page-mentions.ts';
import { caretAt, isPointInRange, offsetsToTry } from './hit-test.ts';
import { decidePageLanguage } from './page-language.ts';
import { measure } from './measure.ts';

const isTopFrame = window === window.top;

interface PageState {
  matcher: Matcher;
  types: Map<string, EntryType>;
  lang: 'fr' | 'en';
  settings: Settings;
  highlighter: Highlighter;
  mentions: PageMentions;
}

let page: PageState | null = null;
let hoverTimer: number | undefined;
let hovered: PageMention | null = null;

async function start(): Promise<void> {
  if (!document.body || !/^(https?|file):$/.test(location.protocol)) return;
  const sample = (document.body.innerText ?? '').slice(0, 4000);
  const lang = await decidePageLanguage(document.documentElement.lang, sample);
  if (lang === 'other') return;
  const setup: PageSetup = await sendToBackground('page/setup', { url: location.href });
  if (!setup.enabled) return;
  const matcher = measure('glose:matcher', () => createMatcher(setup.table));
  const types = new Map<string, EntryType>(Object.entries(setup.types));
  page = {
    matcher,
    types,
    lang,
    settings: setup.settings,
    highlighter: new Highlighter(setup.settings.highlight),
    mentions: new PageMentions(),
  };
  await scanDocument(page);
  listen();
}

/** Scans the whole document in frame-sized chunks so a long page never blocks input. */
async function scanDocument(state: PageState): Promise<void> {
  const blocks = measure('glose:collect', () => collectTextBlocks(document.body));
  const session = state.matcher.createSession({ lang: state.lang });
  const typeOf = (id: string): EntryType => state.types.get(id) ?? 'term';
  let i = 0;
  while (i < blocks.length) {
    const sliceStart = performance.now();
    measure('glose:scan', () => {
      while (i < blocks.length && performance.now() - sliceStart < 12) {
        const block = blocks[i++]!;
        const found = session.scan(block.text);
        if (found.length === 0) continue;
        for (const pm of state.mentions.addBlock(block, found, typeOf)) {
          state.highlighter.add(pm.match === 'misspelling' ? 'misspelling' : pm.match === 'description' ? 'description' : pm.type, pm.range);
        }
      }
    });
    if (i < blocks.length) await new Promise((r) => setTimeout(r, 0));
  }
  if (isTopFrame) await report(state);
}

async function report(state: PageState): Promise<void> {
  const entries = state.mentions.summarize();
  await sendToBackground('page/report', {
    url: location.href,
    title: document.title,
    lang: state.lang,
    entries,
    total: state.mentions.all.length,
    at: Date.now(),
  }).catch(() => undefined);
}

function mentionAtPoint(x: number, y: number): PageMention | null {
  if (!page) return null;
  const hit = caretAt(document, x, y);
  if (!hit) return null;
  for (const offset of offsetsToTry(hit)) {
    const m = page.mentions.at(hit.node, offset);
    if (m && isPointInRange(m.range, x, y)) return m;
  }
  return null;
}

async function openCard(mention: PageMention): Promise<void> {
  if (!page) return;
  const { uiLang, t } = uiStringsFor(page.settings.uiLang);
  const details = await sendToBackground('entry/get', { id: mention.entry, uiLang });
  if (!details || hovered !== mention) return;
  const { showCard, hideCard } = await import('./card/card-host.tsx');
  const rect = mention.range.getBoundingClientRect();
  showCard(document, rect, {
    details,
    mention,
    uiLang,
    t,
    onOpenPanel: () => void sendToBackground('panel/open', { entryId: mention.entry }),
    onClose: () => {
      hovered = null;
      hideCard();
    },
  });
}

async function closeCard(): Promise<void> {
  hovered = null;
  const { hideCard } = await import('./card/card-host.tsx');
  hideCard();
}

function onPointerMove(event: PointerEvent): void {
  if (!page) return;
  const path = event.composedPath();
  if (path.some((n) => n instanceof HTMLElement && n.hasAttribute('data-glose-card'))) {
    window.clearTimeout(hoverTimer);
    return;
  }
  const mention = mentionAtPoint(event.clientX, event.clientY);
  if (mention === hovered) return;
  window.clearTimeout(hoverTimer);
  if (!mention) {
    // Leave time to travel into the card.
    hoverTimer = window.setTimeout(() => void closeCard(), 300);
    return;
  }
  hovered = mention;
  hoverTimer = window.setTimeout(() => void openCard(mention), mention.surface.length <= 5 ? 80 : 140);
}

function listen(): void {
  document.addEventListener('pointermove', onPointerMove, { passive: true });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && hovered) void closeCard();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.settings || !page) return;
    const settings = normalizeSettings(changes.settings.newValue);
    page.settings = settings;
    page.highlighter.setMode(settings.highlight);
    const host = location.hostname.replace(/^www\./, '');
    if (settings.disabledSites.some((s) => host === s || host.endsWith(`.${s}`))) {
      page.highlighter.clear();
      page.mentions.clear();
      void closeCard();
      page = null;
    } else if (hovered) {
      void openCard(hovered);
    }
  });
  const route = createRouter<ToContent, unknown>(
    {
      'content/scroll-to': ({ entryId }) => {
        const m = page?.mentions.all.find((x) => x.entry === entryId);
        if (!m) return { ok: false };
        m.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        return { ok: true };
      },
      'content/report-again': async () => {
        if (page && isTopFrame) await report(page);
        return { ok: true };
      },
    },
    toContentValidators,
  );
  browser.runtime.onMessage.addListener((message: unknown, sender: unknown) => route(message, sender));
}

void start().catch((error: unknown) => console.warn('[glose] content script stopped:', error));
