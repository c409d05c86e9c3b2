// Builds the `glose` command into dist/cli/ (one ES module and its lazy chunks, dependencies
// bundled) so that it starts without compiling TypeScript: run by `npm ci` (the prepare script)
// and by `npm run build`. bin/glose.mjs runs this build, or the sources through tsx when there is
// none yet (or GLOSE_FROM_SOURCE=1, while working on the CLI).
import { build } from 'vite';
import { tsImport } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The match table, compiled now from the same entries the bundle carries (src/cli/glossary.ts).
const { compileMatchTable } = await tsImport('../src/core/match/index.ts', import.meta.url);
const { BUILTIN_ENTRIES } = await tsImport('../src/data/glossary/index.ts', import.meta.url);
const table = JSON.stringify(compileMatchTable(BUILTIN_ENTRIES));

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  define: { __GLOSE_CLI_MATCH_TABLE__: JSON.stringify(table) },
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    // GLOSE_NO_MINIFY=1 keeps the names, for reading a CPU profile of the built command.
    minify: process.env.GLOSE_NO_MINIFY !== '1',
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: { glose: 'src/cli/main.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
console.log('dist/cli/glose.mjs built');
