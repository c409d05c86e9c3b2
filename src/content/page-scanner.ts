/**
 * Scans the page: the document, then every open shadow root found in it, in frame-sized
 * chunks so that a long page never blocks input; then watches for added and changed text
 * (infinite scroll, live blogs, single-page navigation) with a MutationObserver whose callback
 * only records, re-scanning just the changed blocks later, in idle time.
 */
import type { EntryType } from '../core/glossary/types.ts';
import type { MatchOptions, Matcher, Mention } from '../core/match/index.ts';
// Written from the entity-types table at build time (vite.config.ts), minified with the rest.
import highlightCss from './highlights.css?inline';
import { BlockCollector, blockAncestor, collectTextBlocks, isSkippedElement, type TextBlock } from './text-blocks.ts';
import { Highlighter, styleOf } from './highlighter.ts';
import { PageMentions } from './page-mentions.ts';
import { measure } from './measure.ts';
import { applyChoice, type PageChoices } from '../core/link-choices.ts';
import { selectMarks, type MarkPrefs, type MarkType } from '../core/highlight/select.ts';

/** Longest stretch of main-thread work per chunk (ms): well under a frame at 60 Hz. */
const CHUNK_MS = 8;
/** Blocks longer than this (characters) are read in parts of this size, between which a chunk may end. */
const PART_CHARS = 8_192;
/** Past this many changed blocks in one batch, rescanning everything is cheaper than tracking. */
const FULL_RESCAN_THRESHOLD = 2000;

export interface ScannerDeps {
  matcher: Matcher;
  types: ReadonlyMap<string, EntryType>;
  lang: 'fr' | 'en';
  /** The page's publication date, where it gives one (role phrases stand for the holder of that day). */
  date?: string;
  /** The links the reader corrected on this page (filled when they arrive; read at each painting). */
  choices?: PageChoices;
  highlighter: Highlighter;
  mentions: PageMentions;
  onChange: () => void;
  /** The entries of `scope: "world"` (not marked by default). */
  world?: ReadonlySet<string>;
  /** How much is marked (read at each painting: the reader may change it while the page is read). */
  markPrefs?: () => MarkPrefs;
  /** Inside an article body: elements left alone with their subtree (nav, aside, ads, comments…). */
  skip?: (el: Element) => boolean;
  /** Inside an article body: short blocks left alone by their words (« Lire aussi », bylines). */
  skipText?: (text: string) => boolean;
  /** Also find Korean- and Russian-shaped names without an entry (their guess is left to the card). */
  unknownNames?: boolean;
}

/** Every mention marked: what the scanner did before the how-much settings (tests, bare uses). */
const MARK_ALL: MarkPrefs = { scope: 'every', hiddenTypes: [], world: true };

const idle = (): Promise<void> =>
  new Promise((resolve) => {
    const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (ric) ric(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 0);
  });

/** Pages with more blocks than this get their visible part painted first. */
const VISIBLE_FIRST_THRESHOLD = 300;
/** How far below the viewport the first painting reaches (in viewport heights): the first scroll shows names already painted. */
const PREVIEW_BELOW = 1;
/** The most blocks painted first. */
const PREVIEW_MAX_BLOCKS = 400;
/**
 * Past this many blocks the page is huge (a table of 100,000 cells, a 5 MB thread): each change
 * to the highlight registry repaints all of it, so only the names near the viewport are
 * registered, from the start (the highlighter's window mode).
 */
const HUGE_PAGE_BLOCKS = 5000;

/**
 * The blocks in the viewport and up to PREVIEW_BELOW viewports below: blocks are in document
 * order, so their boxes go down the page; a binary search finds the first one in view with a
 * handful of layout reads.
 */
