/**
 * Functions evaluated inside test pages (they run in the browser, so they only use DOM APIs).
 */

/**
 * Records every DOM mutation the page could see once parsing is done (DOMContentLoaded fires
 * before the content script runs at document_idle), as a page's own script would.
 */
export const RECORD_MUTATIONS = `
  window.__gloseMutations = [];
  document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => {
    for (const r of records) {
      window.__gloseMutations.push({
        type: r.type,
        target: r.target.nodeName,
        added: [...r.addedNodes].map((n) => n.nodeName + (n.nodeType === 1 && n.hasAttribute('data-glose-card') ? '[data-glose-card]' : '')),
        removed: [...r.removedNodes].map((n) => n.nodeName),
        attribute: r.attributeName,
      });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));
`;

export interface RecordedMutation {
  type: string;
  target: string;
  added: string[];
  removed: string[];
  attribute: string | null;
}

export function recordedMutations(): RecordedMutation[] {
  return (window as unknown as { __gloseMutations: RecordedMutation[] }).__gloseMutations;
}

/** How many ranges are registered under highlight names that begin with `glose`. */
export function countGloseHighlights(): { names: string[]; ranges: number; texts: string[] } {
  const names: string[] = [];
  const texts: string[] = [];
  let ranges = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('glose')) continue;
    names.push(name);
    for (const r of highlight as Highlight) {
      ranges++;
      texts.push((r as Range).toString());
    }
  }
  return { names, ranges, texts };
}

/** The centre of the first occurrence of `word` in the page's visible text, as a standalone word. */
export function locateWord(word: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n as Text).data;
    const re = new RegExp(`(^|[^\\p{L}])(${word})(?![\\p{L}])`, 'u');
    const m = re.exec(text);
    if (!m) continue;
    const start = m.index + m[1]!.length;
    const range = document.createRange();
    range.setStart(n, start);
    range.setEnd(n, start + word.length);
    (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    // The first box: a name broken across two lines (Kim Jong-|un) has two.
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}
