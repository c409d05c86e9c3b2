import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST_CHROME = resolve(ROOT, 'dist/chrome');
export const DIST_FIREFOX = resolve(ROOT, 'dist/firefox');
export const SOURCES_DIR = resolve(ROOT, 'src/data/sources');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