function visibleBlocks(blocks: TextBlock[]): TextBlock[] {
  const top = (b: TextBlock): DOMRect => {
    const r = document.createRange();
    r.selectNodeContents(b.segments[0]!.node);
    return r.getBoundingClientRect();
  };
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (top(blocks[mid]!).bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  const out: TextBlock[] = [];
  const bottom = window.innerHeight * (1 + PREVIEW_BELOW);
  for (let i = lo; i < blocks.length && out.length < PREVIEW_MAX_BLOCKS; i++) {
    if (top(blocks[i]!).top > bottom) break;
    out.push(blocks[i]!);
  }
  return out;
}

const yieldToFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether the collected blocks reach below what is painted first (one layout read: the last block). */
function pastViewport(blocks: TextBlock[]): boolean {
  const last = blocks[blocks.length - 1];
  if (!last) return false;
  const r = document.createRange();
  r.selectNodeContents(last.segments[0]!.node);
  return r.getBoundingClientRect().top > window.innerHeight * (1 + PREVIEW_BELOW);
}

/** The same mentions (a block's first painting, and the full pass in reading order). */
function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((m, i) => {
    const n = b[i]!;
    return m.start === n.start && m.end === n.end && m.entry === n.entry && m.match === n.match && m.intended === n.intended && (m.candidates ?? []).join('\n') === (n.candidates ?? []).join('\n');
  });
}

/** A long block being read in parts. */
interface BlockInProgress {
  block: TextBlock;
  tag: number;
  /** Where the next part begins. */
  next: number;
}

export class PageScanner {
  #session;
  readonly #observer: MutationObserver;
  readonly #observed = new WeakSet<Node>();
  readonly #dirty = new Set<Node>();
  #flushScheduled = false;
  #stopped = false;
  /** The blocks painted first, with what was found in them. */
  #preScanned: Map<TextBlock, Mention[]> | null = null;
  // Blocks by the tag they were scanned with, until the session settles their held-back short forms.
  readonly #tagged = new Map<number, TextBlock>();
  #nextTag = 0;
  /** The names already marked (per section or per page, by the how-much settings), in reading order. */
  #seen = new Set<string>();
  /** The headings met, in document order: a block's section is the last of them before it. */
  readonly #headings: Element[] = [];
  readonly #sectionOf = new Map<Element, number>();
  /** The first root scanned (the article body, or the document's body): a full rescan reads it again. */
  #root: Node | null = null;

