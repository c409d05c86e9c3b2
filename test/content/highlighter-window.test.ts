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
const registry = new Map<string, Set<Range>>();
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
});
