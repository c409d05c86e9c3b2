/**
 * The two articles Glose ships with (src/data/sources/: their texts and sources.json), read from
 * the package the command runs from — the extension bundles them, a corpus made by
 * `glose ingest` has them only with --with-defaults. Found by walking up from this module, so
 * that it works from the sources (src/cli/) and from the build (dist/cli/, dist/cli/chunks/).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSourceInputs } from '../core/corpus/default-sources.ts';
import type { IngestInput } from '../core/corpus/ingest.ts';
import { CliError, fsErrorMessage } from './io.ts';

const SOURCES = join('src', 'data', 'sources');

/** The package's src/data/sources folder, or null when the package was installed without it. */
export function defaultSourcesDir(from: string = fileURLToPath(import.meta.url)): string | null {
  let dir = dirname(from);
  for (let depth = 0; depth < 8; depth++) {
    if (existsSync(join(dir, SOURCES, 'sources.json'))) return join(dir, SOURCES);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/** The default sources as ingestion inputs, with their listed title, outlet, date and language. */
export async function readDefaultSources(): Promise<IngestInput[]> {
  const dir = defaultSourcesDir();
  if (!dir) throw new CliError(`--with-defaults: the default sources (${SOURCES}) are not in this installation of Glose`);
  try {
    const meta: unknown = JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8'));
    if (!Array.isArray(meta)) throw new Error('sources.json is not a list');
    const files = await Promise.all(
      meta.map(async (m: unknown) => {
        const file = String((m as { file?: unknown }).file ?? '');
        return { file, text: await readFile(join(dir, file.replace(/^.*[/\\]/, '')), 'utf8') };
      }),
    );
    return defaultSourceInputs(files, meta);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`--with-defaults: cannot read the default sources in ${dir}: ${fsErrorMessage(error)}`);
  }
}
