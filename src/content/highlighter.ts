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
 */
import type { EntryType } from '../core/glossary/types.ts';
import type { HighlightMode } from '../core/settings.ts';
import { loadPart } from './parts.ts';

export type HighlightStyle = EntryType | 'misspelling' | 'description';

export function isHighlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** How long the scan must pause before the last held-back ranges are swapped in. */
const QUIET_MS = 120;

export class Highlighter {
  private readonly sets = new Map<HighlightStyle, Highlight>();
  /**
   * The ranges in each registered set, kept here too: a new set is filled from these, never by
   * iterating a Highlight (Firefox's content-script wrappers do not iterate page objects).
   */
  private readonly shown = new Map<HighlightStyle, Set<Range>>();
  /** Ranges found but not yet in the registered sets, by style. */
  private readonly pending = new Map<HighlightStyle, Set<Range>>();
  private pendingCount = 0;
  private shownCount = 0;
  private flushScheduled: 'frame' | 'idle' | null = null;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private mode: HighlightMode;
  /** Without the Highlight API: ranges kept for the overlay painter, in insertion order. */
  private readonly fallback = new Map<Range, HighlightStyle>();
  private fallbackTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(mode: HighlightMode) {
    this.mode = mode;
  }

  add(style: HighlightStyle, range: Range): void {
    if (!isHighlightApiAvailable()) {
      this.fallback.set(range, style);
      this.repaintFallback();
      return;
    }
    const held = this.pending.get(style);
    if (held) held.add(range);
    else this.pending.set(style, new Set([range]));
    this.pendingCount++;
    this.scheduleFlush();
  }

  remove(style: HighlightStyle, range: Range): void {
    if (this.shown.get(style)?.delete(range)) {
      this.sets.get(style)?.delete(range);
      this.shownCount--;
    }
    if (this.pending.get(style)?.delete(range)) this.pendingCount--;
    if (this.fallback.delete(range)) this.repaintFallback();
  }

  /** Puts every held-back range in place now (tests, mode switches, the end of a scan). */
  flush(): void {
    this.flushScheduled = null;
    if (this.pendingCount === 0) return;
    for (const [style, ranges] of this.pending) {
      if (ranges.size === 0) continue;
      // A new set, filled while unregistered (cheap), then swapped in: one recomputation.
      let all = this.shown.get(style);
      if (!all) this.shown.set(style, (all = new Set()));
      for (const r of ranges) all.add(r);
      const next = new Highlight();
      for (const r of all) next.add(r);
      this.sets.set(style, next);
      this.register(style, next);
    }
    // For the benchmarks: when the first names were put on screen (the page can see it, as it
    // can see the highlights themselves).
    if (this.shownCount === 0 && typeof performance.mark === 'function') performance.mark('glose:first-highlight');
    this.shownCount += this.pendingCount;
    this.pending.clear();
    this.pendingCount = 0;
  }

  private scheduleFlush(): void {
    // First highlights, or as many new ranges as shown ones: at the next frame. Otherwise once
    // the scan has paused (no new range for a moment), so a long scan swaps only on doubling.
    const soon = this.shownCount === 0 || this.pendingCount >= this.shownCount;
    if (soon) {
      if (this.flushScheduled === 'frame') return;
      this.flushScheduled = 'frame';
      requestAnimationFrame(() => {
        if (this.flushScheduled === 'frame') this.flush();
      });
      return;
    }
    if (this.flushScheduled === 'frame') return;
    this.flushScheduled = 'idle';
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      if (this.flushScheduled === 'idle') this.flush();
    }, QUIET_MS);
  }

  /** The overlay painter lives with the card UI, loaded only where the API is missing. */
  private repaintFallback(): void {
    clearTimeout(this.fallbackTimer);
    this.fallbackTimer = setTimeout(() => {
      const ranges = this.mode === 'off' ? [] : [...this.fallback].map(([range, style]) => ({ range, style }));
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
    if (mode === this.mode) return;
    if (!isHighlightApiAvailable()) {
      this.mode = mode;
      this.repaintFallback();
      return;
    }
    this.flush();
    this.unregisterAll();
    this.mode = mode;
    for (const [style, set] of this.sets) this.register(style, set);
  }

  clear(): void {
    this.unregisterAll();
    this.setFocus(null);
    if (this.fallback.size > 0) {
      this.fallback.clear();
      this.repaintFallback();
    }
    this.sets.clear();
    this.shown.clear();
    this.pending.clear();
    this.pendingCount = 0;
    this.shownCount = 0;
    this.flushScheduled = null;
  }

  get size(): number {
    let n = this.fallback.size + this.pendingCount;
    for (const set of this.sets.values()) n += set.size;
    return n;
  }

  private register(style: HighlightStyle, set: Highlight): void {
    if (this.mode === 'off') return;
    CSS.highlights.set(`glose-${this.mode === 'background' ? 'b' : 'u'}-${style}`, set);
  }

  private unregisterAll(): void {
    if (!isHighlightApiAvailable()) return;
    for (const style of this.sets.keys()) {
      CSS.highlights.delete(`glose-u-${style}`);
      CSS.highlights.delete(`glose-b-${style}`);
    }
  }
}

export function styleOf(m: { match: string; type: EntryType }): HighlightStyle {
  return m.match === 'misspelling' ? 'misspelling' : m.match === 'description' ? 'description' : m.type;
}
