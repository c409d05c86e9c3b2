/**
 * The side panel (Chrome side panel, Firefox sidebar, or a tab bound with `?tab=<id>`): what
 * the followed page mentions, full entries with cross-references to the reader's sources,
 * and search, with back and forward between them.
 */
import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { uiStringsFor } from '../messaging/ui-strings.ts';
import { PENDING_ENTRY_KEY } from '../messaging/panel-keys.ts';
import { onPanelMessages } from '../messaging/panel-receiver.ts';
import { usePanelData } from './use-panel-data.ts';
import { useNavigation } from './use-navigation.ts';
import { PageView } from './PageView.tsx';
import { EntryView } from './EntryView.tsx';
import { SearchView } from './SearchView.tsx';
import { IngestButton } from './IngestButton.tsx';


export function App({ boundTabId }: { boundTabId: number | null }) {
  const data = usePanelData(boundTabId);
  const nav = useNavigation();
  const strings = uiStringsFor(data.settings.uiLang);
  const { t } = strings;

  useEffect(() => {
    document.documentElement.lang = strings.uiLang;
    document.title = t('panelTitle');
  }, [strings.uiLang]);

  // The card's "open in the panel" and the context menu ask for an entry: by message when the
  // panel is already open, through session storage when it is opening.
  useEffect(() => {
    void browser.storage.session
      ?.get(PENDING_ENTRY_KEY)
      .then((stored) => {
        const id = stored[PENDING_ENTRY_KEY];
        if (typeof id === 'string') {
          nav.go({ kind: 'entry', id });
          void browser.storage.session.remove(PENDING_ENTRY_KEY);
        }
      })
      .catch(() => undefined);
    return onPanelMessages({
      'panel/show-entry': ({ entryId }) => {
        nav.go({ kind: 'entry', id: entryId });
        void browser.storage.session?.remove(PENDING_ENTRY_KEY).catch(() => undefined);
      },
    });
  }, []);

  const query = nav.view.kind === 'search' ? nav.view.query : '';
  return (
    <>
      <header>
        <nav class="history" aria-label={t('panelTitle')}>
          <button type="button" class="icon" data-action="back" onClick={nav.back} disabled={!nav.canBack} aria-label={t('panelBack')} title={t('panelBack')}>
            ‹
          </button>
          <button type="button" class="icon" data-action="forward" onClick={nav.forward} disabled={!nav.canForward} aria-label={t('panelForward')} title={t('panelForward')}>
            ›
          </button>
          <button type="button" class="home" data-action="page" onClick={() => nav.go({ kind: 'page' })} aria-current={nav.view.kind === 'page' ? 'page' : undefined}>
            {t('panelThisPage')}
          </button>
        </nav>
        <form role="search" class="search" onSubmit={(e) => e.preventDefault()}>
          <input
            type="search"
            data-role="search"
            aria-label={t('panelSearch')}
            placeholder={t('panelSearchPlaceholder')}
            value={query}
            maxLength={200}
            onInput={(e) => {
              const q = (e.currentTarget as HTMLInputElement).value;
              if (nav.view.kind === 'search') nav.replace({ kind: 'search', query: q });
              else nav.go({ kind: 'search', query: q });
            }}
          />
        </form>
      </header>
      <main>
        {nav.view.kind === 'page' && <PageView data={data} strings={strings} onOpen={(id) => nav.go({ kind: 'entry', id })} />}
        {nav.view.kind === 'entry' && <EntryView key={nav.view.id} id={nav.view.id} data={data} strings={strings} onOpen={(id) => nav.go({ kind: 'entry', id })} />}
        {nav.view.kind === 'search' && <SearchView query={nav.view.query} strings={strings} onOpen={(id) => nav.go({ kind: 'entry', id })} />}
      </main>
      <footer>
        <IngestButton tabId={data.tabId} strings={strings} />
      </footer>
    </>
  );
}
