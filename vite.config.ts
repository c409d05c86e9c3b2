/**
 * One source tree, two builds: `vite build --mode chrome` → dist/chrome,
 * `vite build --mode firefox` → dist/firefox. The shared MV3 keys live in manifest.json;
 * the Firefox differences are applied here, in `manifestFor`, and nowhere else.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { markdownPage } from './scripts/markdown-page.ts';
import { contentMessages } from './scripts/content-messages.ts';
import { CONTENT_PARTS } from './src/messaging/content-parts.ts';
import { BUILTIN_ENTRIES } from './src/data/glossary/index.ts';
import { compileMatchTable } from './src/core/match/index.ts';
import { EMPTY_USER_GLOSSARY } from './src/core/app/glossary-service.ts';
import { mergeGlossaries } from './src/core/glossary/user-entries.ts';
import { glossaryVersion } from './src/core/glossary/version.ts';

/**
 * The built-in glossary's match table and version, compiled now for the background (see
 * GlossarySource.builtinCompiled): the same entries, merged with an empty reader's glossary as
 * the background merges them, so the version is the one it would compute.
 */
function builtinCompiled(): string {
  const entries = mergeGlossaries(BUILTIN_ENTRIES, EMPTY_USER_GLOSSARY);
  return JSON.stringify({ table: compileMatchTable(entries), version: glossaryVersion(entries) });
}
import { highlightCss } from './src/content/highlight-css.ts';

type Target = 'chrome' | 'firefox';

/** The Firefox add-on id; stable so that storage survives updates. */
const GECKO_ID = 'glose@glose.app';

/** Where the content script is written, as one self-contained classic script, and its CSS. */
const CONTENT_JS = 'content.js';
const CONTENT_CSS = 'content.css';

export function manifestFor(target: Target): ManifestV3Export {
  const manifest: Record<string, unknown> = structuredClone(baseManifest);
  // The content script is built apart (contentScript() below): crxjs would ship it as a loader
  // importing chunks, which must then be web-accessible at fixed URLs any page can probe.
  delete manifest.content_scripts;
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

/**
 * The content script as one classic script with its code inlined, and its parts (the card's UI)
 * and the article reader as classic scripts of their own that the background injects with scripting.executeScript:
 * nothing in `web_accessible_resources`, so a page can neither load Glose's files nor learn
 * from a fetch that Glose is installed. franc and Readability stay in the background.
 * Built after the extension, into the same folder, and added to its manifest.
 */
function contentScript(target: Target): Plugin {
  const outDir = resolve(`dist/${target}`);
  return {
    name: 'glose-content-script',
    apply: 'build',
    async closeBundle() {
      const script = (entry: string, fileName: string, cssFileName?: string) =>
        build({
          configFile: false,
          logLevel: 'warn',
          plugins: [preact(), cardMessagesOnly(), highlightStylesheet()],
          define: { __GLOSE_TARGET__: JSON.stringify(target) },
          build: {
            outDir,
            emptyOutDir: false,
            target: 'es2022',
            sourcemap: process.env.GLOSE_MAP === '1',
            minify: true,
            copyPublicDir: false,
            lib: { entry: resolve(entry), formats: ['iife'], name: 'glose', fileName: () => fileName, ...(cssFileName ? { cssFileName } : {}) },
          },
        });
      await script('src/content/index.ts', CONTENT_JS, 'content');
      // Parts the background injects when they are first needed (messaging/content-parts.ts).
      await script('src/content/card/card-part.ts', CONTENT_PARTS.card);
      await script('src/content/reader-part.ts', CONTENT_PARTS.reader);
      await script('src/content/unknown-part.ts', CONTENT_PARTS.unknown);
      const path = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      const [declared] = baseManifest.content_scripts;
      manifest.content_scripts = [{ ...declared, js: [CONTENT_JS], css: [CONTENT_CSS] }];
      if (manifest.web_accessible_resources) throw new Error('the extension must have no web-accessible resources');
      writeFileSync(path, JSON.stringify(manifest, null, 2));
    },
  };
}

/** In the content script, the messages.json files hold the card's strings only (scripts/content-messages.ts). */
function cardMessagesOnly(): Plugin {
  return {
    name: 'glose-card-messages-only',
    enforce: 'pre',
    load(id) {
      if (!/[\\/]_locales[\\/](fr|en)[\\/]messages\.json$/.test(id.split('?')[0]!)) return null;
      return contentMessages(readFileSync(id.split("?")[0]!, "utf8"));
    },
  };
}

/** The content script's page-level stylesheet, written from the entity-types table (src/content/highlight-css.ts). */
function highlightStylesheet(): Plugin {
  return {
    name: 'glose-highlight-stylesheet',
    enforce: 'pre',
    load(id) {
      return /[\\/]src[\\/]content[\\/]highlights\.css$/.test(id.split('?')[0]!) ? highlightCss() : null;
    },
  };
}

/** The privacy policy (PRIVACY.md) as an extension page, linked from the options page. */
function privacyPage(): Plugin {
  return {
    name: 'glose-privacy-page',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'privacy.html', source: markdownPage(readFileSync(resolve('PRIVACY.md'), 'utf8'), 'Glose — privacy policy') });
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(target), browser: target }), privacyPage(), contentScript(target)],
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
    define: { __GLOSE_TARGET__: JSON.stringify(target), __GLOSE_BUILTIN_COMPILED__: JSON.stringify(builtinCompiled()) },
  };
});
