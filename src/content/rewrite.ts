/**
 * Rewrite mode (opt-in): the names on the page are shown in the reader's chosen style, the
 * page's own spelling stays in the card. What each name becomes is core's decision
 * (core/glossary/rewrite-form.ts: the same name, in the page's language, at the writer's length,
 * acronyms and parenthesised expansions untouched); this only edits the text nodes. This is the one feature that edits the page's text
 * nodes, because the reader asked for it; every change is recorded so that turning it off
 * restores the page exactly, without a reload. Highlight ranges are moved with the text.
 */
import type { PageMention } from './page-mentions.ts';

interface Saved {
  node: Text;
  start: number;
  end: number;
}

export class Rewriter {
  readonly #originals = new Map<Text, string>();
  readonly #saved = new Map<PageMention, Saved>();

  get active(): boolean {
    return this.#originals.size > 0;
  }

  /**
   * Rewrites the mentions not rewritten yet; `formOf` gives what a name becomes in the reader's
   * style, or null where the page's text stays.
   */
  apply(mentions: readonly PageMention[], formOf: (m: PageMention) => string | null | undefined): number {
    const byNode = new Map<Text, PageMention[]>();
    const forms = new Map<PageMention, string>();
    for (const m of mentions) {
      if (this.#saved.has(m) || m.match === 'description') continue;
      const { startContainer: a, endContainer: b } = m.range;
      // Names split across elements (<b>Kim</b> Jong-un) are left as they are.
      if (a !== b || a.nodeType !== Node.TEXT_NODE) continue;
      const display = formOf(m);
      if (!display || display === m.range.toString()) continue;
      forms.set(m, display);
      let list = byNode.get(a as Text);
      if (!list) byNode.set(a as Text, (list = []));
      list.push(m);
    }
    let changed = 0;
    for (const [node, list] of byNode) {
      list.sort((x, y) => x.range.startOffset - y.range.startOffset);
      const old = node.data;
      let out = '';
      let cursor = 0;
      const placed: Array<{ m: PageMention; start: number; end: number }> = [];
      for (const m of list) {
        const { startOffset, endOffset } = m.range;
        if (startOffset < cursor) continue;
        const display = forms.get(m)!;
        out += old.slice(cursor, startOffset);
        placed.push({ m, start: out.length, end: out.length + display.length });
        this.#saved.set(m, { node, start: startOffset, end: endOffset });
        out += display;
        cursor = endOffset;
      }
      out += old.slice(cursor);
      if (!this.#originals.has(node)) this.#originals.set(node, old);
      node.data = out;
      for (const p of placed) {
        p.m.range.setStart(node, p.start);
        p.m.range.setEnd(node, p.end);
      }
      changed += placed.length;
    }
    return changed;
  }

  /** Puts every rewritten text node back as it was, and the ranges with it. */
  revert(): void {
    for (const [node, data] of this.#originals) node.data = data;
    for (const [m, s] of this.#saved) {
      if (!s.node.isConnected) continue;
      m.range.setStart(s.node, Math.min(s.start, s.node.data.length));
      m.range.setEnd(s.node, Math.min(s.end, s.node.data.length));
    }
    this.#originals.clear();
    this.#saved.clear();
  }
}
