/**
 * The content script: decides the page language, asks the background once for the compiled
 * match table, finds names in the visible text (and in open shadow roots, and in text added
 * later), paints them with CSS highlights and opens the hover card on a highlighted name.
 * The page's DOM is never modified, except for the card's host element.
 */
import './highlights.css';
import { createMatcherSliced } from '../core/match/matcher.ts';
import { pageDate } from './page-date.ts';
import { choiceKey, type PageChoices } from '../core/link-choices.ts';
import type { EntryType } from '../core/glossary/types.ts';
import { isSiteDisabled, isSiteForced, markPrefsFor, readsWholePage, type Settings } from '../core/settings.ts';
import { siteOf } from '../core/app/sites.ts';
import { findArticleBody, isFurniture, isFurnitureText } from './article-body.ts';
import { sendToBackground } from '../messaging/client.ts';
import { addMessageListener, extensionId, type MessageSenderLike } from '../messaging/extension-api.ts';
import { routerFor } from '../messaging/router.ts';
import { BACKGROUND_TO_CONTENT } from '../messaging/background-to-content.ts';
import { Highlighter, styleOf } from './highlighter.ts';
import { PageMentions, type PageMention } from './page-mentions.ts';
import { PageScanner } from './page-scanner.ts';
import { CardController } from './card-controller.ts';
import { decidePageLanguage, textSample } from './page-language.ts';
import { isSkippedElement } from './text-blocks.ts';
import { loadPart } from './parts.ts';
import { measure } from './measure.ts';
import { Rewriter } from './rewrite.ts';

const isTopFrame = window === window.top;

/** Back to the page's event loop between slices of work: scheduler.yield where there is one. */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};
/** This page's site as settings name it ("file" for local files). */
const site = siteOf(location.href) ?? '';

interface Running {
  settings: Settings;
  lang: 'fr' | 'en';
  types: ReadonlyMap<string, EntryType>;
  highlighter: Highlighter;
  mentions: PageMentions;
  scanner: PageScanner;
  card: CardController;
  rewriter: Rewriter;
  focusIndex: number;
}

let running: Running | null = null;
/** The card controller that draws cards relayed from iframes (the page's own, or a bare one). */
let remoteCard: CardController | null = null;
let remoteSettings: Settings | null = null;
let starting = false;
let reportTimer: number | undefined;
let settingsListening = false;

/** A mark of how far start-up has gone, for the benchmarks (performance marks, which the page can read). */
function mark(name: string, detail?: unknown): void {
  if (typeof performance.mark === 'function') performance.mark(name, detail === undefined ? undefined : { detail });
}

/** Thrown from a slice of the matcher build to stop it (the page is in another language). */
class Abandoned extends Error {}

async function start(): Promise<void> {
  if (running || starting || !document.body || !/^(https?|file):$/.test(location.protocol)) return;
  starting = true;
  try {
    const setup = await sendToBackground('page/setup', { url: location.href });
    if (!setup.enabled) return;
    mark('glose:setup');
    // The links the reader corrected on this page before (asked while the matcher is built).
    const choices: PageChoices = {};
    const choicesRead = sendToBackground('page/link-choices', { url: location.href }).then(
      (r) => void Object.assign(choices, r.choices),
      () => undefined,
    );
    // The language is decided (perhaps by the background) while the matcher is built.
    const sample = textSample(document.body, 4000, isSkippedElement);
    const language = decidePageLanguage(document.documentElement.lang, sample, async (text, declared) =>
      (await sendToBackground('page/language', { sample: text, declared })).lang,
    );
    let abandoned = false;
    void language.then((l) => (abandoned = l === 'other' && !isSiteForced(setup.settings, site)), () => (abandoned = true));
    // Built in slices of ~8 ms (each measured as glose:matcher), never one long task.
    let sliceStart = performance.now();
    const endSlice = (): void => {
      try {
        performance.measure('glose:matcher', { start: sliceStart, end: performance.now() });
      } catch {
        // Measuring is optional.
      }
    };
    const matcher = await createMatcherSliced(
      setup.table,
      async () => {
        endSlice();
        await yieldToPage();
        // A page in another language needs no matcher: stop building it.
        if (abandoned) throw new Abandoned();
        sliceStart = performance.now();
      },
      () => performance.now(),
    ).then((built) => {
      endSlice();
      return built;
    }, (error: unknown) => {
      if (error instanceof Abandoned) return null;
      throw error;
    });
    if (matcher) mark('glose:matcher-ready');
    const detected = await language;
    // Other languages stay quiet unless the reader turned Glose on for this site.
    const lang = detected === 'other' ? (isSiteForced(setup.settings, site) ? 'fr' : null) : detected;
    if (!lang || !matcher) return;
    const types = new Map<string, EntryType>(Object.entries(setup.types));
    const date = pageDate(document);
    const highlighter = new Highlighter(setup.settings.highlight);
    const mentions = new PageMentions();
    const world = new Set(setup.table.entries.filter((e) => e.world).map((e) => e.id));
    // The article's body, where the page has a clear one (unless the reader reads whole pages):
    // navigation, asides, ads and comments stay unmarked. Otherwise the whole page, as before.
    const body = readsWholePage(setup.settings, site) ? null : measure('glose:body', () => findArticleBody(document));
    const inBody = body ? { skip: isFurniture, skipText: isFurnitureText } : {};
    const state: Running = {
      settings: setup.settings,
      lang,
      types,
      highlighter,
      mentions,
      scanner: new PageScanner({
        matcher, types, lang, date, choices, highlighter, mentions, world, ...inBody,
        unknownNames: findsUnknownNames(setup.settings),
        markPrefs: () => markPrefsFor(state.settings, site),
        onChange: () => onPageChanged(),
      }),
      card: new CardController({
        mentionAt: (node, offset) => mentions.at(node, offset),
        settings: () => state.settings,
        pageLang: () => state.lang,
        pageDate: () => date,
        setFocus: (range) => highlighter.setFocus(range),
        relink: (surface, entry) => relink(state, choices, surface, entry),
        sameUnknown: (surface) => mentions.sameUnknown(surface),
        ...(isTopFrame ? {} : { relayToTop: (target) => void sendToBackground('frame/card', { target }).catch(() => undefined) }),
      }),
      rewriter: new Rewriter(),
      focusIndex: -1,
    };
    running = state;
    await choicesRead;
    if (remoteCard) {
      remoteCard.destroy();
      remoteCard = state.card;
    }
    await state.scanner.scanRoot(body ?? document.body);
    // For the benchmarks: when the whole page has been read, and how many names it holds (the
    // page can count those it sees highlighted anyway; on long pages only those near the viewport are).
    mark('glose:page-read', { ranges: highlighter.size });
    if (state.settings.rewrite) await applyRewrite(state);
  } finally {
    starting = false;
  }
}

