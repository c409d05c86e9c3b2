/**
 * The hover card's content: the name in the reader's style, the original script, the type,
 * a short description in the UI language, the name in the page's other language, the
 * spellings it is also known by (the page's own marked, a misspelling flagged), how many of
 * the reader's sources cite it, and its actions. Everything comes from the glossary or the
 * page and is rendered as text by Preact, never as HTML.
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { EntryDetails } from '../../messaging/shapes.ts';
import type { UiLang } from '../../core/glossary/types.ts';
import type { Translate } from '../../core/i18n.ts';
import type { Settings } from '../../core/settings.ts';
import { nextStyle, styleFamilyOf, styleLabelKey } from '../../core/app/styles.ts';
import { typeLabelKey } from '../../core/glossary/entity-types.ts';


export interface CardActions {
  onOpenPanel: () => void;
  onCopy: () => Promise<void>;
  /** Changes settings (the style switch: the next style of the entry's script). */
  onChangeSettings: (patch: Partial<Settings>) => void;
  onTurnOff: () => void;
  onTogglePin: () => void;
  onClose: () => void;
  onPickCandidate: (entryId: string) => void;
}

export interface CardProps extends CardActions {
  details: EntryDetails;
  mention: { surface: string; match: string; intended?: string };
  pageLang: 'fr' | 'en';
  uiLang: UiLang;
  t: Translate;
  sourceCount: number | null;
  pinned: boolean;
  settings: Settings;
  candidates: EntryDetails[];
  /** More actions for the line of actions (issue 23's « add » for an unknown name). */
  extraActions?: ComponentChildren;
}


const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‐‑–—-]/g, ' ').toLowerCase().trim();

/**
 * A few spellings worth showing: conventions first, then recorded variants; the page's own
 * included. Never one the card already shows (its name, and `alreadyShown`: the name in the other
 * language), so no spelling appears twice.
 */
export function alsoWritten(details: EntryDetails, pageSpelling: string, max = 6, alreadyShown: readonly string[] = []): string[] {
  const e = details.entry;
  const pool = [e.names.fr, e.names.en, e.press?.fr, e.press?.en, e.press?.kcna, e.press?.official, ...(e.spellings ?? [])];
  const seen = new Set<string>([fold(details.display)]);
  // Shown elsewhere on the card: left out, and so are spellings that differ from them only by
  // case, accents or hyphens — except the page's own, which the list marks.
  const elsewhere = new Set(alreadyShown.map(fold));
  const out: string[] = [];
  for (const s of pool) {
    if (!s) continue;
    const key = fold(s);
    if (seen.has(key) || (elsewhere.has(key) && s !== pageSpelling)) continue;
    seen.add(key);
    out.push(s);
  }
  const page = fold(pageSpelling);
  const pageIndex = out.findIndex((s) => fold(s) === page);
  const shown = out.slice(0, max);
  if (pageIndex >= max) shown[max - 1] = out[pageIndex]!;
  return shown;
}

/**
 * A click the reader made: the page cannot reach the buttons inside the closed root, but a
 * synthetic click must never switch a style or turn Glose off even if it could.
 */
