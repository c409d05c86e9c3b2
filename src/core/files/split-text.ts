/**
 * Cuts a long text into parts of at most `size` UTF-16 units, never between the two halves of
 * a surrogate pair (a lone half would not survive being sent as a message): large imports and
 * exports travel between the extension's pages and its worker in such parts.
 */
export function splitText(text: string, size: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    let end = start + size;
    const c = text.charCodeAt(end);
    if (c >= 0xdc00 && c <= 0xdfff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  parts.push(text.slice(start));
  return parts;
}
