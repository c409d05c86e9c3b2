// Writes an installable zip of each build: artifacts/glose-chrome-<version>.zip and
// artifacts/glose-firefox-<version>.zip (run after `npm run build`; `npm run package` does both).
import { cmd } from 'web-ext';
import { mkdirSync, readFileSync, existsSync, renameSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
mkdirSync(`${root}artifacts`, { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const source = `${root}dist/${target}`;
  if (!existsSync(`${source}/manifest.json`)) throw new Error(`dist/${target} is missing: run npm run build first`);
  const out = `${root}artifacts/glose-${target}-${version}.zip`;
  const result = await cmd.build({ sourceDir: source, artifactsDir: `${root}artifacts`, overwriteDest: true, filename: `glose-${target}-${version}.zip` }, { shouldExitProgram: false });
  if (result.extensionPath !== out) renameSync(result.extensionPath, out);
  console.log(`${out.replace(root, '')}  (${(statSync(out).size / 1024).toFixed(1)} KiB)`);
}
