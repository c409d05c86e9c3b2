/**
 * Reads the page's visible text as blocks (a paragraph, a list item, a heading…): the text
 * nodes of one block joined in reading order, with a map back to the nodes so that a
 * mention's offsets become a DOM Range. Reads only; never touches the page's DOM.
 *
 * Two blocks are never glued into one word: an element is a block by its tag or by its computed
 * display (a <b style="display:block">, a flex item, a table cell, an inline-block chip of a tag
 * cloud), and a <br> puts a line break into the block's text.
 */

/** Elements whose text is never scanned: code, scripts, styles, form fields, our own card. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
]);

/** Elements that start a new block of text. Inline elements (a, em, span…) stay inside their block. */
const BLOCKS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE',
  'ARTICLE', 'SECTION', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'TABLE',
  'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'CAPTION', 'SUMMARY', 'DETAILS', 'ADDRESS', 'BODY', 'HTML', 'FORM',
  'FIELDSET', 'LEGEND', 'LABEL', 'HR', 'BR',
]);


export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the block text. */
  start: number;
}

export interface TextBlock {
  text: string;
  segments: TextSegment[];
  /** The element that bounds the block (paragraph, list item…). */
  element: Node;
  /**
   * The last heading (h1–h6) met at or before this block in the walk that collected it (null
   * when none was): the section the block belongs to, for "first mention per section".
   */
  heading: Element | null;
  /** The section's number on this page (set by the scanner from `heading`; 0 before any heading). */
  section: number;
}

const HEADING = /^H[1-6]$/;

/** Whether a block's element is a heading (h1–h6): it opens a section. */
export function isHeadingBlock(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE && HEADING.test((node as Element).tagName.toUpperCase());
}

export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('data-glose-card')) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  return el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

/**
 * Does the element lay its content out apart from the text around it? Any computed display but
 * `inline` and `contents` (block, flex, grid, list-item, table-cell, inline-block…): text on
 * either side of it is never one word. Cached per element by the caller.
 */
export function startsBlock(el: Element): boolean {
  if (BLOCKS.has(el.tagName.toUpperCase())) return true;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const display = view.getComputedStyle(el).display;
  return display !== '' && display !== 'inline' && display !== 'contents' && display !== 'none';
}

/** The nearest block-level ancestor of `node` (or the root it lives in). */
export function blockAncestor(node: Node): Node {
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el) {
    if (startsBlock(el)) return el;
    if (!el.parentElement) return el.parentNode ?? el;
    el = el.parentElement;
  }
  return node.getRootNode();
}

/**
 * Collects the blocks of text under `root`, in document order, a slice at a time: `step` walks
 * until its deadline and says whether the walk is done, so that a page of 100,000 elements is
 * read in frame-sized slices instead of one long task. Hidden subtrees (display:none,
 * visibility:hidden) are skipped through checkVisibility where the browser has it. Open shadow
 * roots met on the way are handed to `onShadowRoot` (a tree walker does not enter them).
 */
export class BlockCollector {
  readonly blocks: TextBlock[] = [];
  readonly #walker: TreeWalker;
  readonly #visibility = new Map<Element, boolean>();
  readonly #blockish = new Map<Element, boolean>();
  #current: TextBlock | null = null;
  #currentBlockNode: Node | null = null;
  #heading: Element | null = null;
  #done = false;

  /** `skip`: elements left out with their subtree besides the skipped ones (page furniture in an article body). */
  constructor(
    private readonly root: Node,
    onShadowRoot?: (root: ShadowRoot) => void,
    skip?: (el: Element) => boolean,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    const isVisible = (el: Element): boolean => {
      let v = this.#visibility.get(el);
      if (v === undefined) {
        const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
        v = check ? check.call(el, { visibilityProperty: true }) : true;
        this.#visibility.set(el, v);
      }
      return v;
    };
    this.#walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          if (isSkippedElement(node as Element) || skip?.(node as Element)) return NodeFilter.FILTER_REJECT;
          // A line break ends a word: the walk hands it to step(), which adds a newline.
          if ((node as Element).tagName.toUpperCase() === 'BR') return NodeFilter.FILTER_ACCEPT;
          const shadow = (node as Element).shadowRoot;
          if (shadow && onShadowRoot) onShadowRoot(shadow);
          return NodeFilter.FILTER_SKIP;
        }
        const parent = node.parentElement;
        return parent && !isVisible(parent) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT;
      },
    });
  }

  /** Walks until `deadline` (performance.now() time); true once every block is collected. */
  step(deadline = Infinity): boolean {
    if (this.#done) return true;
    let count = 0;
    for (let n = this.#walker.nextNode(); n; n = this.#walker.nextNode()) {
      if (n.nodeType === Node.ELEMENT_NODE) {
        // <br>: a line break in the block's text (no segment: no node holds it).
        if (this.#current && this.#blockOf(n) === this.#currentBlockNode) this.#current.text += '\n';
        continue;
      }
      const node = n as Text;
      const block = this.#blockOf(node);
      if (!/\S/.test(node.data)) {
        // Spaces between two inline elements (« <a>Kim</a> <em>Jong-un</em> ») still separate
        // words: one space in the block's text, no segment.
        if (this.#current && block === this.#currentBlockNode && !/\s$/.test(this.#current.text)) this.#current.text += ' ';
        continue;
      }
      if (block !== this.#currentBlockNode || !this.#current) {
        if (isHeadingBlock(block)) this.#heading = block;
        this.#current = { text: '', segments: [], element: block, heading: this.#heading, section: 0 };
        this.blocks.push(this.#current);
        this.#currentBlockNode = block;
      }
      this.#current.segments.push({ node, start: this.#current.text.length });
      this.#current.text += node.data;
      // The clock is read every 64 nodes: cheap, and a slice still ends within a frame.
      if ((++count & 63) === 0 && performance.now() >= deadline) return false;
    }
    this.#done = true;
    return true;
  }

  /** The block `node` belongs to: its nearest ancestor that starts a block, or the root. */
  #blockOf(node: Node): Node {
    let el = node.parentElement;
    while (el && el !== this.root) {
      let b = this.#blockish.get(el);
      if (b === undefined) {
        b = startsBlock(el);
        this.#blockish.set(el, b);
      }
      if (b) return el;
      el = el.parentElement;
    }
    return this.root;
  }
}

/** Every block under `root` at once (small roots, changed blocks, tests). */
export function collectTextBlocks(root: Node, onShadowRoot?: (root: ShadowRoot) => void, skip?: (el: Element) => boolean): TextBlock[] {
  const collector = new BlockCollector(root, onShadowRoot, skip);
  collector.step();
  return collector.blocks;
}

/** The segment holding block offset `offset` (binary search; segments are sorted by start). */
export function segmentAt(block: TextBlock, offset: number, preferPrevious = false): TextSegment {
  const segs = block.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segs[mid]!;
    if (s.start < offset || (!preferPrevious && s.start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo]!;
}

/** A live Range over block offsets [start, end). */
export function rangeFor(block: TextBlock, start: number, end: number): Range {
  const a = segmentAt(block, start);
  const b = segmentAt(block, end, true);
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, Math.min(start - a.start, a.node.data.length));
  range.setEnd(b.node, Math.min(end - b.start, b.node.data.length));
  return range;
}
