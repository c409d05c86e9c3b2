/**
 * Everything the background answers: the content script's table and the extension pages' own.
 */
import { CONTENT_TO_BACKGROUND } from './content-to-background.ts';
import { UI_TO_BACKGROUND } from './ui-to-background.ts';
import type { MapOf } from './message-table.ts';

export const TO_BACKGROUND = { ...CONTENT_TO_BACKGROUND, ...UI_TO_BACKGROUND };
export type ToBackground = MapOf<typeof TO_BACKGROUND>;
