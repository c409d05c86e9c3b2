/**
 * The card's view of a name without an entry, and the reader's entry it proposes: the guessed
 * script, the name in the reader's style (a rule-based style romanises the guess, press usage
 * keeps the page's spelling), and a draft the core checker accepts once descriptions are written.
 */
import { describe, expect, it } from 'vitest';
import { unknownDraft, unknownNameView } from '../../../src/core/unknown/draft.ts';
import { guessOriginal } from '../../../src/core/unknown/index.ts';
import { validateEntry } from '../../../src/core/glossary/validate.ts';

const PRESS = { korean: 'press', russian: 'press' } as const;

describe('the view of a name without an entry', () => {
  it('guesses the Hangul of a Korean name, with the alternatives, and keeps the page spelling in press usage', () => {
    const view = unknownNameView('Ri Thae-song', 'ko', 'fr', PRESS, 'fr');
    expect(view.guess).toEqual(guessOriginal('Ri Thae-song', 'ko', 'fr'));
    expect(view.guess.original).toMatch(/^\p{Script=Hangul}{3}$/u);
    expect(view.display).toBe('Ri Thae-song');
  });

  it('romanises the guess in a rule-based style, and shows it in the script style', () => {
    const guess = guessOriginal('Ri Thae-song', 'ko', 'fr')!.original;
    const rr = unknownNameView('Ri Thae-song', 'ko', 'fr', { korean: 'rr', russian: 'press' }, 'fr');
    expect(rr.display).not.toBe('Ri Thae-song');
    expect(rr.display).toMatch(/^[A-Z][a-z]* [A-Z][a-z-]+$/);
    expect(unknownNameView('Ri Thae-song', 'ko', 'fr', { korean: 'hangul', russian: 'press' }, 'fr').display).toBe(guess);
  });

  it('guesses the Cyrillic of a Russian name from its French spelling', () => {
    const view = unknownNameView('Anatoli Koudriachov', 'ru', 'fr', { korean: 'press', russian: 'cyrillic' }, 'fr');
    expect(view.guess.original).toMatch(/^\p{Script=Cyrillic}+ \p{Script=Cyrillic}+$/u);
    expect(view.display).toBe(view.guess.original);
  });

  it('uses the matcher’s guess when it made one', () => {
    const view = unknownNameView('Ri Thae-song', 'ko', 'fr', PRESS, 'fr', { original: '리태성', alternatives: ['리대성'] });
    expect(view.guess).toEqual({ original: '리태성', alternatives: ['리대성'] });
  });

  it('makes spacing plain (a no-break space inside the name)', () => {
    expect(unknownNameView('Ri\u00a0Thae-song', 'ko', 'fr', PRESS, 'fr').surface).toBe('Ri Thae-song');
  });
});

describe('the draft of a reader’s entry', () => {
  it('is a person with the name in both languages and the guessed script, which the checker accepts once described', () => {
    const draft = unknownDraft('Ri Thae-song', 'ko', '리태성');
    expect(draft).toMatchObject({ type: 'person', names: { fr: 'Ri Thae-song', en: 'Ri Thae-song' }, script: { lang: 'ko', text: '리태성', kind: 'name' }, origin: 'user' });
    const described = { ...draft, id: 'ri-thae-song', source: 'reader', descriptions: { fr: 'Un responsable nord-coréen.', en: 'A North Korean official.' } };
    expect(validateEntry(described).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('has no script when no guess fits', () => {
    expect(unknownDraft('Anatoli Koudriachov', 'ru', '').script).toBeUndefined();
  });
});
