/**
 * The sites where Glose stays off: add one by name, turn one back on.
 */
import { useState } from 'preact/hooks';
import { isValidSite, normalizeSite, type Settings } from '../core/settings.ts';
import type { Translate } from '../core/i18n.ts';
import { sendToBackground } from '../messaging/client.ts';

export function SitesSection({ settings, t }: { settings: Settings; t: Translate }) {
  const [site, setSite] = useState('');
  const [error, setError] = useState(false);

  const add = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!isValidSite(site)) {
      setError(true);
      return;
    }
    setError(false);
    await sendToBackground('site/set-enabled', { host: normalizeSite(site), enabled: false });
    setSite('');
  };

  return (
    <fieldset>
      <legend>{t('optionsSites')}</legend>
      <form class="row" onSubmit={add}>
        <input
          type="text"
          data-setting="site"
          value={site}
          placeholder={t('optionsSitePlaceholder')}
          aria-label={t('optionsSitePlaceholder')}
          aria-invalid={error}
          onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" data-action="disable-site">{t('optionsSiteAdd')}</button>
      </form>
      {error && <p class="error" role="alert">{t('optionsSiteInvalid')}</p>}
      {settings.disabledSites.length === 0 ? (
        <p class="muted">{t('optionsNoSites')}</p>
      ) : (
        <ul class="sites" data-list="disabled-sites">
          {settings.disabledSites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button type="button" aria-label={t('optionsSiteRemove', s)} onClick={() => void sendToBackground('site/set-enabled', { host: s, enabled: true })}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
