/**
 * Paints mentions with the CSS Custom Highlight API: one Highlight per style, registered under
 * names that begin with `glose` (`glose-u-person` underlined, `glose-b-person` background…).
 * Switching mode moves the same Highlight objects to other names: nothing is re-scanned.
 *
 * Cost that does not grow with the page: a registered Highlight that gains a range makes the
 * browser recompute the whole set, so adding ranges chunk by chunk into registered sets costs
 * O(n²) on a long page (a 5 MB page: 70,000 ranges, 30 s of rendering). Ranges found are held
 * back instead, and put in place by swapping in a new, fuller Highlight: at once for the first
 * ones (the viewport is scanned first), then only when the held-back ranges are at least as many
 * as those shown (so at most log₂ n swaps in all), and when the scan pauses for the last few.
 *
 * Past WINDOW_OVER ranges, only the names near the viewport are registered. In Chromium every
 * change to the highlight registry, even one unrelated highlight (the card's focus ring), makes
 * the next frame revisit every registered range: with the 101,000 ranges of a 5 MB page, 440 ms
 * a change, measured. So ranges are kept in groups of neighbours (document order, GROUP_SIZE a
 * group); when the reader scrolls, the groups whose span lies within a viewport and a half of
 * the screen are found from two boxes each (their first and last range), and the registered
 * sets are rebuilt from those alone: a change then costs what is near the screen, whatever the
 * length of the page. (An IntersectionObserver on each element, tried first, cost 48 ms of
 * every frame on that page: the browser checks all 30,000 targets each time.)
 *
 * A page the scanner finds huge enters window mode from the start (useWindow). There a change
 * to an underline highlight, even of one range, also walks the whole document (44 ms on a
 * 125,000-element table, measured; a background-colour highlight does not), so new names
 * change the registry only when they are on screen.
 */
import type { EntryType } from '../core/glossary/types.ts';
import type { HighlightMode } from '../core/settings.ts';
import { loadPart } from './parts.ts';

export type HighlightStyle = EntryType | 'misspelling' | 'description' | 'unknown';

export function isHighlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** How long the scan must pause before the last held-back ranges are swapped in. */
const QUIET_MS = 120;
/** Above this many ranges, only those near the viewport are registered (see above). */
export const WINDOW_OVER = 5000;
/** How far beyond the viewport (in viewport heights) names stay registered: scrolling shows them painted. */
const WINDOW_MARGIN = 1.5;
/** Ranges in a group of neighbours (window mode). */
const GROUP_SIZE = 64;
/** The longest wait, while scrolling, before the registered names follow the viewport (ms). */
const WINDOW_THROTTLE_MS = 100;

/** Ranges next to each other in the document, with the first and last of them for their span. */
interface RangeGroup {
  ranges: Map<Range, HighlightStyle>;
  first: Range;
  last: Range;
}