const trusted = <E extends Event>(action: (event: E) => unknown) => (event: E): void => {
  if (event.isTrusted) void action(event);
};

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function Card(props: CardProps) {
  const { details, mention, pageLang, uiLang, t, sourceCount, pinned, settings, candidates } = props;
  const family = styleFamilyOf(details.entry);
  const styleKey = styleLabelKey(details.entry, settings);
  const { entry, display } = details;
  const [copied, setCopied] = useState(false);
  const otherLang = pageLang === 'fr' ? 'en' : 'fr';
  const otherName = entry.names[otherLang];
  const showOther = !!otherName && fold(otherName) !== fold(display);
  const page = fold(mention.surface);
  const spellings = alsoWritten(details, mention.surface, 6, showOther ? [otherName] : []);
  const [menuOpen, setMenuOpen] = useState(false);
  const isMisspelling = mention.match === 'misspelling';
  const description = entry.descriptions[uiLang];
  const typeLabel = t(typeLabelKey(entry.type));
  return (
    <div class="card" role="dialog" aria-labelledby="glose-card-name" data-entry={entry.id} data-type={entry.type} lang={uiLang}>
      <p class="sr-only" aria-live="polite">{t('cardAnnounce', display, typeLabel, description)}</p>
      <div class="head">
        <p class="name" id="glose-card-name">{display}</p>
        <span class="type">{typeLabel}</span>
      </div>
      {entry.script && (
        <p class="script">
          <span class="label">{t('cardOriginal')}</span>
          <span lang={entry.script.lang}>{entry.script.text}</span>
          {entry.script.hanja ? <span lang="zh"> ({entry.script.hanja})</span> : null}
        </p>
      )}
      {isMisspelling && <p class="flag" data-flag="misspelling">{t('cardMisspelling', mention.intended ?? display)}</p>}
      {mention.match === 'description' && <p class="note">{t('cardMatchDescription')}</p>}
      {details.offices && details.offices.length > 0 && (
        <p class="offices" data-offices="">
          {details.offices.map((o, i) => (
            <span key={`${o.from}${o.names.en}`}>
              {i > 0 ? ' ; ' : ''}
              {t(o.to ? 'cardOfficeFromTo' : 'cardOfficeSince', i === 0 ? capitalize(o.names[uiLang]) : o.names[uiLang], o.from.slice(0, 4), (o.to ?? '').slice(0, 4))}
            </span>
          ))}
        </p>
      )}
      <p class="desc">{description}</p>
      {showOther && (
        <p class="other">
          <span class="label">{t(otherLang === 'en' ? 'cardOtherLang' : 'cardOtherLangFr')}</span>
          <span lang={otherLang}>{otherName}</span>
        </p>
      )}
      {candidates.length > 1 && (
        <div class="candidates">
          <span class="label">{t('cardCandidates')}</span>
          {candidates.map((c) => (
            <button type="button" key={c.entry.id} data-candidate={c.entry.id} aria-pressed={c.entry.id === entry.id} onClick={trusted(() => props.onPickCandidate(c.entry.id))}>
              {c.display}
            </button>
          ))}
        </div>
      )}
      {(spellings.length > 0 || isMisspelling) && (
        <p class="also">
          <span class="label">{t('cardAlsoWritten')}</span>
          {spellings.map((s, i) => (
            <span key={s}>
              {i > 0 ? ', ' : ''}
              {fold(s) === page && !isMisspelling ? <mark title={t('cardPageSpelling')}>{s}</mark> : s}
            </span>
          ))}
          {isMisspelling && (
            <span>
              {spellings.length > 0 ? ', ' : ''}
              <mark class="misspelt" title={t('cardMisspelling', mention.intended ?? display)}>{mention.surface}</mark>
            </span>
          )}
        </p>
      )}
      <p class="sources" data-sources={sourceCount ?? ''}>
        {sourceCount === null ? '' : sourceCount === 0 ? t('cardSourcesNone') : t('cardSources', sourceCount)}
      </p>
      <div class="actions">
        <button type="button" data-action="open-panel" aria-label={t('cardOpenPanel')} title={t('cardOpenPanel')} onClick={trusted(props.onOpenPanel)}>{t('cardPanelShort')}</button>
        <button
          type="button"
          data-action="copy"
          onClick={trusted(async () => {
            await props.onCopy();
            setCopied(true);
          })}
        >
          {copied ? t('cardCopied') : t('cardCopy')}
        </button>
        {family && styleKey && (
          <button type="button" class="style" data-action="switch-style" aria-label={t('cardSwitchStyle', t(styleKey))} title={t('cardSwitchStyle', t(styleKey))} onClick={trusted(() => props.onChangeSettings(nextStyle(settings, family)))}>{t(styleKey)}</button>
        )}
        {props.extraActions}
        <button type="button" class="more" data-action="more" aria-label={t('cardMore')} title={t('cardMore')} aria-haspopup="menu" aria-expanded={menuOpen} aria-controls="glose-card-menu" onClick={trusted(() => setMenuOpen(!menuOpen))}>⋯</button>
      </div>
      {menuOpen && (
        // The rest, out of the way: pin, turn off for this site, close.
        <div class="menu" id="glose-card-menu" role="menu" aria-label={t('cardMore')}>
          <button type="button" role="menuitemcheckbox" data-action="pin" aria-checked={pinned} onClick={trusted(props.onTogglePin)}>{pinned ? t('cardUnpin') : t('cardPin')}</button>
          <button type="button" role="menuitem" data-action="turn-off" onClick={trusted(props.onTurnOff)}>{t('cardTurnOff')}</button>
          <button type="button" role="menuitem" data-action="close" onClick={trusted(props.onClose)}>{t('cardClose')}</button>
        </div>
      )}
    </div>
  );
}
