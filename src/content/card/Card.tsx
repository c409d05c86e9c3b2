/**
 * The hover card's content. Everything shown comes from the glossary or the page and is
 * rendered as text by Preact, never as HTML.
 */
import type { EntryDetails } from '../../messaging/protocol.ts';
import type { UiLang } from '../../core/glossary/types.ts';
import type { Translate } from '../../core/i18n.ts';
import type { PageMention } from '../page-mentions.ts';

export interface CardProps {
  details: EntryDetails;
  mention: PageMention;
  uiLang: UiLang;
  t: Translate;
  onOpenPanel: () => void;
  onClose: () => void;
}

const TYPE_KEYS = {
  person: 'typePerson', place: 'typePlace', organisation: 'typeOrganisation', media: 'typeMedia',
  brand: 'typeBrand', event: 'typeEvent', term: 'typeTerm',
} as const;

export function Card({ details, mention, uiLang, t, onOpenPanel, onClose }: CardProps) {
  const { entry, display } = details;
  const description = entry.descriptions[uiLang];
  return (
    <div class="card" role="dialog" aria-label={display} data-entry={entry.id}>
      <div class="head">
        <p class="name">{display}</p>
        <span class="type">{t(TYPE_KEYS[entry.type])}</span>
      </div>
      {entry.script && (
        <p class="script" lang={entry.script.lang}>
          <span class="script-label">{t('cardOriginal')}</span>
          {entry.script.text}
          {entry.script.hanja ? ` (${entry.script.hanja})` : ''}
        </p>
      )}
      <p class="desc">{description}</p>
      {mention.match === 'misspelling' && <p class="flag">{t('cardMisspelling', mention.intended ?? display)}</p>}
      <div class="actions">
        <button type="button" data-action="open-panel" onClick={onOpenPanel}>{t('cardOpenPanel')}</button>
        <button type="button" data-action="close" onClick={onClose}>{t('cardClose')}</button>
      </div>
    </div>
  );
}
