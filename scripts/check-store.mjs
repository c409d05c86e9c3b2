// Checks the packages of `npm run package` against what the stores ask, before a reviewer does.
// Chrome Web Store (developer.chrome.com/docs/webstore: "Prepare your extension", "Supplying
// images", the MV3 requirements): manifest_version 3; a version of one to four dot-separated
// integers of at most 65535, the package.json one; a name of at most 75 characters, a short_name
// of at most 12, a description of at most 132, resolved from _locales; icons of 16, 32, 48 and
// 128 px that are real PNGs of those sizes; no file or folder whose name starts with "_" but
// _locales; no source maps; no remote code (no eval or new Function, no script from http(s));
// only the permissions Glose declares in its privacy policy; no web-accessible resources.
// Firefox (extensionworkshop.com, "Add-on policies"): the same version, a gecko id, and
// data_collection_permissions declaring none.
// Exits 1 with every problem listed; prints what it checked otherwise.
import { readFileSync } from 'node:fs';
import { readZip } from './read-zip.mjs';

const root = new URL('..', import.meta.url).pathname;

const ALLOWED_PERMISSIONS = { chrome: ['storage', 'sidePanel', 'contextMenus', 'activeTab', 'scripting'], firefox: ['storage', 'contextMenus', 'activeTab', 'scripting'] };

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes || bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function resolveMessage(files, manifest, value) {
  const m = /^__MSG_(\w+)__$/.exec(value ?? '');
  if (!m) return value;
  const messages = JSON.parse(files.get(`_locales/${manifest.default_locale}/messages.json`).toString('utf8'));
  const entry = Object.entries(messages).find(([k]) => k.toLowerCase() === m[1].toLowerCase());
  return entry ? entry[1].message : null;
}

/** The problems a store would find in the package at `zip` (empty when there are none). */
export function checkPackage(zip, target, version) {
  const problems = [];
  const fail = (t, message) => problems.push(`${t}: ${message}`);
  const files = readZip(zip);
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) {
    fail(target, 'no manifest.json at the root of the zip');
    return problems;
  }
  const manifest = JSON.parse(manifestBytes.toString('utf8'));

  if (manifest.manifest_version !== 3) fail(target, `manifest_version is ${manifest.manifest_version}, not 3`);
  const parts = String(manifest.version).split('.');
  if (parts.length < 1 || parts.length > 4 || parts.some((p) => !/^(0|[1-9]\d*)$/.test(p) || Number(p) > 65535)) fail(target, `version "${manifest.version}" is not 1 to 4 integers of at most 65535`);
  if (manifest.version !== version) fail(target, `version ${manifest.version} differs from package.json ${version}`);
  if (!manifest.default_locale || !files.has(`_locales/${manifest.default_locale}/messages.json`)) fail(target, 'default_locale has no messages.json');
  else {
    for (const [key, max] of [['name', 75], ['short_name', 12], ['description', 132]]) {
      const text = resolveMessage(files, manifest, manifest[key]);
      if (text === null || text === undefined) fail(target, `${key} does not resolve`);
      else if ([...text].length > max) fail(target, `${key} is ${[...text].length} characters (at most ${max})`);
    }
  }

  for (const size of [16, 32, 48, 128]) {
    const path = manifest.icons?.[String(size)];
    if (!path) {
      fail(target, `no ${size} px icon in manifest.icons`);
      continue;
    }
    const png = pngSize(files.get(path));
    if (!png) fail(target, `icon ${path} is missing or not a PNG`);
    else if (png.width !== size || png.height !== size) fail(target, `icon ${path} is ${png.width}×${png.height}, not ${size}×${size}`);
  }

  for (const [name, bytes] of files) {
    if (name.split('/').some((segment) => segment.startsWith('_') && segment !== '_locales')) fail(target, `${name}: names starting with "_" are reserved`);
    if (name.endsWith('.map')) fail(target, `${name}: source map in the package`);
    if (/\.(js|css|html)$/.test(name)) {
      const text = bytes.toString('utf8');
      if (/sourceMappingURL=/.test(text)) fail(target, `${name}: refers to a source map`);
      if (/\.js$/.test(name) && (/\beval\s*\(/.test(text) || /\bnew\s+Function\s*\(/.test(text))) fail(target, `${name}: eval or new Function (remote or generated code)`);
      if (/\.html$/.test(name) && /<script[^>]+src=["']?(https?:)?\/\//i.test(text)) fail(target, `${name}: loads a remote script`);
    }
  }

  const extra = (manifest.permissions ?? []).filter((p) => !ALLOWED_PERMISSIONS[target].includes(p));
  if (extra.length) fail(target, `permissions not in the privacy policy: ${extra.join(', ')}`);
  // Host access only where the content script already runs (to inject its parts there), never more.
  const scripted = new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []));
  const wider = (manifest.host_permissions ?? []).filter((h) => !scripted.has(h));
  if (wider.length) fail(target, `host_permissions beyond the content script's pages: ${wider.join(', ')}`);
  if (manifest.web_accessible_resources) fail(target, 'web_accessible_resources present (pages could probe for Glose)');
  if (manifest.content_security_policy && JSON.stringify(manifest.content_security_policy).includes('unsafe-eval')) fail(target, 'content_security_policy allows unsafe-eval');

  if (target === 'firefox') {
    const gecko = manifest.browser_specific_settings?.gecko;
    if (!gecko?.id) fail(target, 'no browser_specific_settings.gecko.id');
    const data = gecko?.data_collection_permissions?.required;
    if (!Array.isArray(data) || data.length !== 1 || data[0] !== 'none') fail(target, 'data_collection_permissions must declare required: ["none"]');
  }
  console.log(`${target}: ${files.size} files, version ${manifest.version}, permissions ${(manifest.permissions ?? []).join(' ')}`);
  return problems;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const problems = ['chrome', 'firefox'].flatMap((target) => checkPackage(`${root}artifacts/glose-${target}-${version}.zip`, target, version));
  if (problems.length) {
    console.error(`store check: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('store check: both packages meet the checks');
}