export class Highlighter {
  readonly #sets = new Map<HighlightStyle, Highlight>();
  /**
   * The ranges in each registered set, kept here too: a new set is filled from these, never by
   * iterating a Highlight (Firefox's content-script wrappers do not iterate page objects).
   */
  readonly #shown = new Map<HighlightStyle, Set<Range>>();
  /** Ranges found but not yet in the registered sets, by style. */
  readonly #pending = new Map<HighlightStyle, Set<Range>>();
  #pendingCount = 0;
  #shownCount = 0;
  #flushScheduled: 'frame' | 'idle' | null = null;
  #marked = false;
  #quietTimer: ReturnType<typeof setTimeout> | undefined;
  #mode: HighlightMode;
  /** Window mode (past WINDOW_OVER ranges): the ranges in groups of neighbours, those near the viewport registered. */
  #window: {
    groups: RangeGroup[];
    groupOf: Map<Range, RangeGroup>;
    near: Set<RangeGroup>;
    scheduled: ReturnType<typeof setTimeout> | null;
    lastUpdate: number;
    stop: AbortController;
  } | null = null;
  /** Without the Highlight API: ranges kept for the overlay painter, in insertion order. */
  readonly #fallback = new Map<Range, HighlightStyle>();
  #fallbackTimer: ReturnType<typeof setTimeout> | undefined;

  /** `windowOver`: the number of ranges past which window mode starts (WINDOW_OVER; tests lower it). */
  constructor(mode: HighlightMode, private readonly windowOver = WINDOW_OVER) {
    this.#mode = mode;
  }

  add(style: HighlightStyle, range: Range): void {
    if (!isHighlightApiAvailable()) {
      this.#fallback.set(range, style);
      this.#repaintFallback();
      return;
    }
    const held = this.#pending.get(style);
    if (held) held.add(range);
    else this.#pending.set(style, new Set([range]));
    this.#pendingCount++;
    this.#scheduleFlush();
  }

  remove(style: HighlightStyle, range: Range): void {
    if (this.#shown.get(style)?.delete(range)) {
      this.#sets.get(style)?.delete(range);
      this.#shownCount--;
      if (this.#window) this.#window.groupOf.get(range)?.ranges.delete(range);
    }
    if (this.#pending.get(style)?.delete(range)) this.#pendingCount--;
    if (this.#fallback.delete(range)) this.#repaintFallback();
  }

  /** Puts every held-back range in place now (tests, mode switches, the end of a scan). */
  flush(): void {
    this.#flushScheduled = null;
    if (this.#pendingCount === 0) return;
    for (const [style, ranges] of this.#pending) {
      let all = this.#shown.get(style);
      if (!all) this.#shown.set(style, (all = new Set()));
      for (const r of ranges) all.add(r);
    }
    this.#shownCount += this.#pendingCount;
    if (this.#window) {
      // The registry changes only if a new group is on screen: on a huge page each change
      // repaints the whole document (a long task). Those just below the screen join at the next
      // scroll; the viewport's own were painted first anyway (the scanner's preview).
      if (this.#fileInWindow(this.#pending).some((g) => isNear(g, 0))) this.#scheduleWindowUpdate();
    } else if (this.#shownCount > this.windowOver) this.#openWindow(false);
    else {
      for (const [style, ranges] of this.#pending) {
        if (ranges.size === 0) continue;
        // A new set, filled while unregistered (cheap), then swapped in: one recomputation.
        const next = new Highlight();
        for (const r of this.#shown.get(style)!) next.add(r);
        this.#sets.set(style, next);
        this.#register(style, next);
      }
    }
    // For the benchmarks: when the first names were put on screen (the page can see it, as it
    // can see the highlights themselves).
    if (!this.#marked && typeof performance.mark === 'function') performance.mark('glose:first-highlight');
    this.#marked = true;
    this.#pending.clear();
    this.#pendingCount = 0;
  }

  /** Whether only the names near the viewport are registered (a very long page). */
  get windowed(): boolean {
    return this.#window !== null;
  }

  /**
   * Window mode from now on, whatever the number of names: the page knows it is very large (a
   * document of tens of thousands of blocks, where every registry change repaints all of it).
   * The names shown so far (the viewport's, painted first) stay registered as they are.
   */
  useWindow(): void {
    if (this.#window || !isHighlightApiAvailable()) return;
    this.#openWindow(true);
  }

  /**
   * From now on, registers only the ranges near the viewport; files every range shown so far.
   * `registered`: those are already in the registry (they stay, as the near ones, until the
   * reader scrolls); otherwise the near ones are registered at the next frame.
   */
  #openWindow(registered: boolean): void {
    const stop = new AbortController();
    this.#window = { groups: [], groupOf: new Map(), near: new Set(), scheduled: null, lastUpdate: 0, stop };
    const follow = (): void => this.#scheduleWindowUpdate();
    addEventListener('scroll', follow, { passive: true, capture: true, signal: stop.signal });
    addEventListener('resize', follow, { passive: true, signal: stop.signal });
    const groups = this.#fileInWindow(this.#shown);
    if (registered) this.#window.near = new Set(groups);
    else this.#scheduleWindowUpdate();
  }

  /** Files ranges in new groups: sorted in document order (within this batch), GROUP_SIZE a group. */
  #fileInWindow(ranges: Map<HighlightStyle, Set<Range>>): RangeGroup[] {
    const w = this.#window!;
    const batch: Array<[Range, HighlightStyle]> = [];
    for (const [style, set] of ranges) for (const range of set) batch.push([range, style]);
    batch.sort((a, b) => a[0].compareBoundaryPoints(Range.START_TO_START, b[0]));
    const added: RangeGroup[] = [];
    for (let i = 0; i < batch.length; i += GROUP_SIZE) {
      const part = batch.slice(i, i + GROUP_SIZE);
      const group: RangeGroup = { ranges: new Map(part), first: part[0]![0], last: part[part.length - 1]![0] };
      w.groups.push(group);
      added.push(group);
      for (const [range] of part) w.groupOf.set(range, group);
    }
    return added;
  }

  /** At most every WINDOW_THROTTLE_MS while the reader scrolls, and once after the last scroll. */
  #scheduleWindowUpdate(): void {
    const w = this.#window!;
    if (w.scheduled !== null) return;
    const wait = Math.max(0, WINDOW_THROTTLE_MS - (performance.now() - w.lastUpdate));
    w.scheduled = setTimeout(() => {
      requestAnimationFrame(() => {
        w.scheduled = null;
        w.lastUpdate = performance.now();
        if (this.#window === w) this.#updateWindow();
      });
    }, wait);
  }

  /** Registers the groups whose span is near the viewport, if they are not already the ones registered. */
  #updateWindow(): void {
    const w = this.#window!;
    const margin = innerHeight * WINDOW_MARGIN;
    const near = new Set<RangeGroup>();
    for (const g of w.groups) if (isNear(g, margin)) near.add(g);
    if (near.size === w.near.size && [...near].every((g) => w.near.has(g))) return;
    w.near = near;
    const next = new Map<HighlightStyle, Highlight>();
    for (const g of near) {
      for (const [range, style] of g.ranges) {
        let set = next.get(style);
        if (!set) next.set(style, (set = new Highlight()));
        set.add(range);
      }
    }
    for (const style of this.#shown.keys()) {
      const set = next.get(style) ?? new Highlight();
      this.#sets.set(style, set);
      this.#register(style, set);
    }
  }

  #scheduleFlush(): void {
    // First highlights, or as many new ranges as shown ones: at the next frame. Otherwise once
    // the scan has paused (no new range for a moment), so a long scan swaps only on doubling.
    // In window mode a flush only files ranges (the registered sets change with what is near).
    const soon = this.#shownCount === 0 || this.#pendingCount >= this.#shownCount || this.#window !== null;
    if (soon) {
      if (this.#flushScheduled === 'frame') return;
      this.#flushScheduled = 'frame';
      requestAnimationFrame(() => {
        if (this.#flushScheduled === 'frame') this.flush();
      });
      return;
    }
    if (this.#flushScheduled === 'frame') return;
    this.#flushScheduled = 'idle';
    clearTimeout(this.#quietTimer);
    this.#quietTimer = setTimeout(() => {
      if (this.#flushScheduled === 'idle') this.flush();
    }, QUIET_MS);
  }

  /** The overlay painter lives with the card UI, loaded only where the API is missing. */
  #repaintFallback(): void {
    clearTimeout(this.#fallbackTimer);
    this.#fallbackTimer = setTimeout(() => {
      const ranges = this.#mode === 'off' ? [] : [...this.#fallback].map(([range, style]) => ({ range, style }));
      ranges.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      void loadPart('card').then((m) => m.paintOverlay(document, ranges), () => undefined);
    }, 50);
  }

  /** A single-range highlight (keyboard focus, a flashed mention), replacing the previous one. */
  setFocus(range: Range | null): void {
    if (!isHighlightApiAvailable()) return;
    if (range) CSS.highlights.set('glose-focus', new Highlight(range));
    else CSS.highlights.delete('glose-focus');
  }

  setMode(mode: HighlightMode): void {
    if (mode === this.#mode) return;
    if (!isHighlightApiAvailable()) {
      this.#mode = mode;
      this.#repaintFallback();
      return;
    }
    this.flush();
    this.#unregisterAll();
    this.#mode = mode;
    for (const [style, set] of this.#sets) this.#register(style, set);
  }

  clear(): void {
    this.#unregisterAll();
    this.setFocus(null);
    if (this.#fallback.size > 0) {
      this.#fallback.clear();
      this.#repaintFallback();
    }
    if (this.#window) {
      this.#window.stop.abort();
      if (this.#window.scheduled !== null) clearTimeout(this.#window.scheduled);
    }
    this.#window = null;
    this.#sets.clear();
    this.#shown.clear();
    this.#pending.clear();
    this.#pendingCount = 0;
    this.#shownCount = 0;
    this.#flushScheduled = null;
    this.#marked = false;
  }

  /** Every range held, registered or not (in window mode only those near the viewport are). */
  get size(): number {
    return this.#fallback.size + this.#pendingCount + this.#shownCount;
  }

  #register(style: HighlightStyle, set: Highlight): void {
    if (this.#mode === 'off') return;
    CSS.highlights.set(`glose-${this.#mode === 'background' ? 'b' : 'u'}-${style}`, set);
  }

  #unregisterAll(): void {
    if (!isHighlightApiAvailable()) return;
    for (const style of this.#sets.keys()) {
      CSS.highlights.delete(`glose-u-${style}`);
      CSS.highlights.delete(`glose-b-${style}`);
    }
  }
}

/** Whether a group's span (from its first range's box to its last's) lies within `margin` px of the viewport. */
function isNear(g: RangeGroup, margin: number): boolean {
  if (g.ranges.size === 0) return false;
  const top = g.first.getBoundingClientRect().top;
  const bottom = g.last.getBoundingClientRect().bottom;
  // A group whose ranges are not laid out (hidden since) has an empty box at 0: not near.
  return Math.max(top, bottom) >= -margin && Math.min(top, bottom) <= innerHeight + margin && (top !== 0 || bottom !== 0);
}

/** A mention's paint: how it was found when that matters more than its type; a name without an entry (entry '') its own. */
export function styleOf(m: { match: string; type: EntryType; entry?: string }): HighlightStyle {
  if (m.entry === '') return 'unknown';
  return m.match === 'misspelling' ? 'misspelling' : m.match === 'description' ? 'description' : m.type;
}
