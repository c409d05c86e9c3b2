/** The background answers in the reader's chosen language (or the browser's, on "auto"). */
import type { Translate } from '../core/i18n.ts';
import { uiStringsFor } from '../messaging/ui-strings.ts';
import { loadSettings } from './settings-store.ts';

export async function readerTranslator(): Promise<Translate> {
  const settings = await loadSettings().catch(() => null);
  return uiStringsFor(settings?.uiLang ?? 'auto').t;
}
