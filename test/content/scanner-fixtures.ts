/**
 * What the page-scanner tests share: happy-dom lacks the CSS Custom Highlight API, so a stand-in
 * registry and Highlight class; the matcher over the built-in glossary with its entry types;
 * and a wait of a few frames for the scanner's slices.
 */
import { BUILTIN_ENTRIES } from '../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher } from '../../src/core/match/index.ts';

/** Installs a stand-in for CSS.highlights and Highlight (call in beforeAll). */
export function stubHighlightApi(): void {
  (globalThis as unknown as { CSS: unknown }).CSS = { highlights: new Map() };
  (globalThis as unknown as { Highlight: unknown }).Highlight = class extends Set<Range> {};
}

export const frames = (n: number): Promise<unknown> => new Promise((r) => setTimeout(r, n * 20));
export const table = compileMatchTable(BUILTIN_ENTRIES);
export const matcher = createMatcher(table);
export const types = new Map(BUILTIN_ENTRIES.map((e) => [e.id, e.type] as const));
