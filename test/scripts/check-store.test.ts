import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain ES module script, without types
import { checkPackage } from '../../scripts/check-store.mjs';

/** A zip of stored (uncompressed) entries: enough to feed the checker real packages. */
function zip(files: Record<string, string | Buffer>): string {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const path = join(mkdtempSync(join(tmpdir(), 'glose-store-')), 'package.zip');
  writeFileSync(path, Buffer.concat([...locals, directory, end]));
  return path;
}

function png(size: number): Buffer {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(size, 16);
  b.writeUInt32BE(size, 20);
  return b;
}

function goodPackage(target: 'chrome' | 'firefox', changes: { manifest?: Record<string, unknown>; files?: Record<string, string | Buffer> } = {}) {
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Glose',
    description: '__MSG_extDescription__',
    version: '0.1.0',
    default_locale: 'fr',
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    permissions: target === 'chrome' ? ['storage', 'sidePanel'] : ['storage'],
    ...(target === 'firefox' ? { browser_specific_settings: { gecko: { id: 'glose@example', data_collection_permissions: { required: ['none'] } } } } : {}),
    ...changes.manifest,
  };
  return zip({
    'manifest.json': JSON.stringify(manifest),
    '_locales/fr/messages.json': JSON.stringify({ extName: { message: 'Glose' }, extDescription: { message: 'Les noms de l’actualité, glosés.' } }),
    'icons/16.png': png(16),
    'icons/32.png': png(32),
    'icons/48.png': png(48),
    'icons/128.png': png(128),
    'content.js': 'console.log("ok")',
    ...changes.files,
  });
}

describe('the store check', () => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined);

  it('passes a package that meets every rule', () => {
    expect(checkPackage(goodPackage('chrome'), 'chrome', '0.1.0')).toEqual([]);
    expect(checkPackage(goodPackage('firefox'), 'firefox', '0.1.0')).toEqual([]);
  });

  it.each([
    ['a five-part version', { manifest: { version: '1.2.3.4.5' } }, /version "1.2.3.4.5"/],
    ['a version part over 65535', { manifest: { version: '0.70000' } }, /at most 65535/],
    ['an icon of the wrong size', { files: { 'icons/16.png': png(32) } }, /16\.png is 32×32/],
    ['an icon that is not a PNG', { files: { 'icons/48.png': 'GIF89a' } }, /48\.png is missing or not a PNG/],
    ['a source map', { files: { 'content.js.map': '{}' } }, /source map in the package/],
    ['a sourceMappingURL comment', { files: { 'content.js': 'x()\n//# sourceMappingURL=content.js.map' } }, /refers to a source map/],
    ['eval', { files: { 'a.js': 'eval("1")' } }, /eval or new Function/],
    ['a remote script', { files: { 'p.html': '<script src="https://cdn.example/x.js"></script>' } }, /loads a remote script/],
    ['web-accessible resources', { manifest: { web_accessible_resources: [{ resources: ['*'], matches: ['<all_urls>'] }] } }, /web_accessible_resources/],
    ['an undeclared permission', { manifest: { permissions: ['storage', 'tabs'] } }, /not in the privacy policy: tabs/],
    ['host access beyond the content script', { manifest: { content_scripts: [{ matches: ['https://*/*'], js: ['content.js'] }], host_permissions: ['https://*/*', '<all_urls>'] } }, /beyond the content script's pages: <all_urls>$/],
    ['a reserved file name', { files: { '_metadata/x.json': '{}' } }, /reserved/],
    ['a description over 132 characters', { files: { '_locales/fr/messages.json': JSON.stringify({ extName: { message: 'Glose' }, extDescription: { message: 'x'.repeat(133) } }) } }, /description is 133 characters/],
  ])('finds %s', (_, changes, problem) => {
    const problems = checkPackage(goodPackage('chrome', changes as never), 'chrome', '0.1.0') as string[];
    expect(problems.some((p) => problem.test(p)), problems.join('\n')).toBe(true);
  });

  it('lets the background reach the pages its content script runs on, no others', () => {
    const manifest = { content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'] }], host_permissions: ['http://*/*', 'https://*/*'] };
    expect(checkPackage(goodPackage('chrome', { manifest }), 'chrome', '0.1.0')).toEqual([]);
  });

  it('asks Firefox packages to declare that they collect nothing', () => {
    const problems = checkPackage(goodPackage('firefox', { manifest: { browser_specific_settings: { gecko: { id: 'glose@example' } } } }), 'firefox', '0.1.0') as string[];
    expect(problems).toEqual(['firefox: data_collection_permissions must declare required: ["none"]']);
  });
});
