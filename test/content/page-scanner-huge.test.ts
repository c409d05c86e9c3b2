// @vitest-environment happy-dom
/**
 * A huge page (more blocks than HUGE_PAGE_BLOCKS): the scanner paints the viewport and the next
 * screen first, then reads the whole page in order. In Chromium each change to the highlight
 * registry walks the whole of such a page, so the registry must change once, for the names
 * painted first, and not again while the rest of the page is read far below the screen; every
 * name is still found and held. happy-dom has no layout and no Highlight API: each paragraph
 * stands 20 px tall, and CSS.highlights is a Map of Sets that counts its changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_ENTRIES } from '../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher } from '../../src/core/match/index.ts';
import { Highlighter } from '../../src/content/highlighter.ts';
import { PageMentions } from '../../src/content/page-mentions.ts';
import { PageScanner } from '../../src/content/page-scanner.ts';

const LINE = 20;
class CountingRegistry extends Map<string, Set<Range>> {
  changes = 0;
  override set(key: string, value: Set<Range>): this {
    this.changes++;
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.changes++;
    return super.delete(key);
  }
}
const registry = new CountingRegistry();
const realRect = Range.prototype.getBoundingClientRect;

beforeAll(() => {
  (globalThis as unknown as { CSS: unknown }).CSS = { highlights: registry };
  (globalThis as unknown as { Highlight: unknown }).Highlight = class extends Set<Range> {};
  Range.prototype.getBoundingClientRect = function (this: Range) {
    const el = (this.startContainer.nodeType === Node.TEXT_NODE ? this.startContainer.parentElement : this.startContainer) as HTMLElement;
    const top = Number(el.dataset.i ?? 0) * LINE + 1;
    return { top, bottom: top + LINE - 2, left: 0, right: 100, width: 100, height: LINE - 2, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  };
});

afterAll(() => {
  Range.prototype.getBoundingClientRect = realRect;
});

const registered = () => [...registry.entries()].filter(([k]) => k.startsWith('glose')).flatMap(([, set]) => [...set]);
const lineOf = (r: Range) => Number((r.startContainer.parentElement as HTMLElement).dataset.i);
const frames = (n: number) => new Promise((r) => setTimeout(r, n * 20));

describe('the scanner on a huge page', () => {
  it('registers the names painted first once, then reads the rest without touching the registry', async () => {
    const count = 5200;
    document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p data-i="${i}">${i % 10 === 0 ? `Vladimir Poutine a reçu Kim Jong-un, ligne ${i}.` : `Une ligne ordinaire, la ${i}e.`}</p>`).join('');
    const highlighter = new Highlighter('underline');
    const mentions = new PageMentions();
    const matcher = createMatcher(compileMatchTable(BUILTIN_ENTRIES));
    const types = new Map(BUILTIN_ENTRIES.map((e) => [e.id, e.type] as const));
    const scanner = new PageScanner({ matcher, types, lang: 'fr', highlighter, mentions, onChange: () => undefined });
    await scanner.scanRoot(document.body);
    await frames(10);
    expect(highlighter.windowed).toBe(true);
    // Every name on the page is found and held…
    expect(mentions.count).toBe((count / 10) * 2);
    expect(highlighter.size).toBe(mentions.count);
    // …but only those of the first two screens are registered, and the registry changed only to
    // put them there (one set per style), not once for the pass in reading order.
    const shown = registered();
    expect(shown.length).toBeGreaterThan(0);
    expect(Math.max(...shown.map(lineOf))).toBeLessThanOrEqual((innerHeight * 2) / LINE + 1);
    const styles = new Set([...registry.keys()].filter((k) => k.startsWith('glose')));
    expect(registry.changes).toBe(styles.size);
    scanner.stop();
    highlighter.clear();
  }, 60_000);
});
