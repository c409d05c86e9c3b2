/**
 * What the background ingests of a page the content script extracted: its <article>'s
 * paragraphs as they came, or, for a page sent whole, Readability's reading of its HTML.
 */
import { describe, expect, it } from 'vitest';
import { ingestInputOf } from '../../../src/background/corpus/ingest-input.ts';
import { MAX_PAGE_HTML, type ExtractedPage } from '../../../src/messaging/shapes.ts';

const base: ExtractedPage = { url: 'https://news.example/a', canonical: null, title: 'Titre de l’onglet', paragraphs: [], htmlLang: 'fr', metaTags: [], jsonLd: [] };

const story = [
  'Kim Jong-un a reçu à Pyongyang le ministre russe des Affaires étrangères, Sergueï Lavrov, pour deux jours d’entretiens.',
  'Les deux dirigeants ont parlé de coopération militaire, selon l’agence officielle KCNA, qui n’a donné aucun détail chiffré.',
  'À Séoul, le ministère de l’Unification a dit suivre la visite de près et appelé Pyongyang à respecter les résolutions.',
  'Moscou et Pyongyang ont signé l’an dernier un traité de partenariat stratégique global, qui prévoit une assistance mutuelle.',
];

/** A page with no <article>: navigation, a story in <div>s, a footer, as many sites are built. */
const page = `<!doctype html><html lang="fr"><head><title>Visite à Pyongyang — Le Quotidien</title>
<meta property="og:site_name" content="Le Quotidien"><meta name="author" content="Jeanne Martin">
<meta property="article:published_time" content="2026-11-30T08:00:00Z"></head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/sport">Sport</a></nav>
<div class="story"><h1>Lavrov à Pyongyang</h1>${story.map((p) => `<div class="para"><p>${p}</p></div>`).join('')}</div>
<footer>© Le Quotidien — mentions légales — contact</footer></body></html>`;

describe('what the background ingests of a page', () => {
  it('takes the content script’s paragraphs as they are, with the page’s metadata', () => {
    const input = ingestInputOf({ ...base, paragraphs: story, metaTags: [{ property: 'og:site_name', content: 'Le Quotidien' }] });
    expect(input?.paragraphs).toEqual(story);
    expect(input?.outlet).toBe('Le Quotidien');
    expect(input?.url).toBe('https://news.example/a');
  });

  it('reads a page sent whole with Readability: the story without its navigation or footer, the metadata from the HTML', () => {
    const input = ingestInputOf({ ...base, html: page });
    expect(input).not.toBeNull();
    for (const p of story) expect(input!.text).toContain(p);
    expect(input!.text).not.toMatch(/Accueil|mentions légales/);
    expect(input!.outlet).toBe('Le Quotidien');
    expect(input!.author).toBe('Jeanne Martin');
    expect(input!.date).toBe('2026-11-30');
    expect(input!.url).toBe('https://news.example/a');
  });

  it('reads the article’s visible byline and the site’s name in <title> sent with the paragraphs', () => {
    const visible = { headline: 'Lavrov à Pyongyang', times: [], authors: [], lines: ['Par Jeanne Martin', 'Publié le 30 novembre 2026'] };
    const input = ingestInputOf({ ...base, url: 'http://127.0.0.1:8080/a', title: 'Lavrov à Pyongyang', documentTitle: 'Lavrov à Pyongyang — Le Quotidien', paragraphs: story, visible });
    expect(input).toMatchObject({ title: 'Lavrov à Pyongyang', outlet: 'Le Quotidien', author: 'Jeanne Martin', date: '2026-11-30' });
  });

  it('ignores hints of the wrong shape from a page', () => {
    const junk = { ...base, paragraphs: story, visible: { lines: 'Par Jeanne Martin', times: [{ datetime: {} }], authors: null } as unknown as ExtractedPage['visible'] };
    expect(ingestInputOf(junk)).toMatchObject({ author: null, date: null, outlet: null });
  });

  it('has nothing to ingest on a page without text, or sent larger than the limit', () => {
    expect(ingestInputOf({ ...base, html: '<html><body><nav></nav></body></html>' })).toBeNull();
    expect(ingestInputOf({ ...base, html: 'x'.repeat(MAX_PAGE_HTML + 1) })).toBeNull();
    expect(ingestInputOf(base)).toBeNull();
  });
});