/** Names without an entry are looked for unless the reader left them out (their per-type toggle). */
const findsUnknownNames = (settings: Settings): boolean => !markPrefsFor(settings, site).hiddenTypes.includes('unknown');

async function ensureCardHost(): Promise<void> {
  if (running) {
    remoteCard = running.card;
    return;
  }
  if (remoteCard) return;
  remoteSettings = await sendToBackground('settings/get', {});
  remoteCard = new CardController({
    mentionAt: () => undefined,
    settings: () => running?.settings ?? remoteSettings!,
    pageLang: () => running?.lang ?? (document.documentElement.lang.startsWith('en') ? 'en' : 'fr'),
    setFocus: () => undefined,
  });
}

/**
 * The reader picked another entry for a name on the card: every mention of that spelling on the
 * page that may stand for it is linked to it and repainted, the panel hears of it (the page
 * report), and the background remembers it for this page.
 */
function relink(state: Running, choices: PageChoices, surface: string, entry: string): void {
  const key = choiceKey(surface);
  choices[key] = entry;
  const types = state.types;
  for (const { mention, before } of state.mentions.relink(key, entry, (id) => types.get(id) ?? 'term')) {
    state.highlighter.remove(styleOf(before), mention.range);
    if (mention.marked) state.highlighter.add(styleOf(mention), mention.range);
  }
  // The re-linked names may now be a first mention, or a repeat.
  state.scanner.remark();
  onPageChanged();
  void sendToBackground('page/choose-link', { url: location.href, surface, entry }).catch(() => undefined);
}

/** After a scan: report to the background, and rewrite new names when rewrite mode is on. */
function onPageChanged(): void {
  scheduleReport();
  if (running?.settings.rewrite) void applyRewrite(running);
}

async function applyRewrite(state: Running): Promise<void> {
  // Names without an entry ('') have no form of the reader's to be rewritten in.
  const ids = [...new Set(state.mentions.all.map((m) => m.entry))].filter(Boolean);
  if (ids.length === 0) return;
  // The entries in the page's language: a French page keeps French forms.
  const [details, { rewriteForm }] = await Promise.all([sendToBackground('entries/get', { ids, uiLang: state.lang }), loadPart('card')]);
  const entries = new Map(details.map((d) => [d.entry.id, d]));
  if (running !== state || !state.settings.rewrite) return;
  const formOf = (m: PageMention): string | null => {
    const d = entries.get(m.entry);
    const text = m.block.text;
    return d ? rewriteForm({ entry: d.entry, full: d.display, surface: m.surface, before: text.slice(Math.max(0, m.start - 40), m.start), after: text.slice(m.end, m.end + 40) }) : null;
  };
  measure('glose:rewrite', () => state.rewriter.apply(state.mentions.all, formOf));
  // Our own edits are not page changes: keep the watcher from re-scanning them.
  state.scanner.discardPendingRecords();
}

function revertRewrite(state: Running): void {
  measure('glose:rewrite', () => state.rewriter.revert());
  state.scanner.discardPendingRecords();
}

function stop(): void {
  if (!running) return;
  revertRewrite(running);
  running.scanner.stop();
  running.card.destroy();
  running.highlighter.clear();
  running.mentions.clear();
  running = null;
  scheduleReport();
}

