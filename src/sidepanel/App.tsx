/**
 * The side panel (Chrome side panel, Firefox sidebar, or a tab bound with `?tab=<id>`):
 * the entries found on the followed tab, grouped by type.
 */
import { useEffect } from 'preact/hooks';
import { uiStringsFor } from '../messaging/ui-strings.ts';
import { usePanelData } from './use-panel-data.ts';
import { PageView } from './PageView.tsx';

export function App({ boundTabId }: { boundTabId: number | null }) {
  const data = usePanelData(boundTabId);
  const strings = uiStringsFor(data.settings.uiLang);
  useEffect(() => {
    document.documentElement.lang = strings.uiLang;
  }, [strings.uiLang]);
  return (
    <>
      <header>
        <h1>{strings.t('panelTitle')}</h1>
      </header>
      <main>
        <PageView data={data} strings={strings} />
      </main>
    </>
  );
}
