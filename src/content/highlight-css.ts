/**
 * The highlight styles as CSS, written from the entity-types table: `glose-u-<style>` underlined,
 * `glose-b-<style>` with a background, `glose-focus` for the name the keyboard moved to. The
 * same text is the content script's page-level stylesheet (vite.config.ts writes it as
 * content.css: a ::highlight rule inside a shadow root does not paint page text) and is adopted
 * by the shadow roots the scanner reads into.
 */
import { FOCUS_PAINT, PAINTS, rgba } from '../core/glossary/entity-types.ts';

export function highlightCss(): string {
  let css = '';
  for (const [style, paint] of Object.entries(PAINTS)) {
    const line = `${paint.line ?? ''} ${rgba(paint, paint.underline)}`;
    css += `::highlight(glose-u-${style}){text-decoration:underline 2px ${line};text-underline-offset:3px}`;
    // A misspelling stays flagged in background mode too.
    css += `::highlight(glose-b-${style}){background-color:${rgba(paint, paint.background)}${paint.line === 'wavy' ? `;text-decoration:underline ${line}` : ''}}`;
  }
  return `${css}::highlight(glose-focus){background-color:${rgba(FOCUS_PAINT, FOCUS_PAINT.background)};color:inherit}`;
}
