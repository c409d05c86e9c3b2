// @vitest-environment happy-dom
/**
 * The card of a name without an entry, in English: not in the glossary, the Hangul guess with
 * the alternatives, the name in the reader's style, the name's other spellings on the page, and
 * the « add » button, which a synthetic click (the page's) never presses.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { UnknownCard } from '../../../src/content/card/UnknownCard.tsx';
import { createTranslator, type LocaleMessages } from '../../../src/core/i18n.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { guessOriginal } from '../../../src/core/unknown/index.ts';
import { unknownNameView, type UnknownNameView } from '../../../src/core/unknown/draft.ts';
import enMessages from '../../../_locales/en/messages.json' with { type: 'json' };

const t = createTranslator(enMessages as LocaleMessages, undefined, 'en');

function show(koreanStyle: 'press' | 'rr', added: UnknownNameView[]): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <UnknownCard
      view={unknownNameView('Ri Thae-song', 'ko', 'en', { korean: koreanStyle, russian: DEFAULT_SETTINGS.russianStyle }, 'en')}
      uiLang="en"
      t={t}
      onPage={{ count: 3, spellings: ['Ri Thae-song', 'Ri Thae Song'] }}
      onAdd={(view) => added.push(view)}
      onClose={() => undefined}
    />,
    root,
  );
  return root;
}

describe('the card of a name without an entry', () => {
  it('says so, and gives the Hangul guess with its alternatives', () => {
    const root = show('press', []);
    const guess = guessOriginal('Ri Thae-song', 'ko', 'en')!;
    expect(root.querySelector('[data-flag="not-in-glossary"]')?.textContent).toBe('This name is not in the glossary.');
    expect(root.querySelector('[data-guess]')?.getAttribute('data-guess')).toBe(guess.original);
    expect(root.querySelector('.script')?.textContent).toContain(`Likely, in Hangul:${guess.original}`);
    for (const alt of guess.alternatives ?? []) expect(root.querySelector('[data-alternatives]')?.textContent).toContain(alt);
    expect(root.querySelector('.name')?.textContent).toBe('Ri Thae-song');
    expect(root.querySelector('[data-on-page]')?.textContent).toBe('Named 3 times on this page (Ri Thae Song)');
  });

  it('shows the name in a rule-based style, with the page spelling beside it', () => {
    const root = show('rr', []);
    expect(root.querySelector('.name')?.textContent).not.toBe('Ri Thae-song');
    expect(root.querySelector('.other')?.textContent).toBe('On the page:Ri Thae-song');
  });

  it('adds on the reader’s click only', () => {
    const added: UnknownNameView[] = [];
    const root = show('press', added);
    const button = root.querySelector<HTMLButtonElement>('[data-action="add-entry"]')!;
    expect(button.textContent).toBe('Add');
    button.click();
    expect(added).toEqual([]);
    // happy-dom lets a test mark its event trusted, as a real click is.
    const real = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(real, 'isTrusted', { value: true });
    button.dispatchEvent(real);
    expect(added.map((v) => [v.surface, v.draft.type, v.draft.script?.text])).toEqual([['Ri Thae-song', 'person', guessOriginal('Ri Thae-song', 'ko', 'en')!.original]]);
  });
});
