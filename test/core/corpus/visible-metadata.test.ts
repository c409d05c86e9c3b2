/**
 * The visible byline, dateline and <time> of an article read into its author and date, on
 * small pages written for these tests (linkedom's document, as the background and the CLI
 * pass it): labels in French and English, update dates kept apart from publication dates,
 * datelines with and without a date, running text that only looks like a byline, and hints
 * from an untrusted sender bounded.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectVisibleHints, readVisibleMetadata, sanitizeHints, HINT_LIMITS } from '../../../src/core/corpus/visible-metadata.ts';
import { collectMetadata } from '../../../src/core/html/article.ts';

const BODY = '<p>Le texte de l’article parle d’autre chose, sur plusieurs phrases écrites pour ce test.</p>';
const page = (article: string, head = ''): string => `<!doctype html><html lang="fr"><head>${head}</head><body><header>Le Journal d’essai <time datetime="2030-01-01">aujourd’hui</time></header><article>${article}</article><aside><time datetime="2019-05-05">autre article</time><p>By Someone Else</p></aside></body></html>`;
const read = (html: string) => readVisibleMetadata(collectVisibleHints(parseHTML(html).document as never));

describe('readVisibleMetadata on a document', () => {
  it.each([
    ['a bare <time datetime> in the article', `<h1>Titre</h1><time datetime="2024-03-06T08:15:00+01:00">6 mars</time>${BODY}`, { author: null, date: '2024-03-06' }],
    ['« Par » and « Publié le » on their own lines', `<h1>Titre</h1><p>Par Jeanne Martin-Lefort</p><p>Publié le 6 mars 2024 à 10 h 12</p>${BODY}`, { author: 'Jeanne Martin-Lefort', date: '2024-03-06' }],
    ['one French byline line, with an update', `<h1>Titre</h1><div class="signature"><span>Par Paul de La Tour et Anne Roy</span> · <span>Publié le mercredi 6 mars 2024, mis à jour le 7 mars 2024</span></div>${BODY}`, { author: 'Paul de La Tour et Anne Roy', date: '2024-03-06' }],
    ['a French numeric date after its label', `<h1>Titre</h1><p>Mis en ligne le 06/03/2024</p>${BODY}`, { author: null, date: '2024-03-06' }],
    ['an English byline', `<h1>Title</h1><p class="meta">By Jane Roe and John Doe | Published March 6, 2024</p>${BODY}`, { author: 'Jane Roe and John Doe', date: '2024-03-06' }],
    ['a correspondent’s byline', `<h1>Titre</h1><p>De notre correspondant à Séoul, Marc Lenoir</p>${BODY}`, { author: 'Marc Lenoir', date: null }],
    ['a French dateline with its date', `<h1>Titre</h1><p>SÉOUL, 6 mars 2024 (AFP) – Le texte de la dépêche commence ici et continue sur plusieurs mots.</p>`, { author: 'AFP', date: '2024-03-06' }],
    ['a dateline without a date', `<h1>Titre</h1><p>SÉOUL (AFP) – Le texte de la dépêche commence ici.</p>`, { author: 'AFP', date: null }],
    ['an English dateline without the year', `<h1>Title</h1><p>SEOUL, March 6 (Reuters) - The dispatch starts here.</p>`, { author: 'Reuters', date: null }],
    ['an English dateline with the year', `<h1>Title</h1><p>SEOUL, March 6, 2024 (AP) — The dispatch starts here.</p>`, { author: 'AP', date: '2024-03-06' }],
  ])('%s', (_, article, expected) => {
    expect(read(page(article))).toEqual(expected);
  });

  it('reads the publication <time>, not the update <time>, whatever their order', () => {
    const html = page(`<h1>Titre</h1><p>Mis à jour le <time datetime="2024-03-07">7 mars</time></p><p>Publié le <time datetime="2024-03-06">6 mars</time></p>${BODY}`);
    expect(read(html).date).toBe('2024-03-06');
    const marked = page(`<time itemprop="dateModified" datetime="2024-03-09">9 mars</time><time itemprop="datePublished" datetime="2024-03-08">8 mars</time>${BODY}`);
    expect(read(marked).date).toBe('2024-03-08');
  });

  it('leaves the date unknown when the page gives only an update', () => {
    expect(read(page(`<p>Updated <time datetime="2024-03-07">March 7, 2024</time></p>${BODY}`)).date).toBeNull();
    expect(read(page(`<p>Mis à jour le 7 mars 2024</p>${BODY}`)).date).toBeNull();
  });

  it('takes the author the markup marks, cleaned of its label', () => {
    expect(read(page(`<p><a rel="author" href="/a">Par Claire Dubois</a></p>${BODY}`)).author).toBe('Claire Dubois');
    expect(read(page(`<span itemprop="author">Ivan Petrov</span>${BODY}`)).author).toBe('Ivan Petrov');
  });

  it('does not take running text for a byline or a dateline', () => {
    const html = page(`<h1>Titre</h1><p>Par ailleurs, le ministre a parlé.</p><p>By the end of March, talks resumed.</p><p>Le président (PS) – qui parlait hier – a répondu.</p><p>Publié en 2024, le rapport dit autre chose.</p>${BODY}`);
    expect(read(html)).toEqual({ author: null, date: null });
  });

  it('reads only the article, not the site header or the aside', () => {
    // The header's and the aside's times and byline are outside the <article>.
    expect(read(page(BODY))).toEqual({ author: null, date: null });
  });
});

describe('collectMetadata with visible hints', () => {
  it('prefers what the markup declares over what the page shows', () => {
    const html = page(`<h1>Titre</h1><p>Par Jeanne Martin</p><p>Publié le 6 mars 2024</p>${BODY}`, '<meta property="article:published_time" content="2024-03-05"><meta name="author" content="Rédaction">');
    expect(collectMetadata(parseHTML(html).document as never, 'http://127.0.0.1:8080/a')).toMatchObject({ author: 'Rédaction', date: '2024-03-05' });
  });

  it('falls back on the byline, strips the site name seen after the <h1> headline, and never names the host', () => {
    const html = page(`<h1>Séoul répond à Moscou</h1><p>Par Jeanne Martin</p><p>Publié le 6 mars 2024</p>${BODY}`, '<title>Séoul répond à Moscou – Le Journal d’essai</title>');
    expect(collectMetadata(parseHTML(html).document as never, 'http://127.0.0.1:8080/a')).toEqual({
      canonicalUrl: 'http://127.0.0.1:8080/a',
      title: 'Séoul répond à Moscou',
      outlet: 'Le Journal d’essai',
      author: 'Jeanne Martin',
      date: '2024-03-06',
      lang: 'fr',
    });
  });

  it('leaves the outlet unknown on a page that names no site', () => {
    const html = page(`<h1>Titre</h1>${BODY}`, '<title>Titre</title>');
    expect(collectMetadata(parseHTML(html).document as never, 'http://127.0.0.1:8080/a').outlet).toBeNull();
  });
});

describe('sanitizeHints', () => {
  it('keeps the shapes and bounds of hints from a page and drops the rest', () => {
    const hints = sanitizeHints({
      headline: 42,
      times: [{ datetime: '2024-03-06', role: 'published', context: 'x' }, { datetime: 5 }, null, { datetime: '2024-01-01', role: 'evil' }],
      authors: ['Ann Lee', 7, ''],
      lines: Array.from({ length: 100 }, (_, i) => `line ${i} ${'x'.repeat(1000)}`),
    });
    expect(hints!.headline).toBeNull();
    expect(hints!.times).toEqual([
      { datetime: '2024-03-06', role: 'published', context: 'x' },
      { datetime: '2024-01-01', role: null, context: '' },
    ]);
    expect(hints!.authors).toEqual(['Ann Lee']);
    expect(hints!.lines).toHaveLength(HINT_LIMITS.lines);
    expect(Math.max(...hints!.lines.map((l) => l.length))).toBe(HINT_LIMITS.lineChars);
    expect(sanitizeHints('nope')).toBeNull();
    expect(readVisibleMetadata(sanitizeHints({}))).toEqual({ author: null, date: null });
  });
});
