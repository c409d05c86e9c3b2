/**
 * The card of a name without an entry (issue 27): it says the name is not in the glossary, the
 * likely original script (Hangul or Cyrillic) with the others that fit as well, the name in the
 * reader's style where a rule-based style applies, the other mentions of the name on the page,
 * and one button that opens the options page's entry form pre-filled. The guess and the name
 * in the reader's style come made (`view`, from the unknown-name part: the guesser's tables and
 * the romanisers stay out of the start-up script and of every other card).
 */
import type { UiLang } from '../../core/glossary/types.ts';
import type { Translate } from '../../core/i18n.ts';
import type { UnknownNameView } from '../../core/unknown/draft.ts';

export interface UnknownCardProps {
  /** The name, its guessed script and its draft entry (core/unknown/draft.ts's unknownNameView). */
  view: UnknownNameView;
  uiLang: UiLang;
  t: Translate;
  /** How often the name is on the page (this mention included), and the spellings it has there. */
  onPage: { count: number; spellings: string[] };
  /** « Add »: the draft goes to the options page's form. */
  onAdd: (view: UnknownNameView) => void;
  onClose: () => void;
}

/** A click the reader made (as on the entry card: a synthetic click never adds anything). */
const trusted = (action: () => unknown) => (event: Event): void => {
  if (event.isTrusted) void action();
};

export function UnknownCard(props: UnknownCardProps) {
  const { view, uiLang, t, onPage } = props;
  const { guess, origin } = view;
  const scriptName = t(origin === 'ko' ? 'cardUnknownHangul' : 'cardUnknownCyrillic');
  const others = onPage.spellings.filter((s) => s !== view.surface);
  return (
    <div class="card unknown" role="dialog" aria-labelledby="glose-card-name" data-entry="" data-unknown={origin} lang={uiLang}>
      <p class="sr-only" aria-live="polite">{t('cardUnknownAnnounce', view.display)}</p>
      <div class="head">
        <p class="name" id="glose-card-name">{view.display}</p>
        <span class="type">{t(origin === 'ko' ? 'cardUnknownKorean' : 'cardUnknownRussian')}</span>
      </div>
      <p class="note" data-flag="not-in-glossary">{t('cardUnknownNotInGlossary')}</p>
      {guess.original && (
        <p class="script" data-guess={guess.original}>
          <span class="label">{t('cardUnknownLikely', scriptName)}</span>
          <span lang={origin}>{guess.original}</span>
          {guess.alternatives && guess.alternatives.length > 0 && (
            <span class="alternatives" data-alternatives="">
              {' '}
              {t('cardUnknownOr')}{' '}
              {guess.alternatives.map((a, i) => (
                <span key={a} lang={origin}>{i > 0 ? ', ' : ''}{a}</span>
              ))}
            </span>
          )}
        </p>
      )}
      {view.display !== view.surface && (
        <p class="other">
          <span class="label">{t('cardUnknownPageSpelling')}</span>
          <span>{view.surface}</span>
        </p>
      )}
      <p class="sources" data-on-page={onPage.count}>
        {onPage.count > 1 ? t('cardUnknownOnPage', onPage.count) : t('cardUnknownOnceOnPage')}
        {others.length > 0 ? ` (${others.join(', ')})` : ''}
      </p>
      <div class="actions">
        <button type="button" data-action="add-entry" onClick={trusted(() => props.onAdd(view))}>{t('cardUnknownAdd')}</button>
        <button type="button" class="more" data-action="close" aria-label={t('cardClose')} title={t('cardClose')} onClick={trusted(props.onClose)}>×</button>
      </div>
    </div>
  );
}
