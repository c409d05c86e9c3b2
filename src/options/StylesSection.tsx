/**
 * Romanisation styles, highlighting and rewrite mode, with a preview of two names in the
 * chosen styles (drawn by the background, like the card and the panel).
 */
import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_MODES, KOREAN_STYLE_IDS, RUSSIAN_STYLE_IDS, type Settings } from '../core/settings.ts';
import type { Translate } from '../core/i18n.ts';
import type { UiLang } from '../core/glossary/types.ts';
import { sendToBackground } from '../messaging/client.ts';
import { updateSettings } from '../messaging/settings-client.ts';

const PREVIEW_IDS = ['kim-jong-un', 'choe-son-hui', 'vladimir-putin', 'sergei-shoigu'];
const key = (prefix: string, id: string): string => `${prefix}_${id.replace(/-/g, '_')}`;

export function StylesSection({ settings, t, uiLang }: { settings: Settings; t: Translate; uiLang: UiLang }) {
  const [preview, setPreview] = useState<string[]>([]);
  useEffect(() => {
    void sendToBackground('entries/get', { ids: PREVIEW_IDS, uiLang }).then((list) => setPreview(list.map((d) => d.display)));
  }, [settings.koreanStyle, settings.russianStyle, uiLang]);

  return (
    <fieldset>
      <legend>{t('optionsStyles')}</legend>
      <div class="grid">
        <label>
          {t('optionsKoreanStyle')}
          <select
            data-setting="koreanStyle"
            value={settings.koreanStyle}
            onChange={(e) => void updateSettings({ koreanStyle: (e.currentTarget as HTMLSelectElement).value as Settings['koreanStyle'] })}
          >
            {KOREAN_STYLE_IDS.map((id) => <option key={id} value={id}>{t(key('styleKorean', id))}</option>)}
          </select>
        </label>
        <label>
          {t('optionsRussianStyle')}
          <select
            data-setting="russianStyle"
            value={settings.russianStyle}
            onChange={(e) => void updateSettings({ russianStyle: (e.currentTarget as HTMLSelectElement).value as Settings['russianStyle'] })}
          >
            {RUSSIAN_STYLE_IDS.map((id) => <option key={id} value={id}>{t(key('styleRussian', id))}</option>)}
          </select>
        </label>
      </div>
      <p class="preview" data-preview aria-live="polite">
        <span class="muted">{t('optionsPreview')} </span>
        {preview.join(' · ')}
      </p>
      <div class="grid">
        <label>
          {t('optionsHighlight')}
          <select
            data-setting="highlight"
            value={settings.highlight}
            onChange={(e) => void updateSettings({ highlight: (e.currentTarget as HTMLSelectElement).value as Settings['highlight'] })}
          >
            {HIGHLIGHT_MODES.map((m) => <option key={m} value={m}>{t(`optionsHighlight_${m}`)}</option>)}
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            data-setting="rewrite"
            checked={settings.rewrite}
            onChange={(e) => void updateSettings({ rewrite: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('optionsRewrite')}
        </label>
      </div>
    </fieldset>
  );
}
