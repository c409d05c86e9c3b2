/** The background answers in the reader's chosen language (or the browser's, on "auto"). */
import type { Translate } from '../core/i18n.ts';
import type { GloseApp } from '../core/app/glose-app.ts';
import { uiStringsFor } from '../messaging/ui-strings.ts';

export async function readerTranslator(app: GloseApp): Promise<Translate> {
  const settings = await app.settings().catch(() => null);
  return uiStringsFor(settings?.uiLang ?? 'auto').t;
}
