/**
 * What text is under the pointer: caretPositionFromPoint (standard; Chrome 128+, Firefox)
 * or caretRangeFromPoint (older WebKit/Blink), then a check that the point really lies on
 * the character, since both APIs return the nearest caret even past the end of a line.
 */
export interface CaretHit {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: object) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): CaretHit | null {
  const d = doc as CaretDoc;
  if (d.caretPositionFromPoint) {
    // Text inside open shadow roots is only reached when the roots are named (CSSOM View).
    const shadowRoots: ShadowRoot[] = [];
    let el: Element | null = doc.elementFromPoint(x, y);
    while (el?.shadowRoot && shadowRoots.length < 8) {
      shadowRoots.push(el.shadowRoot);
      const inner: Element | null = el.shadowRoot.elementFromPoint(x, y);
      el = inner === el ? null : inner;
    }
    const pos = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Is (x, y) inside one of the boxes of `range`? */
export function isPointInRange(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/**
 * The character under the point: the caret may sit just after the character hovered
 * (right half of a glyph), so both the caret offset and the one before it are tried.
 */
export function offsetsToTry(hit: CaretHit): number[] {
  return hit.offset > 0 ? [hit.offset, hit.offset - 1] : [hit.offset];
}
