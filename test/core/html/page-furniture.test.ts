import { describe, expect, it } from 'vitest';
import { isFurnitureElement, isFurnitureText } from '../../../src/core/html/page-furniture.ts';

describe('page furniture', () => {
  it('knows navigation, asides, footers and landmark roles', () => {
    expect(isFurnitureElement('NAV', null, null, null)).toBe(true);
    expect(isFurnitureElement('ASIDE', null, null, null)).toBe(true);
    expect(isFurnitureElement('DIV', 'complementary', null, null)).toBe(true);
    expect(isFurnitureElement('P', null, null, null)).toBe(false);
    expect(isFurnitureElement('SECTION', 'region', 'article-body', 'story')).toBe(false);
  });

  it('reads class and id words whole: ads, bylines, related boxes, comments', () => {
    for (const [cls, id] of [['pub-top', null], ['article__author', null], [null, 'comments'], ['lire-aussi', null], ['box read_more', null], ['ad', null], ['js-share-bar', null]] as const) {
      expect(isFurnitureElement('DIV', null, cls, id), `${cls} ${id}`).toBe(true);
    }
    for (const cls of ['publication', 'advertised-nothing-here', 'header', 'reading', 'shadow', 'article-content']) {
      expect(isFurnitureElement('DIV', null, cls, null), cls).toBe(false);
    }
  });

  it('knows « Lire aussi » boxes, bylines and datelines by their words, in short blocks only', () => {
    expect(isFurnitureText('Lire aussi | Kim Jong-un à Vladivostok : ce que l’on sait')).toBe(true);
    expect(isFurnitureText('À lire aussi : le cosmodrome de Vostotchny')).toBe(true);
    expect(isFurnitureText('Read more: Putin and Kim meet in Vostochny')).toBe(true);
    expect(isFurnitureText('Par Isabelle Mandraud')).toBe(true);
    expect(isFurnitureText('By Mikhail Orlov, Reuters')).toBe(true);
    expect(isFurnitureText('Moscou, correspondance')).toBe(true);
    expect(isFurnitureText('Séoul, envoyée spéciale')).toBe(true);
    // Sentences of the article itself.
    expect(isFurnitureText('Par ailleurs, Vladimir Poutine a reçu Kim Jong-un à Vostotchny.')).toBe(false);
    expect(isFurnitureText('Moscou a démenti toute livraison d’armes.')).toBe(false);
    expect(isFurnitureText(`Lire aussi ${'x'.repeat(200)}`)).toBe(false);
  });
});
