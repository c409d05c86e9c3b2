// @vitest-environment happy-dom
/**
 * Where the article is: the one substantial <article>, else the one <main>, else the block
 * holding most of the paragraph text; none on a page of teasers. Inside it, the scanner leaves
 * furniture alone (asides, ads, bylines, « Lire aussi », comments).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findArticleBody, isFurniture, isFurnitureText } from '../../src/content/article-body.ts';
import { BUILTIN_ENTRIES } from '../../src/data/glossary/index.ts';
import { compileMatchTable, createMatcher } from '../../src/core/match/index.ts';
import { Highlighter } from '../../src/content/highlighter.ts';
import { stubHighlightApi } from './scanner-fixtures.ts';
import { PageMentions } from '../../src/content/page-mentions.ts';
import { PageScanner } from '../../src/content/page-scanner.ts';

const para = (s: string) => `<p>${s} Les analystes restent prudents quant à la portée réelle de ces annonces, selon plusieurs sources diplomatiques.</p>`;

beforeAll(stubHighlightApi);

describe('findArticleBody', () => {
  it('takes the one substantial <article>, even beside teasers', () => {
    document.body.innerHTML = `<nav>Accueil</nav><article id="a">${para('Un.')}${para('Deux.')}</article><article><p>Un teaser.</p></article>`;
    expect(findArticleBody(document)?.id).toBe('a');
  });

  it('takes the outer article when articles nest', () => {
    document.body.innerHTML = `<article id="outer">${para('Un.')}<article id="inner">${para('A.')}${para('B.')}</article>${para('Deux.')}</article>`;
    expect(findArticleBody(document)?.id).toBe('outer');
  });

  it('takes <main> where there is no article, and the densest block where there is neither', () => {
    document.body.innerHTML = `<div>Menu</div><main id="m">${para('Un.')}${para('Deux.')}</main><div>${para('Pied.')}</div>`;
    expect(findArticleBody(document)?.id).toBe('m');
    document.body.innerHTML = `<div id="top"><p>Menu du site</p></div><div id="wrap"><div id="story">${para('Un.')}${para('Deux.')}${para('Trois.')}${para('Quatre.')}</div><div class="side">${para('Autre.')}</div></div>`;
    expect(findArticleBody(document)?.id).toBe('story');
  });

  it('finds none on a page of teasers: the page is read whole', () => {
    document.body.innerHTML = Array.from({ length: 6 }, (_, i) => `<article><h2>Titre ${i}</h2><p>Un court résumé.</p></article>`).join('');
    expect(findArticleBody(document)).toBeNull();
    document.body.innerHTML = Array.from({ length: 6 }, (_, i) => `<div class="col">${para(`Colonne ${i}.`)}</div>`).join('');
    expect(findArticleBody(document)).toBeNull();
  });
});

describe('the scanner inside the article body', () => {
  it('marks the article and leaves its furniture alone', async () => {
    document.body.innerHTML = `<header>Le Quotidien — Kim Jong-un en une</header><nav><a>Vladimir Poutine</a></nav>
      <article id="a"><h1>Kim Jong-un à Vostotchny</h1><p class="byline">Par Isabelle Martin</p><p>Moscou, correspondance</p>
      <p>Le dirigeant nord-coréen Kim Jong-un a rencontré Vladimir Poutine mercredi.</p>
      <p>Lire aussi | Sergueï Lavrov à Pyongyang</p>
      <aside>Dmitri Peskov dans l’encadré</aside><div class="pub">Séoul – Busan – Jeju</div>
      <section id="comments"><p>Choe Son-hui, c’est qui ?</p></section></article><footer>Choïgou</footer>`;
    const body = findArticleBody(document)!;
    const mentions = new PageMentions();
    const scanner = new PageScanner({ matcher: createMatcher(compileMatchTable(BUILTIN_ENTRIES)), types: new Map(), lang: 'fr', highlighter: new Highlighter('underline'), mentions, onChange: () => undefined, skip: isFurniture, skipText: isFurnitureText });
    await scanner.scanRoot(body);
    const surfaces = mentions.all.map((m) => m.surface);
    expect(surfaces).toEqual(['Kim Jong-un', 'Vostotchny', 'Kim Jong-un', 'Vladimir Poutine']);
  });
});
