// @vitest-environment happy-dom
/**
 * The page's language: the declaration, a quick look at common words, franc (in the
 * background) when they disagree; and the text sample it is decided on, read without laying
 * out the page.
 */
import { describe, expect, it, vi } from 'vitest';
import { decidePageLanguage, quickGuess, textSample } from '../../src/content/page-language.ts';
import { isSkippedElement } from '../../src/content/text-blocks.ts';

const FR = 'Le président est arrivé à Pyongyang dans la soirée et il a rencontré les dirigeants pour une visite qui doit durer deux jours.';
const EN = 'The president arrived in Pyongyang in the evening and he met the leaders for a visit that is to last two days, as was planned.';

describe('the language sample', () => {
  it('reads text in document order, without scripts, styles, hidden or editable parts, up to its size', () => {
    document.body.innerHTML = `<h1>Titre  du
      jour</h1><script>var secret = 1;</script><style>p { color: red }</style><p hidden>caché</p>
      <div aria-hidden="true">masqué</div><div contenteditable="true">brouillon</div><p>Premier paragraphe.</p><p>Second.</p>`;
    const sample = textSample(document.body, 4000, isSkippedElement);
    expect(sample).toBe('Titre du jour Premier paragraphe. Second. ');
    expect(textSample(document.body, 10, isSkippedElement)).toBe('Titre du j');
  });

  it('stops reading once it has enough, however long the page', () => {
    document.body.innerHTML = Array.from({ length: 5000 }, (_, i) => `<p>Paragraphe numéro ${i} de la page.</p>`).join('');
    const sample = textSample(document.body, 200, isSkippedElement);
    expect(sample).toHaveLength(200);
    expect(sample.startsWith('Paragraphe numéro 0 de la page.')).toBe(true);
  });
});

describe('the page language', () => {
  it('keeps a declaration the text agrees with, and asks franc only when they disagree or nothing is declared', async () => {
    const detect = vi.fn(async () => 'en' as const);
    expect(quickGuess(FR)).toBe('fr');
    expect(quickGuess(EN)).toBe('en');
    expect(await decidePageLanguage('fr-FR', FR, detect)).toBe('fr');
    expect(await decidePageLanguage('', EN, detect)).toBe('en');
    expect(detect).not.toHaveBeenCalled();
    expect(await decidePageLanguage('fr', EN, detect)).toBe('en');
    expect(detect).toHaveBeenCalledTimes(1);
  });
});
