/**
 * The fallback painter for browsers without the CSS Custom Highlight API: thin boxes drawn
 * under the names, inside the card host's shadow root, so the page's own text nodes stay
 * untouched. Only the names in view are drawn, found by binary search over the ranges in
 * document order, and redrawn once per frame on scroll and resize.
 */
import { FOCUS_PAINT, PAINTS, rgba, type Paint } from '../../core/glossary/entity-types.ts';

export interface OverlayRange {
  range: Range;
  style: string;
}

/** The fallback painter's line colour per style: the highlight's underline colour. */
const colourOf = (style: string): string => {
  const paint = style === 'focus' ? FOCUS_PAINT : (PAINTS as Record<string, Paint | undefined>)[style];
  return paint ? rgba(paint, paint.underline) : rgba(PAINTS.term, PAINTS.term.underline);
};

export class OverlayLayer {
  private ranges: OverlayRange[] = [];
  private frameRequested = false;
  private readonly layer: HTMLElement;

  constructor(root: ShadowRoot, private readonly view: Window) {
    this.layer = root.ownerDocument.createElement('div');
    this.layer.style.cssText = 'position:fixed;inset:0;pointer-events:none;overflow:hidden;';
    root.prepend(this.layer);
    const redraw = (): void => this.schedule();
    view.addEventListener('scroll', redraw, { passive: true, capture: true });
    view.addEventListener('resize', redraw, { passive: true });
  }

  set(ranges: OverlayRange[]): void {
    this.ranges = ranges;
    this.schedule();
  }

  private schedule(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    this.view.requestAnimationFrame(() => {
      this.frameRequested = false;
      this.draw();
    });
  }

  private draw(): void {
    const height = this.view.innerHeight;
    // First range whose box is not above the viewport (ranges are in document order).
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid]!.range.getBoundingClientRect().bottom < 0) lo = mid + 1;
      else hi = mid;
    }
    const boxes: HTMLElement[] = [];
    for (let i = lo; i < this.ranges.length && boxes.length < 2000; i++) {
      const { range, style } = this.ranges[i]!;
      const rects = range.getClientRects();
      if (rects.length > 0 && rects[0]!.top > height) break;
      for (const r of rects) {
        const box = this.layer.ownerDocument.createElement('div');
        box.style.cssText = `position:absolute;left:${r.left}px;top:${r.bottom - 2}px;width:${r.width}px;height:2px;background:${colourOf(style)};`;
        boxes.push(box);
      }
    }
    this.layer.replaceChildren(...boxes);
  }
}
