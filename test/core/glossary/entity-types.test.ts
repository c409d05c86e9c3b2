/**
 * Entity types are one table: every type has its label in both languages and a colour, and the
 * highlight stylesheet written from the table has each style's two rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, MATCH_PAINTS, typeLabelKey, type EntityType } from '../../../src/core/glossary/entity-types.ts';
import { ENTRY_TYPES } from '../../../src/core/glossary/types.ts';
import { highlightCss } from '../../../src/content/highlight-css.ts';

const messages = (lang: string) => JSON.parse(readFileSync(new URL(`../../../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;

describe('entity types', () => {
  it('are the glossary’s types, in the table’s order', () => {
    expect(ENTRY_TYPES).toEqual(['person', 'place', 'organisation', 'media', 'brand', 'event', 'term']);
  });

  it('each has its label and group label in French and English', () => {
    for (const lang of ['fr', 'en']) {
      const m = messages(lang);
      for (const type of Object.keys(ENTITY_TYPES) as EntityType[]) {
        expect(m[typeLabelKey(type)]?.message, `${lang} ${type}`).toBeTruthy();
        expect(m[typeLabelKey(type, true)]?.message, `${lang} ${type} plural`).toBeTruthy();
      }
    }
    expect(typeLabelKey('organisation', true)).toBe('typeOrganisationPlural');
  });

  it('the highlight stylesheet has an underline and a background rule per style, and the focus', () => {
    const css = highlightCss();
    for (const style of [...Object.keys(ENTITY_TYPES), ...Object.keys(MATCH_PAINTS)]) {
      expect(css).toContain(`::highlight(glose-u-${style}){text-decoration:underline 2px`);
      expect(css).toContain(`::highlight(glose-b-${style}){background-color:rgba(`);
    }
    expect(css).toContain('::highlight(glose-u-person){text-decoration:underline 2px  rgba(37,99,235,0.85)');
    expect(css).toContain('::highlight(glose-b-misspelling){background-color:rgba(234,88,12,0.22);text-decoration:underline wavy rgba(234,88,12,0.95)}');
    expect(css).toContain('::highlight(glose-focus){background-color:rgba(250,204,21,0.55);color:inherit}');
  });
});
