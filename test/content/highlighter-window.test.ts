// @vitest-environment happy-dom
/**
 * Window mode: past WINDOW_OVER ranges, only the names near the viewport are registered, and
 * they follow the reader's scrolling; every range is still held. happy-dom has no layout and no
 * Highlight API, so both are stood in for: each paragraph is 20 px tall, `scrolled` is the
 * scroll position, and CSS.highlights is a Map of Sets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Highlighter, WINDOW_OVER } from '../../src/content/highlighter.ts';

// happy-dom compares range positions slowly: a lower threshold than the extension's keeps the test short.
const OVER = 400;

let scrolled = 0;
const LINE = 20;
/** CSS.highlights, counting its changes (each one repaints a huge page in Chromium). */
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
    const p = (this.startContainer.parentElement as HTMLElement).dataset.i;
    const top = Number(p) * LINE - scrolled + 1;
    return { top, bottom: top + LINE - 2, left: 0, right: 100, width: 100, height: LINE - 2, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  };
});

afterAll(() => {
  Range.prototype.getBoundingClientRect = realRect;
});

const settle = () => new Promise((r) => setTimeout(r, 250));
const registered = () => [...registry.entries()].filter(([k]) => k.startsWith('glose')).flatMap(([, set]) => [...set]);
const lineOf = (r: Range) => Number((r.startContainer.parentElement as HTMLElement).dataset.i);

describe('the highlighter on a very long page', () => {
  it('registers only the names near the viewport, holds them all, and follows the scrolling', async () => {
    expect(WINDOW_OVER).toBeGreaterThan(OVER);
    const count = 1500;
    document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p data-i="${i}">Kim Jong-un ${i}</p>`).join('');
    const h = new Highlighter('underline', OVER);
    const ranges: Range[] = [];
    for (const p of Array.from(document.querySelectorAll('p'))) {
      const r = document.createRange();
      r.setStart(p.firstChild!, 0);
      r.setEnd(p.firstChild!, 11);
      ranges.push(r);
      h.add(ranges.length % 2 ? 'person' : 'place', r);
    }
    h.flush();
    expect(h.windowed).toBe(true);
    expect(h.size).toBe(count);
    await settle();
    const view = innerHeight;
    let shown = registered();
    // Near the top: a viewport and a half below the screen, give or take a group of 64.
    expect(shown.length).toBeGreaterThan(view / LINE);
    expect(shown.length).toBeLessThan((view * 2.5) / LINE + 2 * 64);
    expect(Math.max(...shown.map(lineOf))).toBeLessThan((view * 2.5) / LINE + 64);
    expect(shown).toContain(ranges[0]);

    // The reader scrolls far down: the names there are registered, those at the top no longer.
    scrolled = 1200 * LINE;
    dispatchEvent(new Event('scroll'));
    await settle();
    shown = registered();
    expect(shown).toContain(ranges[1200]);
    expect(shown).not.toContain(ranges[0]);
    expect(Math.min(...shown.map(lineOf))).toBeGreaterThan(1200 - (view * 1.5) / LINE - 64);
    expect(h.size).toBe(count);

    // A removed name leaves the registered set at once.
    h.remove('place', ranges[1200]!);
    h.remove('person', ranges[1200]!);
    expect(registered()).not.toContain(ranges[1200]);
    expect(h.size).toBe(count - 1);

    h.clear();
    expect(h.windowed).toBe(false);
    expect(registered()).toHaveLength(0);
  });

  it('on a page known to be huge, keeps the names painted first and changes the registry only for names on screen', async () => {
    scrolled = 0;
    const count = 1500;
    document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p data-i="${i}">Kim Jong-un ${i}</p>`).join('');
    const paragraphs = Array.from(document.querySelectorAll('p'));
    const rangeAt = (i: number): Range => {
      const r = document.createRange();
      r.setStart(paragraphs[i]!.firstChild!, 0);
      r.setEnd(paragraphs[i]!.firstChild!, 11);
      return r;
    };
    const h = new Highlighter('underline');
    // The viewport, painted first: registered at once, as on any page.
    const first = Array.from({ length: 20 }, (_, i) => rangeAt(i));
    for (const r of first) h.add('person', r);
    h.flush();
    expect(registered()).toHaveLength(20);
    // The scanner finds the page huge: window mode from now on, without touching the registry.
    const before = registry.changes;
    h.useWindow();
    expect(h.windowed).toBe(true);
    await settle();
    expect(registry.changes).toBe(before);
    expect(registered()).toEqual(first);
    // The rest of the page, far below the screen: held, filed, not registered.
    for (let i = 500; i < count; i++) h.add('person', rangeAt(i));
    h.flush();
    await settle();
    expect(registry.changes).toBe(before);
    expect(h.size).toBe(20 + count - 500);
    // A name found on screen (text added there) is registered, with its neighbours near the screen.
    const onScreen = rangeAt(25);
    h.add('place', onScreen);
    h.flush();
    await settle();
    expect(registry.changes).toBeGreaterThan(before);
    expect(registered()).toContain(onScreen);
    expect(registered()).toContain(first[0]);
    expect(Math.max(...registered().map(lineOf))).toBeLessThan(500);
    // Scrolling there registers the names found far below.
    scrolled = 1400 * LINE;
    dispatchEvent(new Event('scroll'));
    await settle();
    expect(registered().map(lineOf)).toContain(1400);
    h.clear();
  });
});
