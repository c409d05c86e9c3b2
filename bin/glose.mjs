#!/usr/bin/env node
// The `glose` command. It runs the TypeScript sources directly (through tsx), so that
// `npx glose` works right after `npm ci`, with no build step, on the same core code as the extension.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
