/**
 * Paragraphs, sentences (Intl.Segmenter and the regular-expression fallback) and the quotes
 * shown around mentions: offsets that mark the name, one or two sentences, 300 characters at
 * most, cuts on word boundaries with an ellipsis.
 */
import { describe, expect, it } from 'vitest';
import { QUOTE_MAX, quoteAround, splitParagraphs, splitSentences } from '../../../src/core/corpus/segment.ts';

function sentencesOf(paragraph: string, useSegmenter: boolean): string[] {
  return splitSentences(paragraph, 'fr', { useSegmenter }).map((s) => paragraph.slice(s.start, s.end).trim());
}

function quoteOf(paragraph: string, surface: string, from = 0): ReturnType<typeof quoteAround> {
  const start = paragraph.indexOf(surface, from);
  expect(start).toBeGreaterThanOrEqual(0);
  return quoteAround(paragraph, start, start + surface.length);
}

describe('splitParagraphs', () => {
  it('splits on blank lines and on single line breaks, whatever the line ending', () => {
    expect(splitParagraphs('Un.\n\nDeux.\nTrois.\r\nQuatre.\r\n\r\n  \nCinq.')).toEqual(['Un.', 'Deux.', 'Trois.', 'Quatre.', 'Cinq.']);
  });
  it('collapses spaces and tabs but keeps the no-break spaces of French typography', () => {
    expect(splitParagraphs('  Kim \t Jong-un  a dit\u00a0: «\u00a0non\u00a0»  ')).toEqual(['Kim Jong-un a dit\u00a0: «\u00a0non\u00a0»']);
  });
  it('gives nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n \t ')).toEqual([]);
  });
});

describe('splitSentences', () => {
  const paragraph = 'M. Poutine a offert une Aurus. Kim Jong-un l’a acceptée ! Pourquoi ? Nul ne le sait…';
  const expected = ['M. Poutine a offert une Aurus.', 'Kim Jong-un l’a acceptée !', 'Pourquoi ?', 'Nul ne le sait…'];

  it.each([
    ['Intl.Segmenter', true],
    ['the fallback', false],
  ])('cuts sentences with %s, keeping « M. » inside its sentence', (_name, useSegmenter) => {
    expect(sentencesOf(paragraph, useSegmenter)).toEqual(expected);
  });

  it.each([true, false])('covers the paragraph end to end (segmenter: %s)', (useSegmenter) => {
    const spans = splitSentences(paragraph, 'fr', { useSegmenter });
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(paragraph.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBe(spans[i - 1]!.end);
  });

  it('does not take the opening quotation mark of the next sentence (fallback)', () => {
    expect(sentencesOf('He said no. "Yes," she replied.', false)).toEqual(['He said no.', '"Yes," she replied.']);
  });

  it('keeps initials and English titles inside the sentence', () => {
    expect(sentencesOf('Mr. Putin met Kim J. Un in Vostochny. They spoke.', false)).toEqual(['Mr. Putin met Kim J. Un in Vostochny.', 'They spoke.']);
  });

  it.each([true, false])('ends a sentence after its closing quotation mark, spaced the French way (segmenter: %s)', (useSegmenter) => {
    expect(sentencesOf('Il a dit « non. » Puis il est parti.', useSegmenter)).toEqual(['Il a dit « non. »', 'Puis il est parti.']);
    expect(sentencesOf('Il a dit «\u00a0non.\u00a0» Puis il est parti.', useSegmenter)).toEqual(['Il a dit «\u00a0non.\u00a0»', 'Puis il est parti.']);
  });
});

describe('quoteAround', () => {
  it('quotes the sentence holding the mention, with offsets that mark the name', () => {
    const p = 'Le Kremlin a confirmé le cadeau dans la soirée, après plusieurs heures de silence et de rumeurs contradictoires. Selon l’agence Tass, Aurus est la première marque russe de voitures de luxe, utilisée depuis 2018 dans les cortèges officiels des plus hauts responsables. Les sanctions de l’ONU interdisent pourtant ces exportations vers Pyongyang.';
    const q = quoteOf(p, 'Aurus');
    expect(q.quote).toBe('Selon l’agence Tass, Aurus est la première marque russe de voitures de luxe, utilisée depuis 2018 dans les cortèges officiels des plus hauts responsables.');
    expect(q.quote.slice(q.quoteStart, q.quoteEnd)).toBe('Aurus');
  });

  it('adds a neighbouring sentence when the sentence is short', () => {
    const p = 'Kim Jong-un est arrivé. Il a été reçu par Vladimir Poutine au cosmodrome de Vostochny.';
    const q = quoteOf(p, 'Kim Jong-un');
    expect(q.quote).toBe(p);
    expect(q.quote.slice(q.quoteStart, q.quoteEnd)).toBe('Kim Jong-un');
  });

  it('keeps a quotation whole, taking the sentence that opens it', () => {
    const p = '«Oui. C\'est une voiture Aurus», a déclaré ce 20 février Dmitri Peskov à l’agence RIA Novosti. Plus tôt dans la journée, l’agence KCNA avait annoncé le cadeau fait à Kim Jong-un pour son usage personnel.';
    const q = quoteOf(p, 'Aurus');
    expect(q.quote.startsWith('«Oui.')).toBe(true);
    expect(q.quote.slice(q.quoteStart, q.quoteEnd)).toBe('Aurus');
  });

  it('cuts a long sentence around the mention, on word boundaries, with ellipses', () => {
    const words = Array.from({ length: 120 }, (_, i) => `mot${i}`);
    words.splice(60, 0, 'Vladimir', 'Poutine');
    const p = `${words.join(' ')}.`;
    const q = quoteOf(p, 'Vladimir Poutine');
    expect(q.quote.length).toBeLessThanOrEqual(QUOTE_MAX);
    expect(q.quote.startsWith('…')).toBe(true);
    expect(q.quote.endsWith('…')).toBe(true);
    expect(q.quote.slice(q.quoteStart, q.quoteEnd)).toBe('Vladimir Poutine');
    // Every word of the quote is a whole word of the paragraph.
    for (const w of q.quote.replace(/…/g, '').split(' ')) expect(p.split(/[ .]/)).toContain(w);
  });

  it('cuts on one side only when the mention is near an end', () => {
    const p = `Poutine ${'a longuement parlé de la coopération entre les deux pays '.repeat(10)}.`;
    const q = quoteAround(p, 0, 7);
    expect(q.quoteStart).toBe(0);
    expect(q.quote.slice(0, 7)).toBe('Poutine');
    expect(q.quote.endsWith('…')).toBe(true);
    expect(q.quote.length).toBeLessThanOrEqual(QUOTE_MAX);
  });

  it('quotes a whole short paragraph, and survives offsets out of range', () => {
    expect(quoteAround('Séoul proteste.', 0, 5)).toEqual({ quote: 'Séoul proteste.', quoteStart: 0, quoteEnd: 5 });
    const q = quoteAround('Séoul proteste.', 9, 99);
    expect(q.quote.slice(q.quoteStart, q.quoteEnd)).toBe('teste.');
  });
});
