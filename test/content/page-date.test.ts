// @vitest-environment happy-dom
/** The page's publication date for role phrases (src/content/page-date.ts). */
import { describe, expect, it } from 'vitest';
import { pageDate } from '../../src/content/page-date.ts';

const dateOf = (head: string, body = ''): string | undefined => {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return pageDate(document);
};

describe('pageDate', () => {
  it('reads the article metadata first', () => {
    expect(dateOf('<meta property="article:published_time" content="2023-07-26T09:00:00+09:00"><meta name="date" content="2020-01-01">')).toBe('2023-07-26');
    expect(dateOf('<meta itemprop="datePublished" content="2024-05-13">')).toBe('2024-05-13');
  });
  it('then the article’s own <time>', () => {
    expect(dateOf('', '<header><time datetime="2019-01-01">x</time></header><article><time datetime="2018-04-27">27 avril 2018</time></article>')).toBe('2018-04-27');
  });
  it('nothing when the page gives no date, or garbage', () => {
    expect(dateOf('<meta name="date" content="demain">', '<p>Texte</p>')).toBeUndefined();
  });
});
