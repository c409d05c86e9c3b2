/**
 * Parts of the content script loaded only when needed. The card's UI (Preact, its strings and
 * styles) is over a third of the content script, yet most pages never open a card; the article
 * reader (for adding a page to the sources) runs only when the reader asks for it; the guess at
 * an unknown name's script (issue 27) only when such a name's card opens. A part is a
 * classic script in the extension package that the background injects into the asking frame
 * with `scripting.executeScript`. Nothing needs to be web-accessible for that, so a page still
 * cannot load Glose's files or tell that Glose is installed. A part announces itself on the
 * content script's global object (the isolated world, which the page cannot see).
 */
export const CONTENT_PARTS = { card: 'content-card.js', reader: 'content-reader.js', unknown: 'content-unknown.js' } as const;

export type ContentPart = keyof typeof CONTENT_PARTS;

export const isContentPart = (v: unknown): v is ContentPart => typeof v === 'string' && Object.prototype.hasOwnProperty.call(CONTENT_PARTS, v);

/** Where loaded parts put their exports: a registry keyed by part name, on the isolated world's global. */
export const PART_REGISTRY = Symbol.for('glose.content-parts');
