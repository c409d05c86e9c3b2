/**
 * The shape check of corpus/update, the side panel's corrections to a source's record: only
 * the editable fields, as strings (or null for the optional ones), of bounded length; core's
 * editSource then checks their values.
 */
import { describe, expect, it } from 'vitest';
import { TO_BACKGROUND } from '../../src/messaging/to-background.ts';

const valid = (payload: unknown): boolean => TO_BACKGROUND['corpus/update'].req(payload);

describe('corpus/update payloads', () => {
  it.each([
    [{ id: 'u-0123456789abcdef', fields: { title: 'Titre' } }],
    [{ id: 'h-0123456789abcdef', fields: { outlet: null, author: 'Jeanne Martin', date: '2024-03-06', lang: 'fr' } }],
    [{ id: 'h-0123456789abcdef', fields: {} }],
  ])('accepts %o', (payload) => expect(valid(payload)).toBe(true));

  it.each([
    [{ id: 'u-0123456789abcdef' }],
    [{ id: 7, fields: {} }],
    [{ id: 'u-0123456789abcdef', fields: { paragraphs: ['x'] } }],
    [{ id: 'u-0123456789abcdef', fields: { url: 'https://example.com/' } }],
    [{ id: 'u-0123456789abcdef', fields: { title: null } }],
    [{ id: 'u-0123456789abcdef', fields: { author: 5 } }],
    [{ id: 'u-0123456789abcdef', fields: { outlet: 'x'.repeat(5000) } }],
    [{ id: 'u-0123456789abcdef', fields: [] }],
  ])('refuses %o', (payload) => expect(valid(payload)).toBe(false));
});
