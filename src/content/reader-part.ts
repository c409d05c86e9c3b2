/**
 * The reader part (messaging/content-parts.ts): reads the page's article when the reader adds
 * it to their sources, built as a file of its own (content-reader.js) that the background
 * injects then. It exports nothing at run time: it registers itself.
 */
import { extractArticle } from './extract-article.ts';
import { registerPart } from './part-registry.ts';

const readerPart = { extractArticle };

export type ReaderPart = typeof readerPart;

registerPart('reader', readerPart);
