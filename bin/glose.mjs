#!/usr/bin/env node
// The `glose` command. It runs the build in dist/cli/ (made by `npm ci` through the prepare
// script, and by `npm run build`), which starts at once; without a build, or with
// GLOSE_FROM_SOURCE=1 while working on the CLI, it runs the TypeScript sources through tsx.
// Either way it is the same core code as the extension.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/glose.mjs', import.meta.url);
let main;
if (existsSync(built) && process.env.GLOSE_FROM_SOURCE !== '1') {
  ({ main } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
