/**
 * Article metadata from what a page declares: Open Graph and article: tags, JSON-LD (with
 * @graph and @id references), <link rel=canonical>, <html lang>, <title>; untrusted JSON-LD
 * ignored without throwing; dates kept as the publisher dated them; URLs in canonical form.
 */
import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, normalizeDate, readMetadata, type MetaTag } from '../../../src/core/corpus/metadata.ts';

const NO_META: MetaTag[] = [];

describe('readMetadata', () => {
  it('reads Open Graph, article: and author tags, resolving a relative canonical link', () => {
    const m = readMetadata({
      url: 'https://www.exemple-presse.fr/monde/article-123?utm_source=twitter',
      metaTags: [
        { property: 'og:title', content: 'Poutine offre une Aurus à Kim Jong-un' },
        { property: 'og:site_name', content: 'Le Quotidien' },
        { property: 'og:locale', content: 'fr_FR' },
        { property: 'article:published_time', content: '2024-02-20T01:30:00+09:00' },
        { property: 'article:author', content: 'https://www.exemple-presse.fr/auteurs/durand' },
        { name: 'author', content: '  Marie   Durand ' },
        { name: 'description', content: 'Un cadeau.' },
      ],
      jsonLd: [],
      canonical: '/monde/article-123?utm_medium=social&id=7#comments',
      htmlLang: 'fr-FR',
      titleTag: 'Poutine offre une Aurus - Le Quotidien',
    });
    expect(m).toEqual({
      canonicalUrl: 'https://www.exemple-presse.fr/monde/article-123?id=7',
      title: 'Poutine offre une Aurus à Kim Jong-un',
      outlet: 'Le Quotidien',
      author: 'Marie Durand',
      // The date as published in Seoul, not converted to UTC (which would say the 19th).
      date: '2024-02-20',
      lang: 'fr',
    });
  });

  it('reads JSON-LD with @graph, arrays of authors and a publisher given by @id', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': 'https://news.example.com/#website', name: 'Example News Site' },
        { '@type': 'Organization', '@id': 'https://news.example.com/#org', name: 'Example News' },
        {
          '@type': ['NewsArticle'],
          headline: 'Kremlin confirms Aurus gift to Kim Jong Un',
          datePublished: '2024-02-20T18:05:00Z',
          inLanguage: 'en-GB',
          author: [{ '@type': 'Person', name: 'Jane Roe' }, { '@type': 'Person', name: 'John Doe' }, 'https://news.example.com/staff/x'],
          publisher: { '@id': 'https://news.example.com/#org' },
          url: 'https://news.example.com/world/aurus-gift',
        },
      ],
    });
    const m = readMetadata({ url: null, metaTags: NO_META, jsonLd: [jsonLd] });
    expect(m).toEqual({
      canonicalUrl: 'https://news.example.com/world/aurus-gift',
      title: 'Kremlin confirms Aurus gift to Kim Jong Un',
      outlet: 'Example News',
      author: 'Jane Roe, John Doe',
      date: '2024-02-20',
      lang: 'en',
    });
  });

  it('reads a top-level array of JSON-LD objects and inline publishers', () => {
    const m = readMetadata({
      url: 'https://example.org/a',
      metaTags: NO_META,
      jsonLd: [JSON.stringify([{ '@type': 'BreadcrumbList' }, { '@type': 'ReportageNewsArticle', headline: 'À Vostochny', publisher: { '@type': 'Organization', name: 'Agence' }, datePublished: '20240221' }])],
    });
    expect(m).toMatchObject({ title: 'À Vostochny', outlet: 'Agence', date: '2024-02-21', canonicalUrl: 'https://example.org/a' });
  });

  it('ignores junk JSON-LD, falls back to Dublin Core and never takes the host for the outlet', () => {
    const deep = `${'{"@graph":['.repeat(5000)}1${']}'.repeat(5000)}`;
    const m = readMetadata({
      url: 'https://www.lequotidien.example/x',
      metaTags: [{ name: 'DC.date', content: '2024/02/19' }, { name: 'author' }, { property: 'og:title', content: '   ' }],
      jsonLd: [
        '{ not json',
        'null',
        '42',
        '"a string"',
        '[1, 2, [3]]',
        '{"@type": 5, "headline": {"x": 1}, "datePublished": 20240220, "author": {"name": ["x"]}}',
        '{"@graph": "nope", "publisher": [null, 3]}',
        deep,
        `{"headline": "${'x'.repeat(1_100_000)}"}`,
        '<!-- {"@type": "NewsArticle", "headline": "Dans un commentaire HTML"} -->',
      ],
      titleTag: 'Kim Yo-jong remercie Moscou | lequotidien.example',
    });
    expect(m).toEqual({
      canonicalUrl: 'https://www.lequotidien.example/x',
      title: 'Dans un commentaire HTML',
      // The site's address is not its name: the outlet is unknown.
      outlet: null,
      author: null,
      date: '2024-02-19',
      lang: null,
    });
  });

  it('strips the outlet from a <title> and keeps markup out of values', () => {
    const m = readMetadata({
      url: null,
      metaTags: [{ property: 'og:site_name', content: 'Le Quotidien' }],
      jsonLd: ['{"@type":"Article","author":{"name":"<b>Anne</b> Martin"}}'],
      titleTag: 'Séoul proteste – Le Quotidien',
    });
    expect(m).toMatchObject({ title: 'Séoul proteste', outlet: 'Le Quotidien', author: 'Anne Martin', canonicalUrl: null });
  });

  it.each([
    ['the declared outlet', 'Séoul proteste – Le Quotidien', { url: 'http://127.0.0.1:8080/a', site: 'Le Quotidien' }, 'Séoul proteste', 'Le Quotidien'],
    ['a name that spells the host', 'Seoul protests | The Times', { url: 'https://www.thetimes.co.uk/article/x', site: null }, 'Seoul protests', 'The Times'],
    ['the host itself', 'Kim Yo-jong remercie Moscou | lequotidien.example', { url: 'https://www.lequotidien.example/x', site: null }, 'Kim Yo-jong remercie Moscou', null],
  ])('strips the site name from the title when it is %s', (_, titleTag, page, title, outlet) => {
    const metaTags = page.site ? [{ property: 'og:site_name', content: page.site }] : [];
    expect(readMetadata({ url: page.url, metaTags, jsonLd: [], titleTag })).toMatchObject({ title, outlet });
  });

  it('strips the site name from an og:title too', () => {
    const m = readMetadata({ url: null, metaTags: [{ property: 'og:title', content: 'Séoul proteste | Le Quotidien' }, { property: 'og:site_name', content: 'Le Quotidien' }], jsonLd: [] });
    expect(m.title).toBe('Séoul proteste');
  });

  it('keeps a title whole when nothing says its tail is the site', () => {
    const m = readMetadata({ url: 'http://127.0.0.1:8080/a', metaTags: [], jsonLd: [], titleTag: 'Séoul – Pyongyang : la tension monte' });
    expect(m).toMatchObject({ title: 'Séoul – Pyongyang : la tension monte', outlet: null });
    const short = readMetadata({ url: 'http://127.0.0.1:8080/a', metaTags: [], jsonLd: [], titleTag: 'Corée du Nord - Kim Jong-un' });
    expect(short).toMatchObject({ title: 'Corée du Nord - Kim Jong-un', outlet: null });
  });

  it('returns nulls for an empty page', () => {
    expect(readMetadata({ url: null, metaTags: NO_META, jsonLd: [] })).toEqual({ canonicalUrl: null, title: null, outlet: null, author: null, date: null, lang: null });
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2024-02-20', '2024-02-20'],
    ['2024-02-20T23:30:00-05:00', '2024-02-20'],
    ['2024-2-5', '2024-02-05'],
    ['2024/02/20 10:00', '2024-02-20'],
    ['20240220T101010Z', '2024-02-20'],
    ['Tue, 20 Feb 2024 10:00:00 GMT', '2024-02-20'],
    ['February 20, 2024', '2024-02-20'],
    ['20 février 2024', '2024-02-20'],
    ['1er août 2023', '2023-08-01'],
  ])('%s → %s', (raw, iso) => expect(normalizeDate(raw)).toBe(iso));

  it.each(['2024-02-30', '2024-13-01', '20/02/2024', 'hier', '', '12345'])('refuses %s', (raw) => expect(normalizeDate(raw)).toBeNull());
  it('refuses what is not a string', () => {
    expect(normalizeDate(20240220)).toBeNull();
    expect(normalizeDate(null)).toBeNull();
  });
});

describe('canonicalizeUrl', () => {
  it.each([
    ['HTTPS://WWW.Example.COM:443/a/./b/../c?utm_source=x&q=1&fbclid=y#top', 'https://www.example.com/a/c?q=1'],
    ['http://example.com', 'http://example.com/'],
    ['http://example.com:8080/x', 'http://example.com:8080/x'],
  ])('%s → %s', (raw, url) => expect(canonicalizeUrl(raw)).toBe(url));

  it('resolves relative references against a base', () => {
    expect(canonicalizeUrl('//cdn.example.com/x', 'https://a.example/b')).toBe('https://cdn.example.com/x');
    expect(canonicalizeUrl('c/d.html', 'https://a.example/b/index.html')).toBe('https://a.example/b/c/d.html');
    expect(canonicalizeUrl('../d', 'https://a.example/b/c/e')).toBe('https://a.example/b/d');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'not a url', '/relative/without/base', 'https://exa mple.com/', ''])('refuses %s', (raw) => {
    expect(canonicalizeUrl(raw)).toBeNull();
  });
  it('refuses URLs longer than the corpus allows', () => {
    expect(canonicalizeUrl(`https://example.com/${'x'.repeat(3000)}`)).toBeNull();
  });
});
