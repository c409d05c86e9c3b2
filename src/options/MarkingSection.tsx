/**
 * What is marked on the page and where Glose reads: how many mentions (every one, the first of
 * each name per section, the first on the page), which types, the names everyone knows, the
 * whole page or only the article's body; and the same choices for one site, over the global ones.
 */
import { useState } from 'preact/hooks';
import { MARK_SCOPES, MARK_TYPES, type MarkScope, type MarkType } from '../core/highlight/select.ts';
import { isValidSite, normalizeSite, type Settings } from '../core/settings.ts';
import type { Translate } from '../core/i18n.ts';
import { updateSettings } from '../messaging/settings-client.ts';

const TYPE_LABELS: Record<MarkType, string> = {
  person: 'typePersonPlural', place: 'typePlacePlural', organisation: 'typeOrganisationPlural', media: 'typeMediaPlural',
  term: 'typeTermPlural', event: 'typeEventPlural', brand: 'typeBrandPlural', unknown: 'optionsMarkUnknown',
};

export function MarkingSection({ settings, t }: { settings: Settings; t: Translate }) {
  const toggleType = (type: MarkType, shown: boolean): void => {
    const hidden = new Set(settings.hiddenTypes);
    if (shown) hidden.delete(type);
    else hidden.add(type);
    void updateSettings({ hiddenTypes: MARK_TYPES.filter((x) => hidden.has(x)) });
  };
  return (
    <fieldset>
      <legend>{t('optionsMarking')}</legend>
      <label>
        {t('optionsMarks')}
        <ScopeSelect value={settings.marks} t={t} setting="marks" onChange={(marks) => void updateSettings({ marks })} />
      </label>
      <fieldset class="types">
        <legend>{t('optionsMarkTypes')}</legend>
        {MARK_TYPES.map((type) => (
          <label class="check" key={type}>
            <input type="checkbox" data-mark-type={type} checked={!settings.hiddenTypes.includes(type)} onChange={(e) => toggleType(type, (e.currentTarget as HTMLInputElement).checked)} />
            {t(TYPE_LABELS[type])}
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input type="checkbox" data-setting="markWorld" checked={settings.markWorld} onChange={(e) => void updateSettings({ markWorld: (e.currentTarget as HTMLInputElement).checked })} />
        {t('optionsMarkWorld')}
      </label>
      <label class="check">
        <input type="checkbox" data-setting="wholePage" checked={settings.wholePage} onChange={(e) => void updateSettings({ wholePage: (e.currentTarget as HTMLInputElement).checked })} />
        {t('optionsWholePage')}
      </label>
      <p class="muted">{t('optionsHoverHint')}</p>
      <SiteRules settings={settings} t={t} />
    </fieldset>
  );
}

function ScopeSelect({ value, t, setting, onChange, label }: { value: MarkScope; t: Translate; setting: string; onChange: (v: MarkScope) => void; label?: string }) {
  return (
    <select data-setting={setting} aria-label={label} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as MarkScope)}>
      {MARK_SCOPES.map((s) => <option key={s} value={s}>{t(`optionsMarks_${s}`)}</option>)}
    </select>
  );
}

/** One site's own choices: how many mentions, whole page or body. */
function SiteRules({ settings, t }: { settings: Settings; t: Translate }) {
  const [site, setSite] = useState('');
  const [marks, setMarks] = useState<MarkScope>(settings.marks);
  const [whole, setWhole] = useState(false);
  const [error, setError] = useState(false);
  const save = (overrides: Settings['siteOverrides']): void => void updateSettings({ siteOverrides: overrides });
  const add = (event: Event): void => {
    event.preventDefault();
    if (!isValidSite(site)) {
      setError(true);
      return;
    }
    setError(false);
    save({ ...settings.siteOverrides, [normalizeSite(site)]: { marks, wholePage: whole } });
    setSite('');
  };
  const rules = Object.entries(settings.siteOverrides);
  return (
    <div class="spaced">
      <h2 class="sub">{t('optionsSiteRules')}</h2>
      <form class="row" onSubmit={add}>
        <input type="text" data-setting="rule-site" value={site} placeholder={t('optionsSitePlaceholder')} aria-label={t('optionsSitePlaceholder')} aria-invalid={error} onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)} />
        <ScopeSelect value={marks} t={t} setting="rule-marks" onChange={setMarks} label={t('optionsMarks')} />
        <label class="check">
          <input type="checkbox" data-setting="rule-whole" checked={whole} onChange={(e) => setWhole((e.currentTarget as HTMLInputElement).checked)} />
          {t('optionsSiteRuleWhole')}
        </label>
        <button type="submit" data-action="add-site-rule">{t('optionsSiteRuleAdd')}</button>
      </form>
      {error && <p class="error" role="alert">{t('optionsSiteInvalid')}</p>}
      {rules.length === 0 ? (
        <p class="muted">{t('optionsNoSiteRules')}</p>
      ) : (
        <ul class="sites" data-list="site-rules">
          {rules.map(([host, rule]) => (
            <li key={host}>
              <span>
                {host} — {t(`optionsMarks_${rule.marks ?? settings.marks}`)}
                {rule.wholePage ? ` · ${t('optionsSiteRuleWhole')}` : ''}
              </span>
              <button
                type="button"
                aria-label={t('optionsSiteRuleRemove', host)}
                onClick={() => {
                  const next = { ...settings.siteOverrides };
                  delete next[host];
                  save(next);
                }}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
