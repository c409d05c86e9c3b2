/**
 * The options page: interface language and the sites where Glose stays off. Every change
 * goes through the background, which stores it; all open pages redraw from storage events.
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, isValidSite, normalizeSite, type Settings } from '../core/settings.ts';
import type { UiLangSetting } from '../core/i18n.ts';
import { getSettings, onSettingsChanged, updateSettings } from '../messaging/settings-client.ts';
import { uiStringsFor } from '../messaging/ui-strings.ts';
import { sendToBackground } from '../messaging/client.ts';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState(false);
  const { t, uiLang } = uiStringsFor(settings.uiLang);

  useEffect(() => {
    void getSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  useEffect(() => {
    document.documentElement.lang = uiLang;
    document.title = t('optionsTitle');
  }, [uiLang]);

  const addSite = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!isValidSite(site)) {
      setSiteError(true);
      return;
    }
    setSiteError(false);
    setSettings(await sendToBackground('site/set-enabled', { host: normalizeSite(site), enabled: false }));
    setSite('');
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optionsUiLang')}</legend>
        <label>
          <select
            data-setting="uiLang"
            aria-label={t('optionsUiLang')}
            value={settings.uiLang}
            onChange={async (e) => setSettings(await updateSettings({ uiLang: (e.currentTarget as HTMLSelectElement).value as UiLangSetting }))}
          >
            <option value="auto">{t('optionsUiLangAuto')}</option>
            <option value="fr">{t('langFr')}</option>
            <option value="en">{t('langEn')}</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optionsSites')}</legend>
        <form class="row" onSubmit={addSite}>
          <input
            type="text"
            data-setting="site"
            value={site}
            placeholder={t('optionsSitePlaceholder')}
            aria-label={t('optionsSitePlaceholder')}
            aria-invalid={siteError}
            onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" data-action="disable-site">{t('optionsSiteAdd')}</button>
        </form>
        {siteError && <p class="error" role="alert">{t('optionsSiteInvalid')}</p>}
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('optionsNoSites')}</p>
        ) : (
          <ul class="sites" data-list="disabled-sites">
            {settings.disabledSites.map((s) => (
              <li key={s}>
                <span>{s}</span>
                <button
                  type="button"
                  aria-label={t('optionsSiteRemove', s)}
                  onClick={async () => setSettings(await sendToBackground('site/set-enabled', { host: s, enabled: true }))}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </main>
  );
}
