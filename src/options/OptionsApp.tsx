/**
 * The options page: interface language, romanisation styles and highlighting, what is marked
 * and where, the sites where Glose stays off, and the reader's own entries. Every change goes through the
 * background, which stores it; all open pages redraw from storage events.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts';
import type { UiLangSetting } from '../core/i18n.ts';
import { updateSettings, watchSettings } from '../messaging/settings-client.ts';
import { uiStringsFor } from '../messaging/ui-strings.ts';
import { StylesSection } from './StylesSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import { MarkingSection } from './MarkingSection.tsx';
import { UserEntriesSection } from './UserEntriesSection.tsx';
import { SourcesSection } from './SourcesSection.tsx';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const { t, uiLang } = uiStringsFor(settings.uiLang);

  useEffect(() => {
    return watchSettings(setSettings);
  }, []);
  useEffect(() => {
    document.documentElement.lang = uiLang;
    document.title = t('optionsTitle');
  }, [uiLang]);

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
      <StylesSection settings={settings} t={t} uiLang={uiLang} />
      <MarkingSection settings={settings} t={t} />
      <SitesSection settings={settings} t={t} />
      <UserEntriesSection t={t} uiLang={uiLang} />
      <SourcesSection t={t} uiLang={uiLang} />
      <footer class="privacy">
        <a href={browser.runtime.getURL('privacy.html')} target="_blank" rel="noopener" data-link="privacy">
          {t('optionsPrivacy')}
        </a>
      </footer>
    </main>
  );
}
