/**
 * One source tree, two builds: `vite build --mode chrome` → dist/chrome,
 * `vite build --mode firefox` → dist/firefox. The shared MV3 keys live in manifest.json;
 * the Firefox differences are applied here, in `manifestFor`, and nowhere else.
 */
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';

/** The Firefox add-on id; stable so that storage survives updates. */
const GECKO_ID = 'glose@glose.app';

export function manifestFor(target: Target): ManifestV3Export {
  const manifest: Record<string, unknown> = structuredClone(baseManifest);
  if (target === 'firefox') {
    // Firefox MV3 runs background scripts (an event page), not a service worker.
    manifest.background = { scripts: ['src/background/index.ts'], type: 'module' };
    // Firefox has a sidebar instead of Chrome's side panel.
    delete manifest.side_panel;
    manifest.sidebar_action = {
      default_panel: 'src/sidepanel/index.html',
      default_title: '__MSG_extName__',
      default_icon: 'src/assets/icons/glose-32.png',
      open_at_install: false,
    };
    manifest.permissions = (baseManifest.permissions as string[]).filter((p) => p !== 'sidePanel');
    // Firefox opens its sidebar with _execute_sidebar_action; the toolbar button keeps its click.
    const { _execute_action: openPanel, ...commands } = baseManifest.commands as Record<string, unknown>;
    manifest.commands = { ...commands, _execute_sidebar_action: openPanel };
    // 140: CSS.highlights and data_collection_permissions (shared/docs/browser-testing.md).
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learnt data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(target), browser: target })],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // Firefox's sidebar page is not a manifest key crxjs knows: add it as an explicit input.
      rolldownOptions: target === 'firefox' ? { input: { sidebar: 'src/sidepanel/index.html' } } : {},
      target: 'es2022',
      sourcemap: false,
      minify: true,
      modulePreload: false,
    },
    define: { __GLOSE_TARGET__: JSON.stringify(target) },
  };
});