function scheduleReport(): void {
  if (!isTopFrame) return;
  window.clearTimeout(reportTimer);
  reportTimer = window.setTimeout(() => void report(), 150);
}

async function report(): Promise<void> {
  const state = running;
  const entries = state ? state.mentions.summarize() : [];
  await sendToBackground('page/report', {
    url: location.href,
    title: document.title,
    lang: state?.lang ?? 'fr',
    entries,
    unknown: state ? state.mentions.unknownNames() : [],
    // Mentions of entries (the badge's count): names without an entry are reported apart.
    total: entries.reduce((n, row) => n + row.count, 0),
    at: Date.now(),
  }).catch(() => undefined);
}

/** Moves the keyboard focus to the next (or previous) name on the page and opens its card. */
function moveFocus(step: 1 | -1): boolean {
  const state = running;
  if (!state) return false;
  const all = state.mentions.all;
  if (all.length === 0) return false;
  // The next name the reader sees marked (any name where none is marked).
  const anyMarked = all.some((m) => m.marked);
  let i = state.focusIndex;
  for (let k = 0; k < all.length; k++) {
    i = (i + step + all.length) % all.length;
    if (!anyMarked || all[i]!.marked) break;
  }
  state.focusIndex = i;
  const m = all[state.focusIndex]!;
  flash(state, m);
  void state.card.open(m, { focus: true });
  return true;
}

function flash(state: Running, m: PageMention): void {
  const el = m.range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  state.highlighter.setFocus(m.range);
}

function onSettingsChanged(settings: Settings): void {
  const disabled = isSiteDisabled(settings, site);
  if (!running) {
    if (!disabled) void start();
    return;
  }
  if (disabled) {
    stop();
    return;
  }
  const previous = running.settings;
  // Another part of the page to read, or names without an entry now wanted and not looked for: read it again from the start.
  if (readsWholePage(previous, site) !== readsWholePage(settings, site) || (findsUnknownNames(settings) && !findsUnknownNames(previous))) {
    stop();
    void start();
    return;
  }
  running.settings = settings;
  running.highlighter.setMode(settings.highlight);
  const marks = (s: Settings): string => JSON.stringify(markPrefsFor(s, site));
  if (marks(previous) !== marks(settings)) running.scanner.remark();
  const styleChanged = previous.koreanStyle !== settings.koreanStyle || previous.russianStyle !== settings.russianStyle;
  if (styleChanged || previous.uiLang !== settings.uiLang) running.card.refresh();
  if (previous.rewrite && (!settings.rewrite || styleChanged)) revertRewrite(running);
  if (settings.rewrite && (!previous.rewrite || styleChanged)) void applyRewrite(running);
}

function listen(): void {
  if (settingsListening) return;
  settingsListening = true;
  const route = routerFor<typeof BACKGROUND_TO_CONTENT, unknown>(
    BACKGROUND_TO_CONTENT,
    {
      'content/scroll-to': ({ entryId }) => {
        const state = running;
        if (!state) return { ok: false };
        const all = state.mentions.all;
        // The next occurrence after the last one shown, so repeated clicks walk through them.
        const after = all.findIndex((m, i) => i > state.focusIndex && m.entry === entryId);
        const index = after >= 0 ? after : all.findIndex((m) => m.entry === entryId);
        if (index < 0) return { ok: false };
        state.focusIndex = index;
        flash(state, all[index]!);
        return { ok: true };
      },
      'content/report-again': async () => {
        await report();
        return { ok: true };
      },
      'content/next-mention': ({ step }) => ({ ok: moveFocus(step) }),
      'content/remote-card': async ({ target }) => {
        if (isTopFrame) {
          await ensureCardHost();
          remoteCard?.showRemote(target);
        }
        return { ok: true };
      },
      'content/extract-article': async () => {
        const { extractArticle } = await loadPart('reader');
        return extractArticle();
      },
      // The reader's entries changed (one added from a card): read the page again with them, no reload.
      'content/glossary-changed': () => {
        if (running) {
          stop();
          void start();
        }
        return { ok: true };
      },
      'content/toggle': async () => {
        const settings = await sendToBackground('settings/get', {});
        await sendToBackground('site/set-enabled', { host: site, enabled: isSiteDisabled(settings, site) });
        return { ok: true };
      },
      // A style switch comes with its values; a change of sites is asked for (this page's view).
      'content/settings-changed': async ({ changes }) => {
        onSettingsChanged(changes && running ? { ...running.settings, ...changes } : await sendToBackground('settings/get', {}));
        return { ok: true };
      },
    },
  );
  // Only Glose's own background talks to this script (runtime messages come from nowhere else),
  // and it says so in sender.id.
  addMessageListener((message: unknown, sender: MessageSenderLike) => (sender.id === extensionId() ? route(message, sender) : undefined));
}

listen();
void start().catch((error: unknown) => console.warn('[glose] content script stopped:', error));
