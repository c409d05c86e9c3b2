/**
 * Paints mentions with the CSS Custom Highlight API: one Highlight per style, registered under
 * names that begin with `glose` (`glose-u-person` underlined, `glose-b-person` background…).
 * Switching mode moves the same Highlight objects to other names: nothing is re-scanned.
 */
import type { EntryType } from '../core/glossary/types.ts';
import type { HighlightMode } from '../core/settings.ts';

export type HighlightStyle = EntryType | 'misspelling' | 'description';

export function isHighlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export class Highlighter {
  private readonly sets = new Map<HighlightStyle, Highlight>();
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
    let set = this.sets.get(style);
    if (!set) {
      set = new Highlight();
      this.sets.set(style, set);
      this.register(style, set);
    }
    set.add(range);
  }

  remove(style: HighlightStyle, range: Range): void {
    this.sets.get(style)?.delete(range);
    if (this.fallback.delete(range)) this.repaintFallback();
  }

  /** The overlay painter lives with the card UI, loaded only where the API is missing. */
  private repaintFallback(): void {
    clearTimeout(this.fallbackTimer);
    this.fallbackTimer = setTimeout(() => {
      const ranges = this.mode === 'off' ? [] : [...this.fallback].map(([range, style]) => ({ range, style }));
      ranges.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      void import('./card/card-host.tsx').then((m) => m.paintOverlay(document, ranges));
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
  }

  get size(): number {
    let n = this.fallback.size;
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