  #matchOptions(): MatchOptions {
    return { lang: this.deps.lang, ...(this.deps.date ? { date: this.deps.date } : {}), ...(this.deps.unknownNames ? { unknownNames: true } : {}) };
  }

  constructor(private readonly deps: ScannerDeps) {
    this.#session = deps.matcher.createSession(this.#matchOptions());
    this.#observer = new MutationObserver((records) => this.#record(records));
  }

  /** Scans a root (document body or shadow root) and everything under it, then observes it. */
  async scanRoot(root: Node): Promise<void> {
    this.#root ??= root;
    const shadows: ShadowRoot[] = [];
    // Read in frame-sized slices. On a long page, what the reader sees is painted first, as soon
    // as the slices have gone past the bottom of the viewport; the full pass in reading order
    // (which resolves short names by context) then redoes those few blocks.
    const collector = new BlockCollector(root, (s) => shadows.push(s), this.deps.skip);
    let previewed = false;
    for (;;) {
      const done = measure('glose:collect', () => collector.step(performance.now() + CHUNK_MS));
      if (!previewed && collector.blocks.length > VISIBLE_FIRST_THRESHOLD) {
        // The last block may still be growing: only whole ones are painted.
        const whole = done ? collector.blocks : collector.blocks.slice(0, -1);
        if (done || pastViewport(whole)) {
          this.#preview(whole);
          previewed = true;
        }
      }
      if (done || this.#stopped) break;
      await yieldToFrame();
    }
    const blocks = collector.blocks;
    if (blocks.length > HUGE_PAGE_BLOCKS) this.deps.highlighter.useWindow();
    await this.#scanBlocks(blocks);
    this.#preScanned = null;
    this.#observe(root);
    for (const shadow of shadows) await this.#scanShadowRoot(shadow);
  }

  #preview(blocks: TextBlock[]): void {
    const visible = measure('glose:visible', () => visibleBlocks(blocks));
    if (visible.length === 0) return;
    const preview = this.deps.matcher.createSession(this.#matchOptions());
    const found = new Map<TextBlock, Mention[]>();
    this.#paintBlocks(visible, (block) => {
      // A long block is painted first by its opening part (what the screen shows of it).
      const m = block.text.length <= PART_CHARS ? preview.scan(block.text) : preview.scanPart(block.text, 0, 0, PART_CHARS).mentions;
      found.set(block, m);
      return m;
    });
    this.#preScanned = found;
  }

  stop(): void {
    this.#stopped = true;
    this.#observer.disconnect();
    this.#dirty.clear();
  }

  /** Forget our own changes (rewrite mode) so the observer does not re-scan them. */
  discardPendingRecords(): void {
    this.#observer.takeRecords();
  }

  async #scanShadowRoot(shadow: ShadowRoot): Promise<void> {
    if (this.#observed.has(shadow)) return;
    adoptHighlightStyles(shadow);
    await this.scanRoot(shadow);
  }

  #observe(root: Node): void {
    if (this.#observed.has(root)) return;
    this.#observed.add(root);
    this.#observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  #paintBlocks(blocks: TextBlock[], scan: (block: TextBlock) => Mention[]): void {
    const { types, highlighter, mentions } = this.deps;
    const typeOf = (id: string): EntryType => types.get(id) ?? 'term';
    // The preview starts mid-page: its own "already marked", redone by the pass in reading order.
    const seen = new Set<string>();
    for (const block of blocks) {
      if (this.deps.skipText?.(block.text)) continue;
      const found = scan(block);
      if (found.length === 0) continue;
      const marks = this.#marksFor(block, found, seen);
      for (const pm of mentions.addBlock(block, found, typeOf, marks)) if (pm.marked) highlighter.add(styleOf(pm), pm.range);
    }
  }

  /** The kind of a mention for the type toggles: its entry's type, or an unknown name (no entry). */
  #markType(entry: string): MarkType {
    return this.deps.types.get(entry) ?? 'unknown';
  }

  /** Which of a block's mentions are marked, `seen` growing with them. */
  #marksFor(block: TextBlock, found: readonly Mention[], seen: Set<string>): boolean[] {
    const prefs = this.deps.markPrefs?.() ?? MARK_ALL;
    // The section is kept even when every mention is marked: the reader may narrow it later (remark).
    block.section = this.#sectionFor(block);
    if (prefs.scope === 'every' && prefs.hiddenTypes.length === 0 && prefs.world) return found.map(() => true);
    const world = this.deps.world;
    return selectMarks(found.map((m) => ({ entry: m.entry, type: this.#markType(m.entry), world: world?.has(m.entry) ?? false, section: block.section })), prefs, seen);
  }

  /**
   * A block's section: its heading's number (headings numbered as met; those of the first pass
   * come in document order), or, where the walk met no heading before it (a block changed
   * later, a shadow root), the last known heading before it in the document.
   */
  #sectionFor(block: TextBlock): number {
    const h = block.heading;
    if (h) {
      let n = this.#sectionOf.get(h);
      if (n === undefined) {
        n = this.#sectionOf.size + 1;
        this.#sectionOf.set(h, n);
        const at = this.#headingIndexBefore(h);
        this.#headings.splice(at + 1, 0, h);
      }
      return n;
    }
    const i = this.#headingIndexBefore(block.element);
    return i < 0 ? 0 : this.#sectionOf.get(this.#headings[i]!)!;
  }

  /** Index in #headings of the last heading before `node` (binary search), -1 when none. */
  #headingIndexBefore(node: Node): number {
    const list = this.#headings;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const h = list[mid]!;
      const before = h === node || (h.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      if (before) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * Decides again which mentions are marked, over the whole page in reading order (the reader
   * changed how much is marked, or changed text moved what comes first), repainting only those
   * whose state changed.
   */
  remark(): void {
    measure('glose:remark', () => this.#remark());
  }

  #remark(): void {
    const { mentions, highlighter } = this.deps;
    const prefs = this.deps.markPrefs?.() ?? MARK_ALL;
    const seen = new Set<string>();
    const world = this.deps.world;
    for (const pm of mentions.all) {
      const [marked] = selectMarks([{ entry: pm.entry, type: this.#markType(pm.entry), world: world?.has(pm.entry) ?? false, section: pm.block.section }], prefs, seen);
      if (marked === pm.marked) continue;
      pm.marked = marked!;
      if (marked) highlighter.add(styleOf(pm), pm.range);
      else highlighter.remove(styleOf(pm), pm.range);
    }
    this.#seen = seen;
  }

  async #scanBlocks(blocks: TextBlock[]): Promise<void> {
    let i = 0;
    // A block longer than PART_CHARS is read in parts, across chunks: a paragraph of megabytes
    // (a transcript, a tag cloud, a hostile page) never makes one long task.
    let part: BlockInProgress | null = null;
    while ((i < blocks.length || part) && !this.#stopped) {
      const start = performance.now();
      measure('glose:scan', () => {
        while (performance.now() - start < CHUNK_MS) {
          if (!part) {
            if (i >= blocks.length) break;
            const block = blocks[i++]!;
            if (this.deps.skipText?.(block.text)) continue;
            const tag = this.#nextTag++;
            this.#tagged.set(tag, block);
            if (block.text.length <= PART_CHARS) {
              this.#paintScanned(block, this.#session.scan(block.text, tag));
              continue;
            }
            part = { block, tag, next: 0 };
            // Painted first with its opening part only: the parts below replace it.
            if (this.#preScanned?.has(block)) this.#unpaint(block);
          }
          const r = this.#session.scanPart(part.block.text, part.tag, part.next, PART_CHARS);
          this.#paint(part.block, r.mentions);
          part.next = r.next;
          if (r.next < 0) part = null;
        }
      });
      if (i < blocks.length || part) await yieldToFrame();
    }
    if (!this.#stopped) this.#settle();
    this.deps.onChange();
  }

  /** A block read whole: painted, unless it was painted first with the same names. */
  #paintScanned(block: TextBlock, found: Mention[]): void {
    const previewed = this.#preScanned?.get(block);
    if (previewed) {
      // Painted first: left as it is when the pass in reading order finds the same names marked
      // the same way (no change to the highlights, which on a huge page would repaint it all).
      if (sameMentions(previewed, found)) {
        const painted = this.deps.mentions.ofBlock(block);
        const marks = this.#marksFor(block, this.#linked(found), this.#seen);
        if (painted.length === marks.length && painted.every((pm, i) => pm.marked === marks[i])) return;
        this.#unpaint(block);
        this.#paint(block, found, marks);
        return;
      }
      this.#unpaint(block);
    }
    this.#paint(block, found);
  }

  /** The mentions with the links the reader chose on this page. */
  #linked(found: readonly Mention[]): readonly Mention[] {
    const choices = this.deps.choices;
    return choices && Object.keys(choices).length > 0 ? found.map((m) => applyChoice(m, choices)) : found;
  }

  #paint(block: TextBlock, found: readonly Mention[], marks?: boolean[]): void {
    if (found.length === 0) return;
    const { types, highlighter, mentions } = this.deps;
    const linked = this.#linked(found);
    const marked = marks ?? this.#marksFor(block, linked, this.#seen);
    for (const pm of mentions.addBlock(block, linked, (id) => types.get(id) ?? 'term', marked)) if (pm.marked) highlighter.add(styleOf(pm), pm.range);
  }

  #unpaint(block: TextBlock): void {
    for (const m of this.deps.mentions.removeBlocksTouching((b) => b === block)) this.deps.highlighter.remove(styleOf(m), m.range);
  }

  /**
   * Short forms held back by the matcher (a headline's « Kim » before the full name, or any
   * short form until the page shows it is about our subjects) are painted once the pass is over.
   */
  #settle(): void {
    for (const { tag, mention } of this.#session.finish()) {
      const block = this.#tagged.get(tag);
      // A block changed since (dropped in flush, re-scanned under a new tag) or gone.
      if (!block || !block.segments.every((s) => s.node.isConnected)) continue;
      this.#paint(block, [mention]);
    }
    this.#tagged.clear();
  }

  #record(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        this.#dirty.add(r.target);
        continue;
      }
      for (const node of r.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element)) continue;
        this.#dirty.add(node);
      }
      if (r.removedNodes.length > 0) this.#dirty.add(r.target);
    }
    if (this.#dirty.size > 0 && !this.#flushScheduled) {
      this.#flushScheduled = true;
      void idle().then(() => this.#flush());
    }
  }

  async #flush(): Promise<void> {
    this.#flushScheduled = false;
    if (this.#stopped) return;
    const touched = [...this.#dirty];
    this.#dirty.clear();
    const roots = new Set<Node>();
    measure('glose:mutations', () => {
      for (const node of touched) {
        if (!node.isConnected && node.nodeType !== Node.TEXT_NODE) continue;
        if (this.#inSkipped(node)) continue;
        roots.add(blockAncestor(node));
      }
      // Drop roots contained in other roots: each block is scanned once.
      for (const r of [...roots]) {
        for (let p = r.parentNode; p; p = p.parentNode) if (roots.has(p)) { roots.delete(r); break; }
      }
    });
    if (roots.size > FULL_RESCAN_THRESHOLD) {
      this.#rescanEverything();
      return;
    }
    const { mentions, highlighter } = this.deps;
    const isTouched = (block: TextBlock): boolean => {
      if (!block.segments.every((s) => s.node.isConnected)) return true;
      for (const r of roots) if (r === block.element || r.contains(block.element)) return true;
      return false;
    };
    const removed = mentions.removeBlocksTouching(isTouched);
    for (const m of removed) highlighter.remove(styleOf(m), m.range);
    // A block still waiting for its held-back short forms is re-read below: its offsets are stale.
    for (const [tag, block] of this.#tagged) if (isTouched(block)) this.#tagged.delete(tag);
    const shadows: ShadowRoot[] = [];
    const blocks = [...roots].flatMap((r) => (r.isConnected ? collectTextBlocks(r, (s) => shadows.push(s), this.deps.skip) : []));
    await this.#scanBlocks(blocks);
    for (const shadow of shadows) await this.#scanShadowRoot(shadow);
    // What comes first may have moved with the changed text.
    if ((this.deps.markPrefs?.() ?? MARK_ALL).scope !== 'every') this.remark();
  }

  /** Whether a changed node lies in furniture (an aside, comments…) of the body read. */
  #inSkipped(node: Node): boolean {
    const skip = this.deps.skip;
    if (!skip) return false;
    for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el && el !== this.#root; el = el.parentElement) if (skip(el)) return true;
    return false;
  }

  #rescanEverything(): void {
    this.deps.mentions.clear();
    this.deps.highlighter.clear();
    this.#session = this.deps.matcher.createSession(this.#matchOptions());
    this.#tagged.clear();
    this.#seen = new Set();
    void this.#scanBlocks(collectTextBlocks(this.#root ?? document.body, undefined, this.deps.skip));
  }
}

/**
 * ::highlight rules in the page's stylesheet do not reach into shadow trees: a constructed
 * stylesheet adopted by the shadow root carries them there (no element is added).
 */
function adoptHighlightStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightCss);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    // Constructable stylesheets unavailable: names stay hoverable, just not painted.
  }
}
